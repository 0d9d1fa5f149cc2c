// Issue 13, first contact by keyboard only: the agent searches, opens an answer, presses 1
// (Erledigt) and starts the next concern with Enter on "Neues Anliegen"; forwards the second
// concern with 2, Enter; the BSC lead's dashboard shows 50 % settled for today. axe on every page.
import { officeDate } from '@bsc/domain';
import { openHitByKeyboard, typeSearch } from './agent-keyboard';
import { expectNoAxeViolations } from './axe';
import { demoUser, login, seedDemo } from './demo-session';
import { eventually, expectFocused, tabTo } from './interaction';
import { useBrowserStack } from './harness';

jest.setTimeout(90_000);

const FIRST = 'Umschreibung eines Gebrauchtfahrzeugs (Halterwechsel)';
const SECOND = 'Führerschein verloren oder gestohlen – Ersatzführerschein';

describe('First contact: outcome in one keystroke, dashboard (browser)', () => {
  const stack = useBrowserStack('first-contact', seedDemo);

  stack.it('records two outcomes by keyboard and the lead sees 50 % settled', async () => {
    const page = await stack.newPage();
    await login(page, demoUser('agent'));
    const searchBox = page.getByRole('searchbox', { name: 'Anliegen suchen' });

    await typeSearch(page, 'Auto ummelden');
    await openHitByKeyboard(page, FIRST);
    const bar = page.getByRole('region', { name: 'Ergebnis des Kontakts' });
    await bar.getByText(FIRST).waitFor();
    await expectNoAxeViolations(page, 'Antwortkarte mit Ergebnisleiste');
    await page.keyboard.press('1');
    await bar.getByRole('status').filter({ hasText: 'Erfasst: Erledigt (Telefon).' }).waitFor();
    await expectFocused(page.getByRole('button', { name: 'Neues Anliegen' }));
    await stack.screenshot(page, 'settled');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/' && url.search === '');
    await expectFocused(searchBox);
    expect(await searchBox.inputValue()).toBe('');
    await expect(bar.getByText('Noch kein Artikel geöffnet.').isVisible()).resolves.toBe(true);

    await typeSearch(page, 'Führerschein verloren');
    await openHitByKeyboard(page, SECOND);
    await page.keyboard.press('2');
    const department = bar.getByLabel('Weiterleiten an Fachbereich');
    await expectFocused(department);
    await eventually(async () => expect(await department.locator('option:checked').textContent()).toBe('Führerscheinstelle'));
    await stack.screenshot(page, 'forward-department');
    await expectNoAxeViolations(page, 'Weiterleiten an Fachbereich');
    await page.keyboard.press('Enter');
    await bar.getByRole('status').filter({ hasText: 'Erfasst: Weitergeleitet (Telefon).' }).waitFor();

    const lead = await stack.newPage();
    const today = officeDate(new Date());
    await login(lead, demoUser('leitung'), `/erstkontakt?von=${today}&bis=${today}`);
    await lead.getByRole('heading', { level: 1, name: 'Erstkontakt' }).waitFor();
    await eventually(async () => expect((await lead.getByTestId('contact-rate').textContent())?.replace(/\s/g, ' ')).toBe('50 %'));
    await stack.screenshot(lead, 'dashboard-today');
    await expectNoAxeViolations(lead, 'Dashboard Erstkontakt');
    // The default range shows the demo weeks: a trend, candidates and contradictions.
    await lead.goto('/erstkontakt');
    await lead.getByRole('heading', { level: 2, name: 'Widersprüche' }).waitFor();
    await eventually(async () => expect(await lead.getByRole('table', { name: 'Widersprüche' }).getByRole('row').count()).toBe(3));
    await stack.screenshot(lead, 'dashboard-weeks');
    await expectNoAxeViolations(lead, 'Dashboard Erstkontakt, zwölf Wochen');
  });

  stack.it('lets the admin keep the authorities, and the agent refers a citizen with 5', async () => {
    const admin = await stack.newPage();
    await login(admin, demoUser('admin'), '/verwaltung/behoerden');
    await admin.getByRole('heading', { level: 1, name: 'Behörden für Verweise' }).waitFor();
    await tabTo(admin, admin.getByLabel('Name der Behörde'));
    await admin.keyboard.type('Landratsamt Nachbarkreis');
    await admin.keyboard.press('Enter');
    await admin.getByRole('rowheader', { name: 'Landratsamt Nachbarkreis' }).waitFor();
    await expectNoAxeViolations(admin, 'Behörden');

    const page = await stack.newPage();
    await login(page, demoUser('agent'));
    // No article needed: a quick "not us" question from the search page.
    await page.keyboard.press('Tab');
    await page.keyboard.press('5');
    const authority = page.getByLabel('Verweisen an Behörde');
    await expectFocused(authority);
    await eventually(async () => expect(await authority.locator('option').allTextContents()).toContain('Landratsamt Nachbarkreis'));
    await authority.press('L');
    await eventually(async () => expect(await authority.locator('option:checked').textContent()).toBe('Landratsamt Nachbarkreis'));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Erfasst: Verwiesen (Telefon).' }).waitFor();
    await expectNoAxeViolations(page, 'Suche mit erfasstem Verweis');
    const [row] = (await stack.t.db.query(
      `SELECT a.name FROM contacts c JOIN authorities a ON a.id = c.authority_id WHERE c.outcome = 'referred' ORDER BY c.recorded_at DESC LIMIT 1`,
    )) as { name: string }[];
    expect(row.name).toBe('Landratsamt Nachbarkreis');
  });
});
