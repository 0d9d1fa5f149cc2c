// Issue 6, agent flow: search in citizen words → open the answer card → copy the checklist →
// flag the article. Keyboard only, as an agent on the phone works; axe on every page.
import { flagByKeyboard, openHitByKeyboard, typeSearch } from './agent-keyboard';
import { expectNoAxeViolations } from './axe';
import { articleIdByTitle, demoUser, login, seedDemo } from './demo-session';
import { eventually, tabTo } from './interaction';
import { useBrowserStack } from './harness';

jest.setTimeout(60_000);

const ARTICLE = 'Umschreibung eines Gebrauchtfahrzeugs (Halterwechsel)';
const DOCUMENTS = [
  'Personalausweis oder Reisepass',
  'Zulassungsbescheinigung Teil I (Fahrzeugschein)',
  'Zulassungsbescheinigung Teil II (Fahrzeugbrief)',
  'eVB-Nummer (elektronische Versicherungsbestätigung)',
  'SEPA-Lastschriftmandat für die Kfz-Steuer',
];
const COMMENT = 'Die Gebühr für die Umschreibung ist seit Januar höher.';

describe('Agent: search → answer card → checklist → flag (browser)', () => {
  const stack = useBrowserStack('agent-answer', seedDemo);

  stack.it('finds the answer by keyboard, copies the checklist and flags the article', async () => {
    const page = await stack.newPage({ clipboard: true });
    await page.goto('/anmeldung');
    await page.getByLabel('Benutzerkennung').waitFor();
    await stack.screenshot(page, 'login');
    await expectNoAxeViolations(page, 'Anmeldung');
    await login(page, demoUser('agent'));

    await typeSearch(page, 'Auto ummelden');
    const results = page.getByRole('list', { name: 'Suchergebnisse' });
    await eventually(async () => {
      expect(await results.getByRole('link').allTextContents()).toContain(ARTICLE);
      // Matched words are highlighted in the snippets.
      expect(await results.locator('mark').count()).toBeGreaterThan(0);
    });
    await stack.screenshot(page, 'search-results');
    await expectNoAxeViolations(page, 'Suche mit Treffern');
    await openHitByKeyboard(page, ARTICLE);
    await stack.screenshot(page, 'answer-card');
    await expectNoAxeViolations(page, 'Antwortkarte');

    await tabTo(page, page.getByRole('button', { name: 'Checkliste kopieren' }));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Checkliste in die Zwischenablage kopiert.' }).waitFor();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard.split('\n')[0]).toBe(ARTICLE);
    for (const document of DOCUMENTS) expect(clipboard).toContain(`[ ] ${document}`);
    expect(clipboard).toContain('Zulassungsstelle');
    await stack.screenshot(page, 'checklist-copied');

    await flagByKeyboard(page, 'falsch', COMMENT, async () => {
      await stack.screenshot(page, 'flag-dialog');
      await expectNoAxeViolations(page, 'Dialog „Artikel melden“');
    });
    await page.getByText('1 offene Meldung').waitFor();
    await stack.screenshot(page, 'flag-sent');
    const articleId = await articleIdByTitle(stack.t, ARTICLE);
    const flags = (await stack.t.db.query(`SELECT reason, comment, status, version FROM flags WHERE article_id = $1`, [
      articleId,
    ])) as unknown[];
    expect(flags).toEqual([{ reason: 'wrong', comment: COMMENT, status: 'open', version: 1 }]);
  });
});
