// Issue 14.8, admin screens and error pages: what a page says when something cannot be shown,
// and what administrators need to find their way (audit log, catalogue, synonyms, workspace).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { searchConfigDir } from '../../api/src/search/search-config';
import { expectNoAxeViolations } from './axe';
import { apiClientFor, articleIdByTitle, demoUser, login, seedDemo } from './demo-session';
import { saveDraftChange, submitDraft } from './draft-api';
import { useBrowserStack } from './harness';
import { eventually } from './interaction';

jest.setTimeout(60_000);

const PAYMENT = 'Welche Zahlungsarten akzeptiert die Zulassungsstelle?';
const CHANGE_NOTE = 'Bearbeitungsdauer ergänzt.';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** The text a user sees in the main area (closed <details> content is not rendered, so not included). */
function visibleMainText(page: Page): Promise<string> {
  return page.locator('main').innerText();
}

describe('Admin screens and error pages (browser)', () => {
  const stack = useBrowserStack('admin-screens', seedDemo);

  stack.it('an unknown or mistyped article link says "Artikel nicht gefunden", offers no retry and shows no UUID', async () => {
    const page = await stack.newPage();
    await login(page, demoUser('agent'));
    for (const target of ['/artikel/kein-artikel', '/artikel/00000000-0000-4000-8000-000000000000']) {
      await page.goto(target);
      await page.getByRole('heading', { level: 1, name: 'Artikel nicht gefunden' }).waitFor();
      const text = await visibleMainText(page);
      expect(text).not.toContain('Die Eingabe ist ungültig');
      expect(text).not.toMatch(UUID);
      await expect(page.getByRole('button', { name: 'Erneut versuchen' }).count()).resolves.toBe(0);
    }
    await stack.screenshot(page, 'article-not-found');
    await expectNoAxeViolations(page, 'Artikel nicht gefunden');

    // Support still gets the code and the correlation id, one click away.
    await page.getByText('Technische Details').click();
    await page.getByText('ARTICLE_NOT_FOUND').waitFor();
    expect(await visibleMainText(page)).toMatch(UUID);

    const author = await stack.newPage();
    await login(author, demoUser('autorin'));
    await author.goto('/arbeitsbereich/artikel/00000000-0000-4000-8000-000000000000');
    await author.getByRole('heading', { level: 1, name: 'Artikel nicht gefunden' }).waitFor();
    expect(await visibleMainText(author)).not.toMatch(UUID);
  });

  async function openSection(page: Page, name: string): Promise<void> {
    await page.getByRole('navigation', { name: 'Verwaltungsbereiche' }).getByRole('link', { name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  }

  stack.it('the audit log filters by German action name and article title and labels the details', async () => {
    const articleId = await articleIdByTitle(stack.t, PAYMENT);
    const author = await apiClientFor(stack.t, demoUser('autorin'));
    await saveDraftChange(author, articleId, { processingTime: 'Sofort am Schalter.' });
    await submitDraft(author, articleId, CHANGE_NOTE);

    const page = await stack.newPage();
    await login(page, demoUser('admin'));
    await openSection(page, 'Protokoll');
    await page.getByLabel('Artikeltitel enthält').fill('zahlungsarten');
    await page.getByLabel('Aktion', { exact: true }).selectOption({ label: 'Zur Freigabe eingereicht' });
    await page.getByRole('button', { name: 'Filtern', exact: true }).click();
    await page.waitForURL(
      (url) => url.searchParams.get('titel') === 'zahlungsarten' && url.searchParams.get('aktion') === 'article.submitted',
    );

    const rows = page
      .getByRole('table')
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader') });
    await eventually(async () => {
      const seen = await rows.evaluateAll((trs) =>
        trs.map((tr) => [3, 4, 5].map((cell) => (tr.children[cell] as HTMLElement | undefined)?.innerText.trim() ?? '')),
      );
      expect(seen).toEqual([['Zur Freigabe eingereicht', `Artikel ${PAYMENT}`, `Änderungsnotiz: ${CHANGE_NOTE}`]]);
    });
    await stack.screenshot(page, 'audit-filtered-by-title-and-action');
    await expectNoAxeViolations(page, 'Protokoll gefiltert');
  });

  stack.it('a document that cannot be deleted names the articles that use it', async () => {
    const page = await stack.newPage();
    await login(page, demoUser('admin'));
    await openSection(page, 'Unterlagen');
    await page.getByRole('button', { name: 'Löschen: Diebstahlsanzeige der Polizei' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Löschen', exact: true }).click();
    await dialog
      .getByRole('alert')
      .getByText(/wird noch in 2 Artikeln verwendet/)
      .waitFor();
    const articles = dialog.getByRole('list', { name: 'Artikel, die die Unterlage verwenden' }).getByRole('listitem');
    await expect(articles.allInnerTexts()).resolves.toEqual([
      'Führerschein verloren oder gestohlen – Ersatzführerschein',
      'Zulassungsbescheinigung verloren – Ersatz für Fahrzeugschein oder Fahrzeugbrief',
    ]);
    await stack.screenshot(page, 'document-in-use');
    await expectNoAxeViolations(page, 'Unterlage in Verwendung');
  });

  stack.it('the synonym page lists the built-in thesaurus read-only, with its count', async () => {
    const file: { entries: unknown[] } = JSON.parse(readFileSync(join(searchConfigDir(), 'synonyms.json'), 'utf8'));
    const page = await stack.newPage();
    await login(page, demoUser('admin'));
    await openSection(page, 'Synonyme');
    await page.getByText('Noch keine eigenen Synonyme angelegt.').waitFor();
    const builtIn = page.getByRole('region', { name: 'Eingebauter Thesaurus' });
    await page.getByText(`${file.entries.length} Einträge (schreibgeschützt)`).waitFor();
    await expect(builtIn.getByRole('row').count()).resolves.toBe(file.entries.length + 1);
    await expect(builtIn.getByRole('button').count()).resolves.toBe(0);
    await expectNoAxeViolations(page, 'Synonyme mit Thesaurus');

    await page.getByLabel('Synonyme filtern').fill('müll');
    await builtIn.getByRole('rowheader', { name: 'abfall, müll', exact: true }).waitFor();
    await page.getByText(new RegExp(`^\\d+ von ${file.entries.length} Einträgen passen zum Filter$`)).waitFor();
    await stack.screenshot(page, 'synonyms-built-in');
  });
});
