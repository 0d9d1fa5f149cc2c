// Issue 6, agent flow: search in citizen words → open the answer card → copy the checklist →
// flag the article. Keyboard only, as an agent on the phone works; axe on every page.
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './axe';
import { articleIdByTitle, demoUser, login, seedDemo } from './demo-session';
import { eventually, expectFocused, pressUntilFocused, tabTo } from './interaction';
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

describe('Agent: search → answer card → checklist → flag (browser)', () => {
  const stack = useBrowserStack('agent-answer', seedDemo);

  async function searchAndOpen(page: Page): Promise<void> {
    const searchBox = page.getByRole('searchbox', { name: 'Anliegen suchen' });
    await expectFocused(searchBox);
    await page.keyboard.type('Auto ummelden');
    await page
      .getByRole('status')
      .filter({ hasText: /^\d+ Treffer$/ })
      .waitFor();
    const results = page.getByRole('list', { name: 'Suchergebnisse' });
    await expect(results.getByRole('link').allTextContents()).resolves.toContain(ARTICLE);
    await expect(results.locator('mark').first().textContent()).resolves.toBeTruthy();
    await stack.screenshot(page, 'search-results');
    await expectNoAxeViolations(page, 'Suche mit Treffern');
    await pressUntilFocused(page, 'ArrowDown', results.getByRole('link', { name: ARTICLE }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: ARTICLE }).waitFor();
  }

  it('finds the answer by keyboard, copies the checklist and flags the article', async () => {
    const page = await stack.newPage({ clipboard: true });
    await page.goto('/anmeldung');
    await page.getByLabel('Benutzerkennung').waitFor();
    await stack.screenshot(page, 'login');
    await expectNoAxeViolations(page, 'Anmeldung');
    await login(page, demoUser('agent'));
    await searchAndOpen(page);
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

    await flagByKeyboard(page);
    const articleId = await articleIdByTitle(stack.t, ARTICLE);
    const flags = (await stack.t.db.query(`SELECT reason, comment, status, version FROM flags WHERE article_id = $1`, [
      articleId,
    ])) as unknown[];
    expect(flags).toEqual([
      { reason: 'wrong', comment: 'Die Gebühr für die Umschreibung ist seit Januar höher.', status: 'open', version: 1 },
    ]);
  });

  // "Melden" → reason by arrow key → comment → send; the dialog returns focus and confirms.
  async function flagByKeyboard(page: Page): Promise<void> {
    const flagButton = page.getByRole('button', { name: 'Melden', exact: true });
    await tabTo(page, flagButton);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Artikel melden' });
    await dialog.waitFor();
    await expectFocused(dialog.getByRole('radio', { name: 'veraltet' }));
    await page.keyboard.press('ArrowDown');
    await expect(dialog.getByRole('radio', { name: 'falsch' }).isChecked()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expectFocused(dialog.getByLabel('Kommentar'));
    await page.keyboard.type('Die Gebühr für die Umschreibung ist seit Januar höher.');
    await stack.screenshot(page, 'flag-dialog');
    await expectNoAxeViolations(page, 'Dialog „Artikel melden“');
    await tabTo(page, dialog.getByRole('button', { name: 'Meldung senden' }));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Danke, Ihre Meldung wurde gesendet.' }).waitFor();
    await eventually(async () => expect(await dialog.isVisible()).toBe(false));
    await expectFocused(flagButton);
    await page.getByText('1 offene Meldung').waitFor();
    await stack.screenshot(page, 'flag-sent');
  }
});
