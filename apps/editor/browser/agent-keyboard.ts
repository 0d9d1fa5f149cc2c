// What an agent does mid-call, by keyboard only: type the citizen's words into the focused search
// box, arrow to the hit, Enter; Tab to "Melden", arrow to the reason, type the comment, send.
import type { Page } from 'playwright-core';
import { eventually, expectFocused, nextFrame, pressUntilFocused, tabTo } from './interaction';

/** The reasons of the flag dialog, as labelled in the UI. */
export type FlagReasonLabel = 'veraltet' | 'falsch' | 'unvollständig' | 'unklar';

/**
 * Types the query into the autofocused search box and waits for the answer to the whole query:
 * results appear while typing, and the list keeps the previous hits until the next ones arrive.
 * Use it on a freshly loaded page (a query cached in the app sends no request to wait for).
 * `outcome: 'no-answer'` waits for "Kein passender Artikel gefunden" instead of the hit count.
 */
export async function typeSearch(page: Page, query: string, outcome: 'hits' | 'no-answer' = 'hits'): Promise<void> {
  await expectFocused(page.getByRole('searchbox', { name: 'Anliegen suchen' }));
  const normalised = query.trim().replace(/\s+/g, ' ').toLowerCase();
  const answered = page.waitForResponse((response) => {
    const url = new URL(response.url());
    return url.pathname === '/api/v1/search' && url.searchParams.get('q') === normalised && response.ok();
  });
  await page.keyboard.type(query);
  await answered;
  await page
    .getByRole('status')
    .filter({ hasText: outcome === 'hits' ? /^\d+ Treffer$/ : 'Kein passender Artikel gefunden' })
    .waitFor();
  await nextFrame(page);
}

/** After a search without a confident answer: Tab to "Trotzdem Treffer anzeigen" and press Enter. */
export async function showCandidatesByKeyboard(page: Page): Promise<void> {
  const show = page.getByTestId('search-no-answer').getByRole('button', { name: /^Trotzdem Treffer anzeigen \(\d+\)$/ });
  await tabTo(page, show);
  await page.keyboard.press('Enter');
  await page.getByRole('list', { name: 'Suchergebnisse' }).waitFor();
}

/** Moves from the search box to the hit with this title by arrow keys and opens it with Enter. */
export async function openHitByKeyboard(page: Page, title: string): Promise<void> {
  const hit = page.getByRole('list', { name: 'Suchergebnisse' }).getByRole('link', { name: title, exact: true });
  await pressUntilFocused(page, 'ArrowDown', hit);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

/** Opens "Melden" on the answer card, picks the reason, comments and sends; waits for the thanks. */
export async function flagByKeyboard(
  page: Page,
  reason: FlagReasonLabel,
  comment: string,
  beforeSend?: () => Promise<void>,
): Promise<void> {
  const flagButton = page.getByRole('button', { name: 'Melden', exact: true });
  await tabTo(page, flagButton);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Artikel melden' });
  await dialog.waitFor();
  // No reason is preselected; the first one has the focus. Space checks it, arrow keys move and check.
  await expectFocused(dialog.getByRole('radio', { name: 'veraltet' }));
  await expect(dialog.getByRole('radio', { checked: true }).count()).resolves.toBe(0);
  if (reason === 'veraltet') await page.keyboard.press('Space');
  else await pressUntilFocused(page, 'ArrowDown', dialog.getByRole('radio', { name: reason }), 4);
  await expect(dialog.getByRole('radio', { name: reason }).isChecked()).resolves.toBe(true);
  await page.keyboard.press('Tab');
  await expectFocused(dialog.getByLabel('Kommentar'));
  await page.keyboard.type(comment);
  await beforeSend?.();
  await tabTo(page, dialog.getByRole('button', { name: 'Meldung senden' }));
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Danke, Ihre Meldung wurde gesendet.' }).waitFor();
  await eventually(async () => expect(await dialog.isVisible()).toBe(false));
  // Focus returns to the button that opened the dialog.
  await expectFocused(flagButton);
}
