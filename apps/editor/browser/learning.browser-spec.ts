// Issue 12, the search learns the citizens' words: an agent searches in the caller's word, gets
// no confident answer (only the verb "abmelden" is found; "Karre" is the caller's), shows the
// weak candidates anyway, opens the right one and presses h ("Hat geholfen"); a second agent does
// the same on a later day;
// the author sees the word under "So fragen Bürger danach", adopts it into the keywords by
// keyboard (blocks another one after confirming), submits; the reviewer approves; the next search
// with the word finds the article first. The steps build on each other and run in order.
//
// The browser stack runs on the real clock, so "a later day" is made in the database: after the
// first agent's signal its row is moved one day back (`at` and `day`), as if sent yesterday.
import { officeDate, type LearnedPhrase, type SearchResponse } from '@bsc/domain';
import type { Page } from 'playwright-core';
import { createUser } from '../../api/testing/factories';
import { openHitByKeyboard, showCandidatesByKeyboard, typeSearch } from './agent-keyboard';
import { expectNoAxeViolations } from './axe';
import { apiClientFor, articleIdByTitle, departmentIdByCode, demoUser, login, seedDemo, type Credentials } from './demo-session';
import { eventually, expectFocused, tabTo } from './interaction';
import { useBrowserStack } from './harness';

jest.setTimeout(90_000);

const ARTICLE = 'Außerbetriebsetzung (Abmeldung) eines Fahrzeugs';
const QUERY = 'Karre abmelden';
const WORD = 'karre';
const OTHER_WORD = 'abmelden';
const CHANGE_NOTE = 'Suchbegriff „karre“ aus der Suche übernommen.';

