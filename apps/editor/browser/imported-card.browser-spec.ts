// Issue 14, imported data never claims what it doesn't know: a DLDB service without documents,
// fees and opening hours shows "nicht hinterlegt" on the agent's card and on the print sheet,
// never "Keine Unterlagen erforderlich" or "jetzt geschlossen"; all its offices are listed, the
// first marked; the description's one paragraph shows once, as the short answer; freshness reads "laut Quelle aktualisiert am …", not "geprüft am <import day>".
import type { Page } from 'playwright-core';
import { DldbImportService } from '../../api/src/import/dldb-import.service';
import {
  INCOMPLETE_SERVICE_OFFICES,
  INCOMPLETE_SERVICE_REF,
  INCOMPLETE_SERVICE_SHORT_ANSWER,
  INCOMPLETE_SERVICE_TITLE,
  incompleteLocationsExport,
  incompleteServicesExport,
} from '../../api/testing/incomplete-dldb-export';
import { createUser, type TestUser } from '../../api/testing/factories';
import type { TestApp } from '../../api/testing/test-app';
import { expectNoAxeViolations } from './axe';
import { login } from './demo-session';
import { useBrowserStack } from './harness';

jest.setTimeout(60_000);

async function importIncomplete(t: TestApp): Promise<void> {
  await t.app
    .get(DldbImportService)
    .run({ services: incompleteServicesExport(), locations: incompleteLocationsExport() }, { publish: true });
  await t.drainOutbox();
}

describe('Imported card with missing fields (browser)', () => {
  const stack = useBrowserStack('imported-card', importIncomplete);
  let agent: TestUser;
  let articleId = '';

  beforeAll(async () => {
    agent = await createUser(stack.t, ['agent']);
    const [row] = (await stack.t.db.query(`SELECT id FROM articles WHERE external_ref = $1`, [INCOMPLETE_SERVICE_REF])) as { id: string }[];
    articleId = row.id;
  });

  async function openCard(): Promise<Page> {
    const page = await stack.newPage();
    await login(page, agent, `/artikel/${articleId}`);
    await page.getByRole('heading', { level: 1, name: INCOMPLETE_SERVICE_TITLE }).waitFor();
    return page;
  }

  stack.it('card: documents and fees "nicht hinterlegt", no open/closed claim, all offices, the source date', async () => {
    const page = await openCard();
    const main = page.locator('.answer__main');
    await expect(main.getByRole('region', { name: 'Mitzubringende Unterlagen' }).innerText()).resolves.toContain('nicht hinterlegt');
    await expect(main.locator('[data-field="fees"] dd').innerText()).resolves.toBe('nicht hinterlegt');
    const card = await page.locator('article.answer > .no-print').innerText();
    expect(card).not.toContain('Keine Unterlagen erforderlich');
    expect(card).not.toMatch(/geschlossen|geöffnet/);
    expect(card).not.toMatch(/geprüft am/);
    expect(card).toContain('laut Quelle aktualisiert am 02.03.2026');
    expect(card).toContain('Öffnungszeiten: nicht hinterlegt.');
    // The catalogue's description is one paragraph, the short answer that paragraph: it shows once.
    expect(card.split(INCOMPLETE_SERVICE_SHORT_ANSWER)).toHaveLength(2);
    expect(card).not.toContain('Weitere Informationen');

    const offices = page.getByRole('region', { name: 'Alle 3 zuständigen Standorte' }).getByRole('listitem');
    await expect(offices.count()).resolves.toBe(3);
    const names = await offices.locator('.locations__name').allTextContents();
    expect(names).toEqual(INCOMPLETE_SERVICE_OFFICES);
    await expect(offices.first().innerText()).resolves.toContain('oben angezeigt');

    await page.setViewportSize({ width: 1366, height: 768 });
    await stack.screenshot(page, 'imported-card-1366');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await stack.screenshot(page, 'imported-card-1920');
    await expectNoAxeViolations(page, 'Antwortkarte eines importierten Artikels');
  });

  stack.it('print sheet: "nicht hinterlegt" for documents and fees, nothing about being closed, every office', async () => {
    const page = await openCard();
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.print-sheet');
    await sheet.waitFor();
    const text = await sheet.innerText();
    expect(text).toContain('Unterlagen: nicht hinterlegt');
    expect(text).toMatch(/Gebühren:\s*nicht hinterlegt/);
    expect(text).not.toContain('Keine Unterlagen erforderlich');
    expect(text).not.toMatch(/geschlossen/);
    // The first office is the one the sheet names in full; the others follow, in the catalogue's order.
    const others = await sheet.getByTestId('print-other-offices').getByRole('listitem').allInnerTexts();
    expect(others.map((line) => line.split(' · ')[0])).toEqual(INCOMPLETE_SERVICE_OFFICES.slice(1));
    expect(text).toContain('Ebenfalls zuständig (2 Standorte)');
    await stack.screenshot(page, 'imported-print');
  });

  stack.it('editor: an author states "Keine Gebühren" explicitly; left unticked the fee stays "nicht hinterlegt"', async () => {
    const [row] = (await stack.t.db.query(`SELECT department_id FROM articles WHERE id = $1`, [articleId])) as { department_id: string }[];
    const author = await createUser(stack.t, ['author'], [row.department_id]);
    const page = await stack.newPage();
    await login(page, author, `/arbeitsbereich/artikel/${articleId}`);
    await page.getByRole('button', { name: 'Bearbeiten' }).click();
    await page.getByTestId('save-status').waitFor();
    const noFees = page.getByRole('checkbox', { name: 'Keine Gebühren' });
    const noDocuments = page.getByRole('checkbox', { name: 'Keine Unterlagen erforderlich' });
    await expect(noFees.isChecked()).resolves.toBe(false);
    await expect(noDocuments.isChecked()).resolves.toBe(false);

    await noFees.check();
    await page.locator('[data-testid="save-status"][data-status="saved"]').waitFor();
    const [draft] = (await stack.t.db.query(`SELECT content->'statedNone' AS "statedNone" FROM article_drafts WHERE article_id = $1`, [
      articleId,
    ])) as { statedNone: string[] | null }[];
    expect(draft.statedNone).toEqual(['fees']);
    // A fee typed in makes "none" meaningless: the box is disabled, the text wins.
    await page.getByLabel('Gebühren', { exact: true }).fill('10 Euro');
    await expect(noFees.isDisabled()).resolves.toBe(true);
    await stack.screenshot(page, 'editor-stated-none');
    await expectNoAxeViolations(page, 'Editor mit „keine“-Angaben');
  });
});
