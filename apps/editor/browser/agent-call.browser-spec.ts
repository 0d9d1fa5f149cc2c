// Issue 14.6, the agent view during a real call, keyboard only: every page has its own <title>;
// at 1366×768 the answer card shows short answer, documents, phone and opening hours without
// scrolling; Esc returns to the results, "/" and Strg+K reach the search from any page; the result
// list never repeats the short answer; more than 20 hits are reachable ("Weitere Treffer").
import { localDayAndTime, OFFICE_TIME_ZONE, WEEKDAY_SHORT_DE } from '@bsc/domain';
import type { Locator, Page } from 'playwright-core';
import { createCast, publishArticle } from '../../api/testing/factories';
import type { TestApp } from '../../api/testing/test-app';
import { openHitByKeyboard, typeSearch } from './agent-keyboard';
import { expectNoAxeViolations } from './axe';
import { demoUser, login, seedDemo } from './demo-session';
import { eventually, expectFocused, pressUntilFocused, tabTo } from './interaction';
import { useBrowserStack } from './harness';

jest.setTimeout(90_000);

const ARTICLE = 'Umschreibung eines Gebrauchtfahrzeugs (Halterwechsel)';
const QUERY = 'Auto ummelden';
const BULKY_WASTE = 'Sperrmüllabholung';
const BULKY_WASTE_ARTICLES = 24;

// The demo plus more articles about one concern than the first result page holds.
async function arrange(t: TestApp): Promise<void> {
  await seedDemo(t);
  const cast = await createCast(t);
  for (let n = 1; n <= BULKY_WASTE_ARTICLES; n += 1) {
    await publishArticle(cast, {
      title: `${BULKY_WASTE} im Ortsteil ${n}`,
      shortAnswer: `Die ${BULKY_WASTE} im Ortsteil ${n} melden Bürger beim Abfallwirtschaftsbetrieb an.`,
    });
  }
  await t.drainOutbox();
}

/** Whether the element lies completely inside the viewport of the unscrolled page. */
async function expectVisibleWithoutScrolling(page: Page, target: Locator, what: string): Promise<void> {
  const viewport = page.viewportSize();
  const box = await target.boundingBox();
  const scrolled = await page.evaluate(() => window.scrollY);
  if (!viewport || !box) throw new Error(`${what}: not rendered`);
  expect({ what, scrolled, bottomInside: box.y + box.height <= viewport.height }).toEqual({ what, scrolled: 0, bottomInside: true });
}

