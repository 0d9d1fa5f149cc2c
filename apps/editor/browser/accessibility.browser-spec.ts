// Issue 14.9, the gaps an independent accessibility audit found, checked by keyboard: scrolling
// tables are reachable, Aktualität does not scroll sideways at 200 % zoom, in-app navigation
// moves the focus to the new page's h1 and announces it, the sticky editor bar never covers the
// focused field, invalid forms put the focus on the field in error, a failed login keeps the
// focus in the form with aria-invalid on the password.
import type { Locator, Page } from 'playwright-core';
import { expectNoAxeViolations } from './axe';
import { apiClientFor, articleIdByTitle, demoUser, login, seedDemo } from './demo-session';
import { saveDraftChange, submitDraft } from './draft-api';
import { expectFocused, focusedText, tabTo } from './interaction';
import { useBrowserStack } from './harness';

jest.setTimeout(90_000);

const ARTICLE = 'Umschreibung eines Gebrauchtfahrzeugs (Halterwechsel)';

async function expectInvalidAndFocused(field: Locator): Promise<void> {
  await expectFocused(field);
  await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
}

/** Follows a link by keyboard; the new page's h1 gets the focus and the shell announces it. */
async function followLink(page: Page, link: Locator, heading: string): Promise<void> {
  await tabTo(page, link, { maxPresses: 60 });
  await page.keyboard.press('Enter');
  await expectFocused(page.getByRole('heading', { level: 1, name: heading }));
  await page
    .getByTestId('page-announcement')
    .filter({ hasText: `Seite „${heading}“ geöffnet` })
    .waitFor();
  await expect(page.title()).resolves.toBe(`${heading} – BSC Wissen`);
}

