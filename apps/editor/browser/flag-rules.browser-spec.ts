// Issue 14, point 7: the flag dialog preselects no reason, asks for a comment for "falsch" and
// "unvollständig" at the field, and a second flag of the same agent updates the first. Keyboard
// only, as an agent on the phone works.
import type { Locator, Page } from 'playwright-core';
import { queryOne, queryRows } from '../../api/src/database/typed-rows';
import { flagByKeyboard, openHitByKeyboard, typeSearch } from './agent-keyboard';
import { expectNoAxeViolations } from './axe';
import { articleIdByTitle, demoUser, login, seedDemo } from './demo-session';
import { expectFocused, pressUntilFocused, tabTo } from './interaction';
import { useBrowserStack } from './harness';

jest.setTimeout(90_000);

const TITLE = 'Führerschein – Ersterteilung der Fahrerlaubnis Klasse B';
const FIRST = 'Die Gebühr für den Führerschein ist seit Januar höher.';
const SECOND = 'Es fehlt, dass der Sehtest nicht älter als zwei Jahre sein darf.';

/** The error texts that describe a control, read through aria-describedby. */
function describedBy(control: Locator): Promise<string> {
  return control.evaluate((element) => {
    const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
  });
}

async function openFlagDialog(page: Page): Promise<Locator> {
  await tabTo(page, page.getByRole('button', { name: 'Melden', exact: true }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Artikel melden' });
  await dialog.waitFor();
  return dialog;
}

describe('Flag rules: no default reason, comment required, one open flag per agent (browser)', () => {
  const stack = useBrowserStack('flag-rules', seedDemo);

  stack.it('refuses to send without a reason or without a comment for "falsch", then updates the first flag', async () => {
    const articleId = await articleIdByTitle(stack.t, TITLE);
    const page = await stack.newPage();
    await login(page, demoUser('agent'));
    await typeSearch(page, 'Führerschein machen');
    await openHitByKeyboard(page, TITLE);

    const dialog = await openFlagDialog(page);
    const first = dialog.getByRole('radio', { name: 'veraltet' });
    await expectFocused(first);
    await expect(dialog.getByRole('radio', { checked: true }).count()).resolves.toBe(0);

    // Enter on the send button with nothing chosen: the error is at the reasons, focus goes there.
    await tabTo(page, dialog.getByRole('button', { name: 'Meldung senden' }));
    await page.keyboard.press('Enter');
    await expectFocused(first);
    await expect(first.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(describedBy(dialog.getByRole('group', { name: 'Grund' }))).resolves.toContain('Bitte wählen Sie einen Grund.');
    await stack.screenshot(page, 'reason-missing');
    await expectNoAxeViolations(page, 'Dialog „Artikel melden“ ohne Grund');

    // "falsch" without a comment: the error is at the comment field, nothing is sent.
    await pressUntilFocused(page, 'ArrowDown', dialog.getByRole('radio', { name: 'falsch' }), 4);
    await tabTo(page, dialog.getByRole('button', { name: 'Meldung senden' }));
    await page.keyboard.press('Enter');
    const comment = dialog.getByLabel('Kommentar');
    await expectFocused(comment);
    await expect(comment.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(describedBy(comment)).resolves.toContain('beschreiben Sie bitte, was falsch ist oder fehlt');
    await stack.screenshot(page, 'comment-missing');
    await expectNoAxeViolations(page, 'Dialog „Artikel melden“ ohne Kommentar');
    const none = await queryOne(stack.t.db, { n: 'int' }, `SELECT count(*)::int AS n FROM flags WHERE article_id = $1`, [articleId]);
    expect(none.n).toBe(0);

    await page.keyboard.type(FIRST);
    await tabTo(page, dialog.getByRole('button', { name: 'Meldung senden' }));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Danke, Ihre Meldung wurde gesendet.' }).waitFor();
    await page.getByText('1 offene Meldung').waitFor();

    // A second flag by the same agent replaces the first one's reason and comment.
    await flagByKeyboard(page, 'unvollständig', SECOND);
    await page.getByText('1 offene Meldung').waitFor();
    await stack.screenshot(page, 'flag-updated');
    const rows = await queryRows(
      stack.t.db,
      { reason: 'text', comment: 'text', status: 'text' },
      `SELECT reason, comment, status FROM flags WHERE article_id = $1`,
      [articleId],
    );
    expect(rows).toEqual([{ reason: 'incomplete', comment: SECOND, status: 'open' }]);
  });
});
