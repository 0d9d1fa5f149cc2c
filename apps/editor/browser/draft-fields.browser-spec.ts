// Issue 14, point 4: one invalid field does not block saving the others, its error is shown at
// the field, submit names what to fix, and input the server does not have yet survives a reload.
import type { Locator, Page } from 'playwright-core';
import { queryOne } from '../../api/src/database/typed-rows';
import { expectNoAxeViolations } from './axe';
import { articleIdByTitle, demoUser, login, seedDemo } from './demo-session';
import { useBrowserStack } from './harness';

jest.setTimeout(90_000);

const TITLE = 'Außerbetriebsetzung (Abmeldung) eines Fahrzeugs';
const FEES = 'Gebühr 13,10 Euro (Stand 2026).';

/** The texts that describe a control, read through aria-describedby. */
function describedBy(control: Locator): Promise<string> {
  return control.evaluate((element) => {
    const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
  });
}

async function expectFieldError(control: Locator, text: string): Promise<void> {
  await expect(control.getAttribute('aria-invalid')).resolves.toBe('true');
  await expect(describedBy(control)).resolves.toContain(text);
}

const savedStatus = (page: Page, status: string) => page.locator(`[data-testid="save-status"][data-status="${status}"]`);

describe('Draft fields: incomplete drafts save, errors at the field, nothing typed is lost (browser)', () => {
  const stack = useBrowserStack('draft-fields', seedDemo);

  const draftRow = (articleId: string) =>
    queryOne(
      stack.t.db,
      { fees: 'text?', leika: 'text?', links: 'int', revision: 'int' },
      `SELECT content->>'fees' AS fees, content->>'leikaKey' AS leika, jsonb_array_length(content->'links') AS links, revision
         FROM article_drafts WHERE article_id = $1`,
      [articleId],
    );

  async function openEditor(page: Page, articleId: string): Promise<void> {
    await login(page, demoUser('autorin'), `/arbeitsbereich/artikel/${articleId}`);
    const edit = page.getByRole('button', { name: 'Bearbeiten' });
    const leika = page.getByLabel('LeiKa-Schlüssel');
    await Promise.race([edit.waitFor(), leika.waitFor()]);
    if (await edit.isVisible()) await edit.click();
    await leika.waitFor();
  }

  stack.it('saves the rest while the LeiKa key and a link target are invalid, and submit names both fields', async () => {
    const articleId = await articleIdByTitle(stack.t, TITLE);
    const page = await stack.newPage();
    await openEditor(page, articleId);

    const leika = page.getByLabel('LeiKa-Schlüssel');
    await leika.fill('9905 001');
    await expectFieldError(leika, 'Der LeiKa-Schlüssel besteht aus 14 Ziffern.');
    await page.getByLabel('Gebühren', { exact: true }).fill(FEES);
    await savedStatus(page, 'saved').waitFor();
    await expect(draftRow(articleId)).resolves.toMatchObject({ fees: FEES, leika: '9905 001' });

    // A link target the API refuses is held back; everything else keeps saving.
    const linksBefore = (await draftRow(articleId)).links;
    await page.getByRole('button', { name: 'Link hinzufügen' }).click();
    const row = page.getByRole('group', { name: `Link ${linksBefore + 1}` });
    await row.getByLabel('Bezeichnung').fill('Antrag online');
    const url = row.getByLabel('Adresse');
    await url.fill('www.example.org/antrag');
    await expectFieldError(url, 'Nur https://-, http://-, mailto:- und tel:-Adressen sind erlaubt.');
    await page.getByLabel('Fristen', { exact: true }).fill('Keine.');
    await savedStatus(page, 'partial').waitFor();
    await expect(draftRow(articleId)).resolves.toMatchObject({ links: linksBefore });
    await stack.screenshot(page, 'field-errors');
    await expectNoAxeViolations(page, 'Editor mit Feldfehlern');

    await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Zur Prüfung einreichen' });
    await dialog.getByLabel('Änderungsnotiz').fill('Gebühr aktualisiert');
    await page.keyboard.press('Tab');
    await dialog.getByRole('button', { name: 'Zur Prüfung einreichen' }).press('Enter');
    const alert = dialog.getByRole('alert');
    await alert.getByText('LeiKa-Schlüssel: Der LeiKa-Schlüssel besteht aus 14 Ziffern.').waitFor();
    await alert.getByText(`Link ${linksBefore + 1}: Adresse:`, { exact: false }).waitFor();
    await stack.screenshot(page, 'submit-refused');
    await expectNoAxeViolations(page, 'Einreichen mit unvollständigem Entwurf');
    const state = await queryOne(stack.t.db, { state: 'text' }, `SELECT state FROM article_drafts WHERE article_id = $1`, [articleId]);
    expect(state.state).toBe('draft');
  });

  stack.it('keeps input the server never got in the browser and restores it after a reload', async () => {
    const articleId = await articleIdByTitle(stack.t, 'Umschreibung eines Gebrauchtfahrzeugs (Halterwechsel)');
    const page = await stack.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    await openEditor(page, articleId);
    const before = await draftRow(articleId);

    // The connection drops: every autosave fails while the author fills the form quickly.
    await page.route('**/api/v1/articles/*/draft', (route) => (route.request().method() === 'PUT' ? route.abort() : route.continue()));
    await page.getByLabel('Gebühren', { exact: true }).fill(FEES);
    await page.getByLabel('Fristen', { exact: true }).fill('Innerhalb von zwei Wochen nach dem Kauf.');
    await page.getByLabel('Kurzantwort', { exact: true }).fill('Neue Kurzantwort aus dem schnellen Ausfüllen.');
    await savedStatus(page, 'error').waitFor();
    await expect(draftRow(articleId)).resolves.toEqual(before);

    await page.unroute('**/api/v1/articles/*/draft');
    await page.reload();
    await page.getByText('Nicht gespeicherte Änderungen wiederhergestellt', { exact: false }).waitFor();
    await expect(page.getByLabel('Gebühren', { exact: true }).inputValue()).resolves.toBe(FEES);
    await expect(page.getByLabel('Kurzantwort', { exact: true }).inputValue()).resolves.toBe(
      'Neue Kurzantwort aus dem schnellen Ausfüllen.',
    );
    await savedStatus(page, 'saved').waitFor();
    await expect(draftRow(articleId)).resolves.toMatchObject({ fees: FEES, revision: before.revision + 1 });
    await stack.screenshot(page, 'restored-and-saved');
    await expectNoAxeViolations(page, 'Editor nach Wiederherstellung');

    // Acknowledged by the server: the browser forgets it, a further reload restores nothing.
    await page.reload();
    await page.getByLabel('Gebühren', { exact: true }).waitFor();
    await expect(page.getByText('Nicht gespeicherte Änderungen wiederhergestellt', { exact: false }).count()).resolves.toBe(0);
  });
});