describe('Agent view for a real call (browser)', () => {
  const stack = useBrowserStack('agent-call', arrange);

  stack.it('shows the card at 1366×768 at a glance; Esc, "/" and Strg+K lead back to the search', async () => {
    const page = await stack.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await login(page, demoUser('agent'));
    await eventually(async () => expect(await page.title()).toBe('Suche – BSC Wissen'));
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('de');

    await typeSearch(page, QUERY);
    const results = page.getByRole('list', { name: 'Suchergebnisse' });
    // No hit shows its short answer twice (once as the short answer, once as the snippet).
    const repeated = await results.locator('li.result').evaluateAll((items) =>
      items.flatMap((item) => {
        const short = item.querySelector('.result__short')?.textContent ?? '';
        const snippet = (item.querySelector('.result__snippet')?.textContent ?? '').replace(/^…|…$/g, '');
        return snippet && short.includes(snippet) ? [short] : [];
      }),
    );
    expect(repeated).toEqual([]);
    // The highlights of the query stay visible.
    expect(await results.locator('mark').count()).toBeGreaterThan(0);

    await openHitByKeyboard(page, ARTICLE);
    const heading = page.getByRole('heading', { level: 1, name: ARTICLE });
    await expectFocused(heading);
    await page
      .getByTestId('page-announcement')
      .filter({ hasText: `Seite „${ARTICLE}“ geöffnet` })
      .waitFor();
    await eventually(async () => expect(await page.title()).toBe(`${ARTICLE} – BSC Wissen`));

    const card = page.locator('article.answer');
    await expectVisibleWithoutScrolling(page, card.locator('.answer__short'), 'Kurzantwort');
    await expectVisibleWithoutScrolling(page, card.getByRole('list', { name: 'Checkliste der Unterlagen' }), 'Unterlagen');
    await expectVisibleWithoutScrolling(page, card.getByRole('link', { name: /^0/ }).first(), 'Telefon');
    await expectVisibleWithoutScrolling(page, card.locator('.contact .hours'), 'Öffnungszeiten');
    // Today's hours on their own line, for the office's weekday (Europe/Berlin, like the card).
    const today = WEEKDAY_SHORT_DE[localDayAndTime(new Date(), OFFICE_TIME_ZONE).day];
    await expectVisibleWithoutScrolling(page, card.getByTestId('today-hours'), 'Heute');
    await expect(card.getByTestId('today-hours').innerText()).resolves.toMatch(
      new RegExp(`^Heute \\(${today}\\): (geschlossen|\\d\\d:\\d\\d–\\d\\d:\\d\\d(, \\d\\d:\\d\\d–\\d\\d:\\d\\d)*)$`),
    );
    await stack.screenshot(page, 'answer-card-1366x768', { viewportOnly: true });
    await expectNoAxeViolations(page, 'Antwortkarte 1366×768');

    // Esc: back to the results of the same search, the box focused.
    await page.keyboard.press('Escape');
    const searchBox = page.getByRole('searchbox', { name: 'Anliegen suchen' });
    await expectFocused(searchBox);
    await expect(searchBox.inputValue()).resolves.toBe(QUERY);
    await eventually(async () => expect(await page.title()).toBe('Suche – BSC Wissen'));
    await results.getByRole('link', { name: ARTICLE, exact: true }).waitFor();

    // "/" on the answer card: the search with the query selected, so typing starts the next concern.
    await openHitByKeyboard(page, ARTICLE);
    await expectFocused(heading);
    await page.keyboard.press('/');
    await expectFocused(searchBox);
    const selection = () =>
      searchBox.evaluate((input: HTMLInputElement) => input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0));
    await expect(selection()).resolves.toBe(QUERY);

    // Strg+K from another page (the notifications, reached by keyboard).
    await tabTo(page, page.getByRole('link', { name: /^Benachrichtigungen/ }));
    await page.keyboard.press('Enter');
    await expectFocused(page.getByRole('heading', { level: 1, name: 'Benachrichtigungen' }));
    await eventually(async () => expect(await page.title()).toBe('Benachrichtigungen – BSC Wissen'));
    await page.keyboard.press('Control+k');
    await expectFocused(searchBox);
    await expect(selection()).resolves.toBe(QUERY);

    await page.setViewportSize({ width: 1920, height: 1080 });
    await pressUntilFocused(page, 'ArrowDown', results.getByRole('link', { name: ARTICLE, exact: true }));
    await page.keyboard.press('Enter');
    await expectFocused(heading);
    await expectVisibleWithoutScrolling(page, card.locator('.contact .hours'), 'Öffnungszeiten 1920×1080');
    await stack.screenshot(page, 'answer-card-1920x1080', { viewportOnly: true });
  });

  stack.it('reaches more than 20 hits with "Weitere Treffer"', async () => {
    const page = await stack.newPage();
    await login(page, demoUser('agent'));
    await typeSearch(page, BULKY_WASTE);
    const results = page.getByRole('list', { name: 'Suchergebnisse' });
    const titles = () => results.getByRole('link').allTextContents();
    await expect(titles()).resolves.toHaveLength(20);
    const shown = page.getByText(/^20 von \d+ Treffern angezeigt$/);
    await shown.waitFor();
    // The bulky-waste articles and the demo articles that share a compound part with the word
    // ("…abholung"): weaker, so they come after every bulky-waste article.
    const total = Number(/von (\d+)/.exec(await shown.innerText())?.[1]);
    expect(total).toBeGreaterThanOrEqual(BULKY_WASTE_ARTICLES);
    expect(total).toBeLessThanOrEqual(40);

    const more = page.getByRole('button', { name: 'Weitere Treffer' });
    await tabTo(page, more);
    await stack.screenshot(page, 'more-hits-button');
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await titles()).toHaveLength(total));
    // The keyboard continues at the first new hit; every article is listed once, bulky waste first.
    await expectFocused(results.getByRole('link').nth(20));
    const all = await titles();
    expect(new Set(all).size).toBe(total);
    for (let n = 1; n <= BULKY_WASTE_ARTICLES; n += 1)
      expect(all.slice(0, BULKY_WASTE_ARTICLES)).toContain(`${BULKY_WASTE} im Ortsteil ${n}`);
    await expect(more.count()).resolves.toBe(0);
    await stack.screenshot(page, 'more-hits-loaded');
    await expectNoAxeViolations(page, 'Suche mit allen Treffern');
  });
});
