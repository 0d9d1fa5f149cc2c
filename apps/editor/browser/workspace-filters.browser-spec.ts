// Issue 14.8: the author's article list filters by title text and by department (besides the
// status), kept in the URL; keyboard only, axe on the filtered list.
import { expectNoAxeViolations } from './axe';
import { demoUser, login, seedDemo } from './demo-session';
import { eventually, tabTo } from './interaction';
import { useBrowserStack } from './harness';

jest.setTimeout(90_000);

describe('Workspace list filters (browser)', () => {
  const stack = useBrowserStack('workspace-filters', seedDemo);

  stack.it('narrows the list by title text and department, and keeps the filters in the URL', async () => {
    const page = await stack.newPage();
    await login(page, demoUser('autorin'), '/arbeitsbereich');
    const table = page.getByRole('table', { name: 'Artikel', exact: true });
    await table.waitFor();
    const titles = async () => table.getByRole('rowheader').allTextContents();
    const rows = async () => table.locator('tbody tr').count();
    const all = await rows();
    expect(all).toBeGreaterThan(3);

    await tabTo(page, page.getByLabel('Titel filtern'));
    await page.keyboard.type('Führerschein');
    await eventually(async () => expect(new URL(page.url()).searchParams.get('suche')).toBe('Führerschein'));
    await eventually(async () => {
      const count = await rows();
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThan(all);
    });
    for (const title of await titles()) expect(title).toMatch(/Führerschein/i);
    await expectNoAxeViolations(page, 'Arbeitsbereich, nach Titel gefiltert');

    await page.getByLabel('Titel filtern').fill('');
    await eventually(async () => expect(await rows()).toBe(all));
    await tabTo(page, page.getByLabel('Fachbereich'));
    await page.getByLabel('Fachbereich').selectOption({ label: 'Zulassungsstelle' });
    await eventually(async () => expect(new URL(page.url()).searchParams.get('fachbereich')).not.toBeNull());
    await eventually(async () => {
      const departments = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ''));
      expect(departments.length).toBeGreaterThan(0);
      expect(departments.length).toBeLessThan(all);
      for (const row of departments) expect(row).toContain('Zulassungsstelle');
    });
    await stack.screenshot(page, 'department');
    await page.reload();
    await eventually(async () => expect(await page.getByLabel('Fachbereich').inputValue()).not.toBe(''));
  });
});
