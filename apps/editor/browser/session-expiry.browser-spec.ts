// Issue 14, point 5: before the idle timeout the app warns and "Angemeldet bleiben" keeps the
// session; when the session ends anyway while an author types, the login page says so, and after
// logging in again the author is back in the same article with the text restored. Time is the
// page's fake clock; the server's idle clock is moved in the database: no test waits for real time.
import type { Page } from 'playwright-core';
import { queryOne } from '../../api/src/database/typed-rows';
import { expectNoAxeViolations } from './axe';
import { articleIdByTitle, demoUser, login, seedDemo } from './demo-session';
import { eventually, expectFocused } from './interaction';
import { useBrowserStack } from './harness';

jest.setTimeout(90_000);

const TITLE = 'Außerbetriebsetzung (Abmeldung) eines Fahrzeugs';
const TYPED_BEFORE = ' Vor dem Ablauf geschrieben.';
const TYPED_AFTER = ' Nach dem Ablauf geschrieben, nie beim Server angekommen.';

describe('Session end while editing (browser)', () => {
  const stack = useBrowserStack('session-expiry', seedDemo);
  const author = demoUser('autorin');

  const secondsIdle = async () =>
    (
      await queryOne(
        stack.t.db,
        { idle: 'int' },
        `SELECT min(extract(epoch FROM now() - s.last_seen_at))::int AS idle FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.login = $1`,
        [author.login],
      )
    ).idle;
  const idleServerSessionFor = (interval: string) =>
    stack.t.db.query(`UPDATE sessions SET last_seen_at = now() - $2::interval WHERE user_id = (SELECT id FROM users WHERE login = $1)`, [
      author.login,
      interval,
    ]);
  const savedShortAnswer = async (articleId: string) =>
    (
      await queryOne(stack.t.db, { text: 'text' }, `SELECT content->>'shortAnswer' AS text FROM article_drafts WHERE article_id = $1`, [
        articleId,
      ])
    ).text;

  async function typeAtEnd(page: Page, text: string): Promise<void> {
    const field = page.getByLabel('Kurzantwort', { exact: true });
    await field.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(text);
  }

  stack.it('warns before the idle timeout, keeps the session, and after it ends restores the text at the same article', async () => {
    const articleId = await articleIdByTitle(stack.t, TITLE);
    const page = await stack.newPage();
    await page.clock.install();
    await login(page, author, `/arbeitsbereich/artikel/${articleId}`);
    await page.getByRole('button', { name: 'Bearbeiten' }).click();
    const shortAnswer = page.getByLabel('Kurzantwort', { exact: true });
    await shortAnswer.waitFor();
    const original = await shortAnswer.inputValue();
    await typeAtEnd(page, TYPED_BEFORE);
    await page.locator('[data-testid="save-status"][data-status="saved"]').waitFor();

    // 57 of 60 minutes later without a request of the author: the warning, focus on "Angemeldet bleiben".
    await idleServerSessionFor('57 minutes');
    await page.clock.fastForward('57:30');
    const warning = page.getByRole('dialog', { name: 'Ihre Sitzung läuft bald ab' });
    await warning.waitFor();
    await warning.getByText('in 2 Minuten abgemeldet', { exact: false }).waitFor();
    const stay = warning.getByRole('button', { name: 'Angemeldet bleiben' });
    await expectFocused(stay);
    await stack.screenshot(page, 'expiry-warning');
    await expectNoAxeViolations(page, 'Warnung vor dem Sitzungsende');
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await warning.isVisible()).toBe(false));
    await expect(secondsIdle()).resolves.toBeLessThan(60);

    // The session ends anyway (the author went to lunch); the next autosave meets a 401.
    await idleServerSessionFor('2 hours');
    await typeAtEnd(page, TYPED_AFTER);
    await page.waitForURL((url) => url.pathname === '/anmeldung');
    const notice = page
      .getByRole('alert')
      .filter({ hasText: 'Sitzung abgelaufen – bitte erneut anmelden; Ihre Änderungen bleiben erhalten.' });
    await notice.waitFor();
    expect(new URL(page.url()).searchParams.get('weiter')).toBe(`/arbeitsbereich/artikel/${articleId}`);
    await expect(savedShortAnswer(articleId)).resolves.toBe(`${original}${TYPED_BEFORE}`);
    await stack.screenshot(page, 'session-ended');
    await expectNoAxeViolations(page, 'Anmeldung nach Sitzungsende');

    // Keyboard only, as on any login: back to the same article, the text restored and saved.
    await expectFocused(page.getByLabel('Benutzerkennung'));
    await page.keyboard.type(author.login);
    await page.keyboard.press('Tab');
    await page.keyboard.type(author.password);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/arbeitsbereich/artikel/${articleId}`);
    await page.getByText('Nicht gespeicherte Änderungen wiederhergestellt', { exact: false }).waitFor();
    await expect(shortAnswer.inputValue()).resolves.toBe(`${original}${TYPED_BEFORE}${TYPED_AFTER}`);
    await page.locator('[data-testid="save-status"][data-status="saved"]').waitFor();
    await expect(savedShortAnswer(articleId)).resolves.toBe(`${original}${TYPED_BEFORE}${TYPED_AFTER}`);
    await stack.screenshot(page, 'restored-after-login');
    await expectNoAxeViolations(page, 'Editor nach erneuter Anmeldung');
  });
});
