// Issue 6, administration: after a reviewed change and an agent's flag, the admin sees the flag
// in the flags of all departments and every step in the audit log (Protokoll), with an intact chain.
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './axe';
import { apiClientFor, articleIdByTitle, demoUser, login, seedDemo } from './demo-session';
import { saveDraftChange, submitDraft } from './draft-api';
import { eventually, tabTo } from './interaction';
import { useBrowserStack } from './harness';

jest.setTimeout(60_000);

const TITLE = 'Welche Zahlungsarten akzeptiert die Zulassungsstelle?';
const COMMENT = 'Kartenzahlung mit Kreditkarte fehlt in der Aufzählung.';

describe('Administration: flags and audit log (browser)', () => {
  const stack = useBrowserStack('admin', seedDemo);
  let articleId = '';

  // A reviewed change and a flag, all through the API as the demo users.
  beforeAll(async () => {
    articleId = await articleIdByTitle(stack.t, TITLE);
    const author = await apiClientFor(stack.t, demoUser('autorin'));
    await saveDraftChange(author, articleId, { processingTime: 'Sofort am Schalter.' });
    await submitDraft(author, articleId, 'Bearbeitungsdauer ergänzt.');
    const reviewer = await apiClientFor(stack.t, demoUser('pruefer'));
    const approved = await reviewer.post(`/api/v1/articles/${articleId}/approve`, {});
    expect(approved.status).toBe(200);
    const agent = await apiClientFor(stack.t, demoUser('agent'));
    const flagged = await agent.post(`/api/v1/articles/${articleId}/flags`, { reason: 'incomplete', comment: COMMENT });
    expect(flagged.status).toBe(201);
  });

  async function openSection(page: Page, name: string): Promise<void> {
    await page.getByRole('navigation', { name: 'Verwaltungsbereiche' }).getByRole('link', { name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  }

  stack.it('shows the flag with department, reason and comment', async () => {
    const page = await stack.newPage();
    await login(page, demoUser('admin'));
    await page.getByRole('heading', { level: 1, name: 'Verwaltung' }).waitFor();
    await stack.screenshot(page, 'admin-overview');
    await expectNoAxeViolations(page, 'Verwaltung');

    await openSection(page, 'Meldungen');
    const row = page.getByRole('row').filter({ hasText: TITLE });
    await row.getByText(COMMENT).waitFor();
    const cells = await row.getByRole('cell').allInnerTexts();
    expect(cells).toEqual(expect.arrayContaining(['Zulassungsstelle', expect.stringMatching(/^unvollständig/), 'Offen']));
    await expect(row.getByRole('button', { name: `Erledigen: ${TITLE}` }).isEnabled()).resolves.toBe(true);
    await stack.screenshot(page, 'admin-flags');
    await expectNoAxeViolations(page, 'Verwaltung: Meldungen');
  });

  stack.it('shows every step of the change and the flag in the audit log, with an intact chain', async () => {
    const page = await stack.newPage();
    await login(page, demoUser('admin'));
    await openSection(page, 'Protokoll');
    await page
      .getByTestId('audit-chain-status')
      .getByText(/^Kette intakt, \d+ Einträge geprüft$/)
      .waitFor();

    await page.getByLabel('Gegenstand (ID)').fill(articleId);
    await page.getByRole('button', { name: 'Filtern', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.toString().includes(articleId));
    const rows = page
      .getByRole('table')
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader') });
    const expected = [
      ['agent', 'Meldung erstellt'],
      ['pruefer', 'Freigegeben'],
      ['autorin', 'Zur Freigabe eingereicht'],
      ['autorin', 'Entwurf gespeichert'],
      ['autorin', 'Entwurf begonnen'],
    ];
    await eventually(async () => {
      const seen = await rows.evaluateAll((trs) => trs.map((tr) => [tr.children[2]?.textContent ?? '', tr.children[3]?.textContent ?? '']));
      expect(seen).toEqual(expected);
    });
    await stack.screenshot(page, 'admin-audit-filtered');
    await expectNoAxeViolations(page, 'Verwaltung: Protokoll');
  });

  // The lists share one table component (ui/data-table.tsx) whose scroller takes the focus;
  // before, eight lists scrolled sideways in a box the keyboard could not reach.
  stack.it('a wide list scrolls sideways on a narrow screen, and the keyboard reaches and scrolls it', async () => {
    const page = await stack.newPage();
    await page.setViewportSize({ width: 520, height: 900 });
    await login(page, demoUser('admin'));
    await openSection(page, 'Benutzer');
    // The table's scroller, inside the section of the same name.
    const scroller = page.locator('main div.table-wrap[role="region"][aria-label="Benutzer"]');
    await scroller.locator('tbody tr').first().waitFor();
    expect(await scroller.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);

    await tabTo(page, scroller);
    await page.keyboard.press('ArrowRight');

    await eventually(async () => expect(await scroller.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0));
  });

  stack.it('every administration section passes axe-core', async () => {
    const page = await stack.newPage();
    await login(page, demoUser('admin'));
    for (const section of ['Fachbereiche', 'Benutzer', 'Unterlagen', 'Synonyme', 'Aktualität', 'Suchanalyse']) {
      await openSection(page, section);
      await eventually(async () => expect(await page.locator('main .loading').count()).toBe(0));
      await stack.screenshot(page, `admin-${section}`);
      await expectNoAxeViolations(page, `Verwaltung: ${section}`);
    }
  });
});