describe('Learning the citizens’ words (browser)', () => {
  const stack = useBrowserStack('learning', seedDemo);
  let articleId = '';

  beforeAll(async () => {
    articleId = await articleIdByTitle(stack.t, ARTICLE);
  });

  async function topHitFor(q: string): Promise<string | undefined> {
    const agent = await apiClientFor(stack.t, demoUser('agent'));
    const search = await agent.get<SearchResponse>(`/api/v1/search?q=${encodeURIComponent(q)}`);
    expect(search.status).toBe(200);
    return search.body.hits[0]?.id;
  }

  async function phrases(): Promise<LearnedPhrase[]> {
    const author = await apiClientFor(stack.t, demoUser('autorin'));
    const response = await author.get<LearnedPhrase[]>(`/api/v1/articles/${articleId}/learned-phrases`);
    expect(response.status).toBe(200);
    return response.body;
  }

  /** Search in the caller's words, show the weak candidates, open the article, press h; waits for the thanks. */
  async function helpedByKeyboard(page: Page, user: Credentials, label: string): Promise<void> {
    await login(page, user);
    await typeSearch(page, QUERY, 'no-answer');
    await showCandidatesByKeyboard(page);
    await openHitByKeyboard(page, ARTICLE);
    // The buttons appear once the search is settled and remembered as the way to this answer.
    const helpful = page.getByRole('button', { name: 'Hat geholfen', exact: true });
    await helpful.waitFor();
    await expect(helpful.getAttribute('aria-keyshortcuts')).resolves.toBe('h');
    await expect(page.getByRole('button', { name: 'Hat nicht geholfen', exact: true }).isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page, `Antwortkarte nach der Suche (${label})`);
    await page.keyboard.press('h');
    await page.getByRole('status').filter({ hasText: 'Danke – die Suche lernt daraus.' }).waitFor();
    await expect(helpful.getAttribute('aria-pressed')).resolves.toBe('true');
    await stack.screenshot(page, `${label}-hat-geholfen`);
  }

  async function signalRows(): Promise<{ signal: string; terms: string[]; daysAgo: number }[]> {
    return (await stack.t.db.query(
      // Days in the office's calendar, as the learning counts them: PostgreSQL's current_date is
      // UTC's, a day ahead of Berlin's from 23:00 UTC (this test failed then).
      `SELECT signal, terms, ($2::date - day) AS "daysAgo" FROM search_signals WHERE article_id = $1 ORDER BY at`,
      [articleId, officeDate(new Date())],
    )) as { signal: string; terms: string[]; daysAgo: number }[];
  }

  stack.it('before: the caller’s word does not find the article first', async () => {
    expect(await topHitFor(WORD)).not.toBe(articleId);
  });

  stack.it('first agent: marks "Hat geholfen" by keyboard; the signal keeps the search’s words', async () => {
    const page = await stack.newPage();
    await helpedByKeyboard(page, demoUser('agent'), 'agent-1');
    await eventually(async () => expect(await signalRows()).toEqual([{ signal: 'helpful', terms: [WORD, OTHER_WORD], daysAgo: 0 }]));
    // One agent on one day teaches nothing yet.
    expect((await phrases()).find((p) => p.phrase === WORD)).toMatchObject({ agents: 1, days: 1, active: false });
    // As if it had been yesterday: the learning counts distinct days.
    await stack.t.db.query(`UPDATE search_signals SET at = at - interval '1 day', day = day - 1 WHERE article_id = $1`, [articleId]);
  });

  stack.it('second agent, a day later: the same; now the word works in the search', async () => {
    const bsc = await departmentIdByCode(stack.t, 'BSC');
    const colleague = await createUser(stack.t, ['agent'], [bsc]);
    const page = await stack.newPage();
    await helpedByKeyboard(page, colleague, 'agent-2');
    await eventually(async () => expect((await signalRows()).map((row) => row.daysAgo)).toEqual([1, 0]));
    expect((await phrases()).find((p) => p.phrase === WORD)).toMatchObject({ count: 2, agents: 2, days: 2, active: true });
  });

  stack.it('author: sees the phrase, adopts it by keyboard, blocks another after confirming, submits', async () => {
    const page = await stack.newPage();
    await login(page, demoUser('autorin'), `/arbeitsbereich/artikel/${articleId}`);
    const section = page.getByRole('region', { name: 'So fragen Bürger danach' });
    const item = section.getByRole('listitem').filter({ has: page.getByText(WORD, { exact: true }) });
    await item.getByText('wirkt in der Suche').waitFor();
    await expect(item.innerText()).resolves.toMatch(/2× genutzt · von 2 Mitarbeitenden an 2 Tagen · zuletzt \d{2}\.\d{2}\.\d{4}/);
    // The published version looks as agents see it, on a page opened directly (lazy pages: the
    // answer page's stylesheet is not loaded; its components bring their styles themselves).
    const preview = page.locator('.published-preview');
    await expect(preview.locator('.checklist').evaluate((list) => getComputedStyle(list).listStyleType)).resolves.toBe('none');
    await expect(
      preview
        .locator('.answer-facts__row')
        .first()
        .evaluate((row) => getComputedStyle(row).display),
    ).resolves.toBe('grid');
    await stack.screenshot(page, 'author-learned-phrases');
    await expectNoAxeViolations(page, 'Editor mit gelernten Formulierungen');

    // No draft yet: adopting opens one from the published version, and the editor shows it.
    await tabTo(page, section.getByRole('button', { name: `Als Suchbegriff übernehmen: ${WORD}` }));
    await page.keyboard.press('Enter');
    const chips = page.getByRole('list', { name: 'Suchbegriffe' });
    await chips.getByRole('listitem').filter({ hasText: WORD }).waitFor();
    await section
      .getByRole('status')
      .filter({ hasText: `„${WORD}“ ist als Suchbegriff im Entwurf.` })
      .waitFor();
    await item.getByText('Schon Suchbegriff').waitFor();
    await page.locator('[data-testid="save-status"][data-status="saved"]').waitFor();
    await stack.screenshot(page, 'author-adopted');

    // While a change is unsaved, adopting waits ("Bitte erst speichern"): held here by stalling the save.
    let releaseSave: () => void = () => undefined;
    const saveHeld = new Promise<void>((resolve) => (releaseSave = resolve));
    await page.route(`**/api/v1/articles/${articleId}/draft`, async (route) => {
      if (route.request().method() === 'PUT') await saveHeld;
      await route.continue();
    });
    await page.getByRole('textbox', { name: 'Suchbegriffe', exact: true }).fill('Schrottkiste');
    await page.keyboard.press('Enter');
    const adoptOther = section.getByRole('button', { name: `Als Suchbegriff übernehmen: ${OTHER_WORD}` });
    await eventually(async () => expect(await adoptOther.isDisabled()).toBe(true));
    await section.getByText(/^Bitte erst speichern/).waitFor();
    await stack.screenshot(page, 'author-adopt-waits-for-save');
    releaseSave();
    await page.locator('[data-testid="save-status"][data-status="saved"]').waitFor();
    await eventually(async () => expect(await adoptOther.isEnabled()).toBe(true));
    await page.unroute(`**/api/v1/articles/${articleId}/draft`);

    // Blocking asks in the page first; the focus starts on the harmless "Abbrechen".
    await tabTo(page, section.getByRole('button', { name: `Sperren: ${OTHER_WORD}` }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Formulierung sperren' });
    await expectFocused(dialog.getByRole('button', { name: 'Abbrechen' }));
    await stack.screenshot(page, 'author-block-dialog');
    await expectNoAxeViolations(page, 'Dialog „Formulierung sperren“');
    await page.keyboard.press('Shift+Tab');
    await expectFocused(dialog.getByRole('button', { name: 'Sperren', exact: true }));
    await page.keyboard.press('Enter');
    await section
      .getByRole('status')
      .filter({ hasText: `„${OTHER_WORD}“ ist gesperrt.` })
      .waitFor();
    await expect(section.getByText(OTHER_WORD, { exact: true }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page, 'Editor nach Übernehmen und Sperren');

    const audit = (await stack.t.db.query(
      `SELECT action, details->>'phrase' AS phrase FROM audit_events WHERE subject_id = $1 ORDER BY id`,
      [articleId],
    )) as { action: string; phrase: string | null }[];
    expect(audit.filter((a) => a.action.startsWith('learned_phrase.'))).toEqual([
      { action: 'learned_phrase.adopted', phrase: WORD },
      { action: 'learned_phrase.blocked', phrase: OTHER_WORD },
    ]);

    await page.getByRole('group', { name: 'Aktionen zum Artikel' }).getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
    const submit = page.getByRole('dialog', { name: 'Zur Prüfung einreichen' });
    await expectFocused(submit.getByLabel('Änderungsnotiz'));
    await page.keyboard.type(CHANGE_NOTE);
    await submit.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
    await page.getByText('Der Entwurf ist zur Prüfung eingereicht und kann nicht bearbeitet werden.').waitFor();
    const [draft] = (await stack.t.db.query(`SELECT state, content->'keywords' AS keywords FROM article_drafts WHERE article_id = $1`, [
      articleId,
    ])) as { state: string; keywords: string[] }[];
    expect(draft.state).toBe('in_review');
    expect(draft.keywords).toEqual(expect.arrayContaining([WORD, 'Schrottkiste']));
    await stack.screenshot(page, 'author-submitted');
  });

  stack.it('reviewer: sees the adopted keyword in the diff and approves', async () => {
    const page = await stack.newPage();
    await login(page, demoUser('pruefer'), `/freigaben/${articleId}`);
    await page.getByRole('heading', { level: 1, name: `Prüfung: ${ARTICLE}` }).waitFor();
    await page.locator('.diff').waitFor();
    const keywordDiff = page.locator('details.diff__field').filter({ has: page.locator('summary', { hasText: /^Suchbegriffe\b/ }) });
    await expect(keywordDiff.locator('ins').innerText()).resolves.toContain(WORD);
    await stack.screenshot(page, 'review-diff');
    await page.getByRole('button', { name: 'Freigeben', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Entscheidung gespeichert.' }).waitFor();
  });

  stack.it('agent: the next search with the word finds the article first', async () => {
    const [published] = (await stack.t.db.query(
      `SELECT v.content->'keywords' AS keywords FROM article_versions v JOIN articles a ON a.id = v.article_id AND a.published_version = v.number
        WHERE a.id = $1`,
      [articleId],
    )) as { keywords: string[] }[];
    expect(published.keywords).toContain(WORD);
    await stack.t.drainOutbox();
    const page = await stack.newPage();
    await login(page, demoUser('agent'));
    await typeSearch(page, 'Karre');
    const first = page.getByRole('list', { name: 'Suchergebnisse' }).getByRole('link').first();
    await expect(first.innerText()).resolves.toBe(ARTICLE);
    await stack.screenshot(page, 'agent-finds-by-learned-word');
    await expectNoAxeViolations(page, 'Suche mit dem gelernten Wort');
  });
});
