// Issue 6, "authors never lose text": while the editor is open, the same author saves the draft
// from elsewhere (another tab, through the API). The browser's next autosave gets 409; the
// conflict dialog shows both texts; keeping mine saves it on top of the newer revision.
import { expectNoAxeViolations } from './axe';
import { apiClientFor, articleIdByTitle, demoUser, login, seedDemo } from './demo-session';
import { saveDraftChange } from './draft-api';
import { eventually, expectFocused, tabTo } from './interaction';
import { useBrowserStack } from './harness';

jest.setTimeout(60_000);

const TITLE = 'Außerbetriebsetzung (Abmeldung) eines Fahrzeugs';
const SERVER_TEXT = 'Abmeldung ist auch online über i-Kfz möglich (Text aus dem anderen Tab).';
const MY_TEXT = ' Die Kennzeichen werden am Schalter entstempelt (Text aus dem Browser).';

describe('Draft conflict (browser)', () => {
  const stack = useBrowserStack('draft-conflict', seedDemo);

  async function draftRow(articleId: string): Promise<{ shortAnswer: string; revision: number }> {
    const [row] = (await stack.t.db.query(
      `SELECT content->>'shortAnswer' AS "shortAnswer", revision FROM article_drafts WHERE article_id = $1`,
      [articleId],
    )) as { shortAnswer: string; revision: number }[];
    return row;
  }

  stack.it('shows both texts after a conflicting save and keeps mine on top without losing either', async () => {
    const author = demoUser('autorin');
    const articleId = await articleIdByTitle(stack.t, TITLE);
    const page = await stack.newPage({ clipboard: true });
    await login(page, author, `/arbeitsbereich/artikel/${articleId}`);
    await page.getByRole('button', { name: 'Bearbeiten' }).click();
    const shortAnswer = page.getByLabel('Kurzantwort', { exact: true });
    await shortAnswer.waitFor();
    const original = await shortAnswer.inputValue();

    // The other tab saves first: the browser's draft revision is now stale.
    const elsewhere = await saveDraftChange(await apiClientFor(stack.t, author), articleId, { shortAnswer: SERVER_TEXT });

    await shortAnswer.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(MY_TEXT);
    const dialog = page.getByRole('dialog', { name: 'Der Entwurf wurde inzwischen geändert' });
    await dialog.waitFor();
    const keepMine = dialog.getByRole('button', { name: 'Meine Fassung behalten' });
    await expectFocused(keepMine);
    await expect(page.getByTestId('save-status').getAttribute('data-status')).resolves.toBe('conflict');
    await expect(dialog.getByTestId('conflict-mine-shortAnswer').innerText()).resolves.toBe(`${original}${MY_TEXT}`);
    await expect(dialog.getByTestId('conflict-server-shortAnswer').innerText()).resolves.toBe(SERVER_TEXT);
    await expect(draftRow(articleId)).resolves.toEqual({ shortAnswer: SERVER_TEXT, revision: elsewhere.revision });
    await stack.screenshot(page, 'conflict-dialog');
    await expectNoAxeViolations(page, 'Konfliktdialog');

    // "Meine Fassung kopieren" puts my text on the clipboard before any decision.
    await dialog.getByRole('button', { name: 'Meine Fassung kopieren' }).click();
    await dialog.getByText('Ihre Fassung ist in der Zwischenablage.').waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toContain(MY_TEXT.trim());

    await tabTo(page, keepMine, { backwards: true });
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await dialog.isVisible()).toBe(false));
    await page.locator('[data-testid="save-status"][data-status="saved"]').waitFor();
    await expect(shortAnswer.inputValue()).resolves.toBe(`${original}${MY_TEXT}`);
    await expect(draftRow(articleId)).resolves.toEqual({ shortAnswer: `${original}${MY_TEXT}`, revision: elsewhere.revision + 1 });
    await stack.screenshot(page, 'kept-mine-saved');
  });
});
