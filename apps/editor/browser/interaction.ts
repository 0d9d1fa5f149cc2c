// Waiting and keyboard helpers: tests wait for UI state, never for fixed times.
import type { Locator, Page } from 'playwright-core';

/** Options of eventually(). */
export interface EventuallyOptions {
  timeoutMs?: number;
  intervalMs?: number;
}

/** Retries an assertion until it passes; after the timeout its last failure is thrown. */
export async function eventually(
  assertion: () => Promise<void> | void,
  { timeoutMs = 10_000, intervalMs = 50 }: EventuallyOptions = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Whether the element is the document's active element (false while it does not exist). */
export async function isFocused(target: Locator): Promise<boolean> {
  if ((await target.count()) !== 1) return false;
  return target.evaluate((element) => element === document.activeElement);
}

/** Waits until the element holds the keyboard focus. */
export async function expectFocused(target: Locator, timeoutMs = 5_000): Promise<void> {
  await eventually(async () => expect(await isFocused(target)).toBe(true), { timeoutMs });
}

/** The accessible text of whatever has the focus, for readable failures. */
export function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active ? `<${active.tagName.toLowerCase()}> ${(active.textContent ?? '').trim().slice(0, 80)}` : '(nothing)';
  });
}

/** Presses Tab (or Shift+Tab) until the target has the focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, { backwards = false, maxPresses = 40 } = {}): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses <= maxPresses; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached the target; the focus is on ${await focusedText(page)}`);
}

/** Presses a key until the target has the focus (arrow keys through a list). */
export async function pressUntilFocused(page: Page, key: string, target: Locator, maxPresses = 20): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses <= maxPresses; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached the target; the focus is on ${await focusedText(page)}`);
}

/** Waits until the page rendered two more frames (pending selection and layout work is done). */
export async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}
