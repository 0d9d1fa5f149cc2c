// Issue 7, the feedback loop: an agent flags an article → the owning department's author sees
// it in the notification badge and the flag queue → resolves it with a note → the agent sees the
// resolution in the notifications and under "Meine Meldungen".
import type { NotificationsResponse } from '@bsc/domain';
import type { Page } from 'playwright-core';
import { flagByKeyboard, openHitByKeyboard, typeSearch } from './agent-keyboard';
import { expectNoAxeViolations } from './axe';
import { apiClientFor, articleIdByTitle, demoUser, login, seedDemo } from './demo-session';
import { eventually, expectFocused } from './interaction';
import { useBrowserStack } from './harness';

jest.setTimeout(90_000);

const TITLE = 'Führerschein – Ersterteilung der Fahrerlaubnis Klasse B';
const COMMENT = 'Der Sehtest darf laut Bürgerin nur sechs Monate alt sein – bitte prüfen.';
const NOTE = 'Geprüft: zwei Jahre sind richtig (§ 12 FeV). Der Artikel bleibt unverändert.';

describe('Flag loop: agent → department → agent (browser)', () => {
  const stack = useBrowserStack('flag-loop', seedDemo);

  /** The unread count in the header badge; 0 when the badge shows none. */
  async function badgeCount(page: Page): Promise<number> {
    const count = page.getByRole('link', { name: /^Benachrichtigungen/ }).getByTestId('notification-count');
    if ((await count.count()) === 0) return 0;
    return Number((await count.innerText()).replace(/\D/g, ''));
  }

  async function flagAsAgent(page: Page): Promise<void> {
    await login(page, demoUser('agent'));
    await typeSearch(page, 'Führerschein machen');
    await openHitByKeyboard(page, TITLE);
    await flagByKeyboard(page, 'falsch', COMMENT);
    await page.getByText('1 offene Meldung').waitFor();
    await stack.screenshot(page, 'agent-flagged');
  }

  async function resolveAsAuthor(page: Page, unreadBefore: number): Promise<void> {
    await login(page, demoUser('autorin'));
    const badge = page.getByRole('link', { name: /^Benachrichtigungen/ });
    await eventually(async () => expect(await badgeCount(page)).toBe(unreadBefore + 1));
    await stack.screenshot(page, 'author-badge');
    await badge.click();
    const item = page.getByRole('listitem').filter({ hasText: `Neue Meldung zu: ${TITLE}` });
    await item.getByText(COMMENT).waitFor();
    await stack.screenshot(page, 'author-notifications');
    await expectNoAxeViolations(page, 'Benachrichtigungen (Autorin)');
    await item.getByRole('link', { name: 'Zu den Meldungen' }).click();

    await page.getByRole('heading', { level: 1, name: 'Meldungen' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: TITLE });
    await row.getByText(COMMENT).waitFor();
    await expect(row.innerText()).resolves.toContain('falsch');
    await stack.screenshot(page, 'flag-queue');
    await expectNoAxeViolations(page, 'Meldungen des Fachbereichs');
    await row.getByRole('button', { name: `Erledigen: ${TITLE}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Meldung erledigen' });
    await expectFocused(dialog.getByLabel('Notiz'));
    await page.keyboard.type(NOTE);
    await stack.screenshot(page, 'resolve-dialog');
    await expectNoAxeViolations(page, 'Dialog „Meldung erledigen“');
    await dialog.getByRole('button', { name: 'Erledigen', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Meldung zu „${TITLE}“ erledigt.` })
      .waitFor();
    await stack.screenshot(page, 'flag-resolved');
  }

  async function agentSeesResolution(page: Page, articleId: string): Promise<void> {
    // The agent comes back later: a fresh load of the app.
    await page.goto('/');
    const badge = page.getByRole('link', { name: /^Benachrichtigungen/ });
    await eventually(async () => expect(await badgeCount(page)).toBe(1));
    await badge.click();
    const item = page.getByRole('listitem').filter({ hasText: `Ihre Meldung wurde erledigt: ${TITLE}` });
    await item.getByText(NOTE).waitFor();
    await stack.screenshot(page, 'agent-notifications');
    await expectNoAxeViolations(page, 'Benachrichtigungen (Servicemitarbeiterin)');

    await page.getByRole('link', { name: 'Meine Meldungen ansehen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meine Meldungen' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: TITLE });
    await row.getByText(NOTE).waitFor();
    await expect(row.innerText()).resolves.toContain('Erledigt');
    await stack.screenshot(page, 'my-flags');
    await expectNoAxeViolations(page, 'Meine Meldungen');

    await page.goto(`/artikel/${articleId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await expect(page.getByText('offene Meldung').count()).resolves.toBe(0);
  }

  stack.it('an agent flags, the author resolves from the badge and the queue, the agent sees the outcome', async () => {
    const articleId = await articleIdByTitle(stack.t, TITLE);
    // The demo author already has notifications (due reviews): the flag adds one.
    const authorApi = await apiClientFor(stack.t, demoUser('autorin'));
    const before = await authorApi.get<NotificationsResponse>('/api/v1/notifications');
    const agentPage = await stack.newPage();
    await flagAsAgent(agentPage);
    await resolveAsAuthor(await stack.newPage(), before.body.unread);
    const [flag] = (await stack.t.db.query(`SELECT status, resolution_note FROM flags WHERE article_id = $1`, [articleId])) as {
      status: string;
      resolution_note: string;
    }[];
    expect(flag).toEqual({ status: 'resolved', resolution_note: NOTE });
    await agentSeesResolution(agentPage, articleId);
  });
});
