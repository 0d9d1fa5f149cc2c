// Issue 6, authoring and four-eyes review: the author edits title, short answer and body →
// autosave → submits with a change note; the reviewer sees the per-field diff and approves; the
// agent then finds the new text. The steps build on each other and run in order.
// Issue 14: a new article shows the reviewer every field; after reject → edit → resubmit the
// reviewer sees the rejection comment and what changed since.
import type { ArticleDetail, TiptapDoc } from '@bsc/domain';
import type { Page } from 'playwright-core';
import { openHitByKeyboard, typeSearch } from './agent-keyboard';
import { expectNoAxeViolations } from './axe';
import { createUser } from '../../api/testing/factories';
import { apiClientFor, articleIdByTitle, departmentIdByCode, demoUser, login, seedDemo } from './demo-session';
import { saveDraftChange, submitDraft } from './draft-api';
import { eventually, expectFocused, nextFrame } from './interaction';
import { useBrowserStack } from './harness';

jest.setTimeout(60_000);

const OLD_TITLE = 'Wunschkennzeichen reservieren';
const NEW_TITLE = 'Wunschkennzeichen reservieren und verlängern';
const NEW_SENTENCE = 'Eine Reservierung lässt sich einmal um weitere 90 Tage verlängern.';
const NEW_PARAGRAPH = 'Zur Verlängerung genügt die Reservierungsnummer.';
const CHANGE_NOTE = 'Verlängerung der Reservierung ergänzt.';

interface DraftRow {
  title: string;
  shortAnswer: string;
  body: TiptapDoc;
  state: string;
  changeNote: string | null;
}

