// Issue 12, content gaps: what agents searched without an answer shows up grouped by its word for
// the BSC lead and the admin; "Artikel anlegen" starts a draft with the words as keywords,
// "Ignorieren" (confirmed in the app) takes a word off the list. Keyboard only, axe on each state.
import { expectNoAxeViolations } from './axe';
import { demoUser, login, seedDemo } from './demo-session';
import { eventually, expectFocused, tabTo } from './interaction';
import { useBrowserStack } from './harness';

jest.setTimeout(90_000);

describe('Content gaps (browser)', () => {
  const stack = useBrowserStack('content-gaps', seedDemo);

  stack.it('lists unanswered searches by word; the admin starts an article, the lead ignores a word', async () => {
    const agent = await stack.newPage();
    await login(agent, demoUser('agent'));
    for (const query of ['Angelschein beantragen', 'Jagdschein verlängern']) {
      await agent.goto('/');
      await expectFocused(agent.getByRole('searchbox', { name: 'Anliegen suchen' }));
      await agent.keyboard.type(query);
      // Enter settles the search: only settled searches count.
      const settled = agent.waitForResponse((r) => new URL(r.url()).searchParams.get('intent') === 'settled' && r.ok());
      await agent.keyboard.press('Enter');
      await settled;
    }
    await eventually(async () => {
      const [{ n }] = (await stack.t.db.query(`SELECT count(*)::int AS n FROM search_events`)) as { n: number }[];
      expect(n).toBeGreaterThanOrEqual(2);
    });

    const admin = await stack.newPage();
    await login(admin, demoUser('admin'), '/inhaltsluecken');
    await admin.getByRole('heading', { level: 1, name: 'Inhaltslücken' }).waitFor();
    const row = admin.getByRole('rowheader', { name: /^angelschein – 1 Suche/ });
    await row.waitFor();
    await expectNoAxeViolations(admin, 'Inhaltslücken');
    await stack.screenshot(admin, 'gaps');

    await tabTo(admin, admin.getByRole('button', { name: 'Artikel anlegen zu „angelschein“' }));
    await admin.keyboard.press('Enter');
    const dialog = admin.getByRole('dialog', { name: 'Neuen Artikel anlegen' });
    await dialog.waitFor();
    await dialog.getByText('Stichwörter des neuen Artikels: angelschein').waitFor();
    await expectFocused(dialog.getByLabel('Titel'));
    expect(await dialog.getByLabel('Titel').inputValue()).toBe('Angelschein');
    await expectNoAxeViolations(admin, 'Neuer Artikel aus einer Inhaltslücke');
    await admin.keyboard.press('Enter');
    await admin.waitForURL(/\/arbeitsbereich\/artikel\//);
    const id = new URL(admin.url()).pathname.split('/').pop();
    const [draft] = (await stack.t.db.query(`SELECT content->'keywords' AS keywords FROM article_drafts WHERE article_id = $1`, [id])) as {
      keywords: string[];
    }[];
    expect(draft.keywords).toContain('angelschein');

    const lead = await stack.newPage();
    await login(lead, demoUser('leitung'), '/inhaltsluecken');
    const jagd = lead.getByRole('rowheader', { name: /^jagdschein/ });
    await jagd.waitFor();
    // Leads cannot write articles: no "Artikel anlegen" for them.
    expect(await lead.getByRole('button', { name: /^Artikel anlegen/ }).count()).toBe(0);
    await tabTo(lead, lead.getByRole('button', { name: 'Ignorieren: „jagdschein“' }));
    await lead.keyboard.press('Enter');
    const confirm = lead.getByRole('dialog', { name: 'Wort ignorieren?' });
    await confirm.waitFor();
    await expectNoAxeViolations(lead, 'Wort ignorieren');
    await tabTo(lead, confirm.getByRole('button', { name: 'Ignorieren' }));
    await lead.keyboard.press('Enter');
    await lead.getByRole('status').filter({ hasText: '„jagdschein“ wird ignoriert.' }).waitFor();
    await eventually(async () => expect(await jagd.count()).toBe(0));
    await stack.screenshot(lead, 'ignored');
  });
});