describe('Accessibility gaps of the audit (browser)', () => {
  const stack = useBrowserStack('accessibility', async (t) => {
    await seedDemo(t);
    // Enough searches that the analytics tables have rows.
    await t.db.query(`INSERT INTO search_events (query, result_count, answered) VALUES ('auto ummelden', 4, true), ('wohngeld', 0, false)`);
  });

  stack.it('admin: tables scroll by keyboard, Aktualität fits 200 % zoom, navigation focuses and announces the page', async () => {
    const page = await stack.newPage();
    await login(page, demoUser('admin'));
    await page.getByRole('heading', { level: 1, name: 'Verwaltung' }).waitFor();
    await followLink(page, page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Freigaben' }), 'Freigaben');
    await page.goBack();
    await followLink(page, page.locator('main').getByRole('link', { name: 'Suchanalyse' }).first(), 'Suchanalyse');
    const analyticsRegions = page.locator('main [role="region"][tabindex="0"]');
    await analyticsRegions.first().waitFor();
    await tabTo(page, analyticsRegions.first());
    await expectNoAxeViolations(page, 'Suchanalyse');

    await page.goto('/verwaltung/aktualitaet');
    await page.getByRole('heading', { level: 1, name: 'Aktualität' }).waitFor();
    const regions = page.locator('main [role="region"][tabindex="0"]');
    // The tables render once the overview has loaded (the heading comes first): wait for them.
    await regions.nth(1).waitFor();
    await expect(regions.count()).resolves.toBeGreaterThanOrEqual(2);
    await tabTo(page, regions.first());
    await expectNoAxeViolations(page, 'Aktualität');

    // 200 % zoom of a 1366 px wide screen: the page is as wide as the window, not wider.
    await page.setViewportSize({ width: 683, height: 384 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await stack.screenshot(page, 'aktualitaet-200-prozent');
  });

  stack.it('author: the sticky bar never covers the focused field; new article and submit focus the field in error', async () => {
    const page = await stack.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await login(page, demoUser('autorin'));
    await page.getByRole('heading', { level: 1, name: 'Arbeitsbereich' }).waitFor();

    await tabTo(page, page.getByRole('button', { name: 'Neuer Artikel' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Neuen Artikel anlegen' });
    await tabTo(page, dialog.getByRole('button', { name: 'Anlegen' }));
    await page.keyboard.press('Enter');
    await expectInvalidAndFocused(dialog.getByLabel('Titel', { exact: true }));
    await expectNoAxeViolations(page, 'Neuer Artikel ohne Titel');
    await page.keyboard.press('Escape');

    const id = await articleIdByTitle(stack.t, ARTICLE);
    await page.goto(`/arbeitsbereich/artikel/${id}`);
    await tabTo(page, page.getByRole('button', { name: 'Bearbeiten', exact: true }));
    await page.keyboard.press('Enter');
    const bar = page.getByRole('group', { name: 'Aktionen zum Artikel' });
    await bar.waitFor();
    // From the last field upwards to the keywords: every focused field lies below the sticky bar.
    await tabTo(page, page.getByLabel('Rechtsgrundlage', { exact: true }), { maxPresses: 120 });
    const keywords = page.getByRole('textbox', { name: 'Suchbegriffe', exact: true });
    for (let presses = 0; presses < 120 && !(await keywords.evaluate((el) => el === document.activeElement)); presses += 1) {
      await page.keyboard.press('Shift+Tab');
      const covered = await page.evaluate(() => {
        const active = document.activeElement;
        const stickyBar = document.querySelector('.editor-bar');
        if (!active || !stickyBar || stickyBar.contains(active) || !document.querySelector('main')?.contains(active)) return false;
        const barBottom = stickyBar.getBoundingClientRect().bottom;
        const rect = active.getBoundingClientRect();
        return rect.height > 0 && rect.top < barBottom - 1 && rect.bottom > 0;
      });
      if (covered) throw new Error(`the sticky bar covers ${await focusedText(page)}`);
    }
    await expectFocused(keywords);
    await stack.screenshot(page, 'editor-keywords-below-bar');

    await tabTo(page, bar.getByRole('button', { name: 'Zur Prüfung einreichen' }), { backwards: true, maxPresses: 40 });
    await page.keyboard.press('Enter');
    const submit = page.getByRole('dialog', { name: 'Zur Prüfung einreichen' });
    await tabTo(page, submit.getByRole('button', { name: 'Zur Prüfung einreichen' }));
    await page.keyboard.press('Enter');
    await expectInvalidAndFocused(submit.getByLabel('Änderungsnotiz'));
    await expectNoAxeViolations(page, 'Einreichen ohne Änderungsnotiz');
  });

  stack.it('reviewer and admin: reject and new document focus the field in error', async () => {
    const author = await apiClientFor(stack.t, demoUser('autorin'));
    const id = await articleIdByTitle(stack.t, ARTICLE);
    await saveDraftChange(author, id, { processingTime: 'Am Schalter sofort.' });
    await submitDraft(author, id, 'Bearbeitungsdauer gekürzt');

    const reviewer = await stack.newPage();
    await login(reviewer, demoUser('pruefer'), `/freigaben/${id}`);
    await tabTo(reviewer, reviewer.getByRole('button', { name: 'Ablehnen', exact: true }), { maxPresses: 80 });
    await reviewer.keyboard.press('Enter');
    await expectInvalidAndFocused(reviewer.getByLabel('Kommentar für die Autorin oder den Autor'));
    await expectNoAxeViolations(reviewer, 'Ablehnen ohne Kommentar');

    const admin = await stack.newPage();
    await login(admin, demoUser('admin'), '/verwaltung/unterlagen');
    await tabTo(admin, admin.getByRole('button', { name: 'Neue Unterlage' }));
    await admin.keyboard.press('Enter');
    const dialog = admin.getByRole('dialog', { name: 'Unterlage anlegen' });
    await tabTo(admin, dialog.getByRole('button', { name: 'Anlegen' }));
    await admin.keyboard.press('Enter');
    await expectInvalidAndFocused(dialog.getByLabel('Bezeichnung'));
    await expectNoAxeViolations(admin, 'Neue Unterlage ohne Bezeichnung');
  });

  stack.it('a failed login keeps the focus in the form and marks the password invalid', async () => {
    const page = await stack.newPage();
    await page.goto('/anmeldung');
    await expectFocused(page.getByLabel('Benutzerkennung'));
    await expect(page.title()).resolves.toBe('Anmeldung – BSC Wissen');
    await page.keyboard.type('agent');
    await page.keyboard.press('Tab');
    await page.keyboard.type('falsches-Passwort');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Benutzername oder Passwort ist falsch.' }).waitFor();
    const password = page.getByLabel('Passwort', { exact: true });
    await expectInvalidAndFocused(password);
    await expect(password.inputValue()).resolves.toBe('');
    await expect(page.getByLabel('Benutzerkennung').inputValue()).resolves.toBe('agent');
    await stack.screenshot(page, 'login-failed');
    await expectNoAxeViolations(page, 'Anmeldung fehlgeschlagen');

    // The corrected password logs in from there.
    await page.keyboard.type(demoUser('agent').password);
    await page.keyboard.press('Enter');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
  });
});