describe('Authoring and review (browser)', () => {
  const stack = useBrowserStack('authoring-review', seedDemo);
  let articleId = '';

  beforeAll(async () => {
    articleId = await articleIdByTitle(stack.t, OLD_TITLE);
  });

  async function draftRow(): Promise<DraftRow | undefined> {
    const rows = (await stack.t.db.query(
      `SELECT content->>'title' AS title, content->>'shortAnswer' AS "shortAnswer", content->'body' AS body, state, change_note AS "changeNote"
       FROM article_drafts WHERE article_id = $1`,
      [articleId],
    )) as DraftRow[];
    return rows[0];
  }

  async function editDraft(page: Page): Promise<void> {
    await page.getByLabel('Titel', { exact: true }).fill(NEW_TITLE);
    const shortAnswer = page.getByLabel('Kurzantwort', { exact: true });
    await shortAnswer.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(` ${NEW_SENTENCE}`);
    await page.getByRole('textbox', { name: 'Beschreibung' }).click();
    await page.keyboard.press('Control+End');
    // ProseMirror takes over a moved caret on the next selectionchange; a human never presses
    // Enter in the same millisecond.
    await nextFrame(page);
    await page.keyboard.press('Enter');
    await page.keyboard.type(NEW_PARAGRAPH);
  }

  stack.it('author: edits title, short answer and body, autosaves and submits with a change note', async () => {
    const page = await stack.newPage();
    await login(page, demoUser('autorin'));
    await page.getByRole('heading', { level: 1, name: 'Arbeitsbereich' }).waitFor();
    await stack.screenshot(page, 'workspace');
    await expectNoAxeViolations(page, 'Arbeitsbereich');
    await page.getByRole('link', { name: OLD_TITLE, exact: true }).click();
    await page.getByRole('button', { name: 'Bearbeiten' }).click();
    const saveStatus = page.getByTestId('save-status');
    await saveStatus.waitFor();
    await expectNoAxeViolations(page, 'Editor');

    await editDraft(page);
    await page.locator('[data-testid="save-status"][data-status="saved"]').waitFor();
    await expect(saveStatus.textContent()).resolves.toBe('Gespeichert');
    const saved = await draftRow();
    expect(saved).toMatchObject({ title: NEW_TITLE, state: 'draft' });
    expect(saved?.shortAnswer).toContain(NEW_SENTENCE);
    expect(saved?.body.content.at(-1)).toEqual({ type: 'paragraph', content: [{ type: 'text', text: NEW_PARAGRAPH }] });
    await stack.screenshot(page, 'editor-saved');
    await expectNoAxeViolations(page, 'Editor nach Änderungen');

    await page.getByRole('group', { name: 'Aktionen zum Artikel' }).getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Zur Prüfung einreichen' });
    await expectFocused(dialog.getByLabel('Änderungsnotiz'));
    await page.keyboard.type(CHANGE_NOTE);
    await stack.screenshot(page, 'submit-dialog');
    await dialog.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
    await page.getByText('Der Entwurf ist zur Prüfung eingereicht und kann nicht bearbeitet werden.').waitFor();
    await expect(draftRow()).resolves.toMatchObject({ state: 'in_review', changeNote: CHANGE_NOTE });
    await stack.screenshot(page, 'submitted');
  });

  stack.it('reviewer: sees the change note and the per-field diff, then approves', async () => {
    const page = await stack.newPage();
    await login(page, demoUser('pruefer'));
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Freigaben' }).click();
    await page.getByRole('heading', { level: 1, name: 'Freigaben' }).waitFor();
    await stack.screenshot(page, 'review-queue');
    await expectNoAxeViolations(page, 'Freigaben');
    await page.getByRole('link', { name: NEW_TITLE }).click();
    await page.getByRole('heading', { level: 1, name: `Prüfung: ${NEW_TITLE}` }).waitFor();
    await page.getByText(CHANGE_NOTE).waitFor();

    // The diff is its own request after the page; reading it before it arrived failed on a loaded CI machine.
    await page.locator('.diff').waitFor();
    const titleDiff = page.locator('details.diff__field').filter({ has: page.locator('summary', { hasText: /^Titel\b/ }) });
    await expect(titleDiff.locator('ins').allTextContents()).resolves.toEqual([expect.stringContaining('und verlängern')]);
    await expect(titleDiff.locator('del').count()).resolves.toBe(0);
    const shortAnswerDiff = page.locator('details.diff__field').filter({ has: page.locator('summary', { hasText: /^Kurzantwort\b/ }) });
    await expect(shortAnswerDiff.locator('ins').innerText()).resolves.toContain('weitere 90 Tage verlängern');
    await stack.screenshot(page, 'review-diff');
    await expectNoAxeViolations(page, 'Prüfung mit Änderungen');

    await page.getByRole('button', { name: 'Freigeben', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Entscheidung gespeichert.' }).waitFor();
    // The queue first renders its cached rows, then the refetched ones.
    await eventually(async () => expect(await page.getByRole('link', { name: NEW_TITLE }).count()).toBe(0));
    await stack.screenshot(page, 'approved');
  });

  stack.it('agent: finds the new text right after the approval', async () => {
    await stack.t.drainOutbox();
    const page = await stack.newPage();
    await login(page, demoUser('agent'));
    await typeSearch(page, 'Wunschkennzeichen verlängern');
    const results = page.getByRole('list', { name: 'Suchergebnisse' });
    await results.getByRole('link', { name: NEW_TITLE, exact: true }).waitFor();
    await expect(results.getByRole('link', { name: OLD_TITLE, exact: true }).count()).resolves.toBe(0);
    await stack.screenshot(page, 'agent-finds-new-title');
    await openHitByKeyboard(page, NEW_TITLE);
    await expect(page.getByRole('region', { name: 'Kurzantwort' }).innerText()).resolves.toContain(NEW_SENTENCE);
    await page.getByText(NEW_PARAGRAPH).waitFor();
    await page.getByText(/Version 2, veröffentlicht am/).waitFor();
    await stack.screenshot(page, 'agent-answer-new-version');
  });

  stack.it('self-approval: a reviewer who wrote on the draft sees approving disabled with the reason', async () => {
    const kfz = await departmentIdByCode(stack.t, 'KFZ');
    const writer = await createUser(stack.t, ['author', 'reviewer'], [kfz]);
    const api = await writer.client();
    const id = await articleIdByTitle(stack.t, 'Kurzzeitkennzeichen für Überführungs- und Probefahrten');
    await saveDraftChange(api, id, { processingTime: 'Sofort, auch samstags.' });
    await submitDraft(api, id, 'Samstagsöffnung ergänzt.');

    const page = await stack.newPage();
    await login(page, writer, `/freigaben/${id}`);
    await page.getByRole('heading', { level: 1, name: 'Prüfung: Kurzzeitkennzeichen für Überführungs- und Probefahrten' }).waitFor();
    const approve = page.getByRole('button', { name: 'Freigeben', exact: true });
    await expect(approve.isDisabled()).resolves.toBe(true);
    const reason = page.getByText('Eigene Änderungen können Sie nicht selbst freigeben.');
    await reason.waitFor();
    // The reason is the button's description, so a screen reader announces it on the button.
    await expect(approve.getAttribute('aria-describedby')).resolves.toBe(await reason.getAttribute('id'));
    await expect(page.getByRole('button', { name: 'Ablehnen', exact: true }).isEnabled()).resolves.toBe(true);
    await stack.screenshot(page, 'self-approval-disabled');
    await expectNoAxeViolations(page, 'Prüfung des eigenen Entwurfs');
  });

  describe('a new article (issue 14)', () => {
    const TITLE = 'Internationalen Führerschein beantragen';
    const SHORT_ANSWER =
      'Den internationalen Führerschein stellt die Führerscheinstelle sofort aus, wenn ein EU-Kartenführerschein vorliegt.';
    const FEES_BEFORE = '';
    const FEES_AFTER = '16,70 Euro';
    const REJECTION = 'Bitte die Gebühr ergänzen.';
    let newId = '';

    async function reviewPage(): Promise<Page> {
      const page = await stack.newPage();
      await login(page, demoUser('pruefer'), `/freigaben/${newId}`);
      await page.getByRole('heading', { level: 1, name: `Prüfung: ${TITLE}` }).waitFor();
      await page.locator('[data-testid="diff-title"] .diff').waitFor();
      return page;
    }

    const fieldOf = (page: Page, scope: string, label: string) =>
      page
        .getByTestId(scope)
        .locator('details.diff__field')
        .filter({ has: page.locator('summary', { hasText: new RegExp(`^${label}\\b`) }) });

    stack.it('reviewer: sees title, short answer and documents of a new article, not "no changes"', async () => {
      const author = await apiClientFor(stack.t, demoUser('autorin'));
      const [idCard] = (await stack.t.db.query(`SELECT id FROM documents WHERE name = 'Personalausweis oder Reisepass'`)) as {
        id: string;
      }[];
      const [photo] = (await stack.t.db.query(`SELECT id FROM documents ORDER BY name LIMIT 1 OFFSET 1`)) as { id: string }[];
      const created = await author.post<ArticleDetail>('/api/v1/articles', {
        departmentId: await departmentIdByCode(stack.t, 'FS'),
        kind: 'service',
        content: {
          title: TITLE,
          keywords: ['internationaler Führerschein'],
          shortAnswer: SHORT_ANSWER,
          body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Gültig drei Jahre.' }] }] },
          documents: [{ documentId: idCard.id, note: 'im Original' }, { documentId: photo.id }],
          prerequisites: '',
          fees: FEES_BEFORE,
          procedure: '',
          processingTime: '',
          deadlines: '',
          links: [],
          legalBasis: '',
          contactOverride: null,
          leikaKey: null,
          bscResolution: 'referral',
        },
      });
      expect(created.status).toBe(201);
      newId = created.body.id;
      await submitDraft(author, newId, 'Neuer Artikel');
      const [photoName] = (await stack.t.db.query(`SELECT name FROM documents WHERE id = $1`, [photo.id])) as { name: string }[];

      const page = await reviewPage();
      await page.getByRole('heading', { level: 2, name: 'Inhalt des neuen Artikels' }).waitFor();
      await expect(page.getByText('Keine Änderungen gegenüber der veröffentlichten Version.').count()).resolves.toBe(0);
      await expect(fieldOf(page, 'diff-title', 'Titel').locator('ins').innerText()).resolves.toContain(TITLE);
      await expect(fieldOf(page, 'diff-title', 'Kurzantwort').locator('ins').innerText()).resolves.toContain(SHORT_ANSWER);
      const documents = await fieldOf(page, 'diff-title', 'Erforderliche Unterlagen').locator('ins').innerText();
      expect(documents).toContain('Personalausweis oder Reisepass – im Original');
      expect(documents).toContain(photoName.name);
      await expect(fieldOf(page, 'diff-title', 'Gebühren').locator('summary').innerText()).resolves.toContain('leer');
      await stack.screenshot(page, 'review-new-article');
      await expectNoAxeViolations(page, 'Prüfung eines neuen Artikels');

      const comment = page.getByLabel('Kommentar für die Autorin oder den Autor');
      await comment.click();
      await page.keyboard.type(REJECTION);
      await page.getByRole('button', { name: 'Ablehnen', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Entscheidung gespeichert.' }).waitFor();
    });

    stack.it('reviewer: after reject → edit → resubmit sees the rejection comment and what changed since', async () => {
      const author = await apiClientFor(stack.t, demoUser('autorin'));
      await saveDraftChange(author, newId, { fees: FEES_AFTER });
      await submitDraft(author, newId, 'Gebühr ergänzt');

      const page = await reviewPage();
      const rejection = page.getByRole('region', { name: 'Frühere Ablehnung' });
      await expect(rejection.innerText()).resolves.toContain(REJECTION);
      await page.locator('[data-testid="since-rejection-title"] .diff').waitFor();
      const since = page.getByTestId('since-rejection-title');
      await expect(since.locator('details.diff__field--changed').count()).resolves.toBe(1);
      await expect(fieldOf(page, 'since-rejection-title', 'Gebühren').locator('ins').innerText()).resolves.toContain(FEES_AFTER);
      await expect(fieldOf(page, 'since-rejection-title', 'Titel').locator('summary').innerText()).resolves.toContain('unverändert');
      // The whole new article stays readable below.
      await expect(fieldOf(page, 'diff-title', 'Kurzantwort').locator('ins').innerText()).resolves.toContain(SHORT_ANSWER);
      await stack.screenshot(page, 'review-resubmitted');
      await expectNoAxeViolations(page, 'Prüfung nach erneuter Einreichung');
    });
  });
});
