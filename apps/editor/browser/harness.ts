// Shared harness of the browser specs: per spec file one real API (fresh database, fresh search
// index, serving the built editor) and one headless Chromium; per test fresh browser contexts,
// closed afterwards. Uncaught errors in a page fail the test that caused them.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createTestApp, type TestApp } from '../../api/testing/test-app';

const ROOT = path.resolve(__dirname, '../../..');
const EDITOR_DIST = path.join(ROOT, 'apps/editor/dist');
/** Where every flow step's screenshot lands (git-ignored, kept by CI as an artifact). */
export const SCREENSHOT_DIR = path.join(ROOT, 'artifacts/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--lang=de-DE',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Options of a fresh browser context. */
export interface PageOptions {
  /** Grants clipboard read/write, so a test can read back what the app copied. */
  clipboard?: boolean;
}

/** What a spec file gets from useBrowserStack(). Valid inside tests and hooks only. */
export interface BrowserStack {
  readonly t: TestApp;
  readonly baseUrl: string;
  /** A page in a new context: own cookies, German locale, Berlin time. */
  newPage(options?: PageOptions): Promise<Page>;
  /**
   * Saves a full-page screenshot as artifacts/screenshots/<suite>/<nn>-<step>.png; `viewportOnly`
   * saves just what the screen shows without scrolling.
   */
  screenshot(page: Page, step: string, options?: { viewportOnly?: boolean }): Promise<void>;
  /** Registers a test; when it fails, every open page is saved as a "failed" screenshot first. */
  it(name: string, body: () => Promise<void>): void;
}

class BrowserSuite implements BrowserStack {
  private app: TestApp | undefined;
  private browser: Browser | undefined;
  private contexts: BrowserContext[] = [];
  private pageErrors: string[] = [];
  private shots = 0;
  private dist: string | undefined;

  constructor(private readonly suite: string) {}

  get t(): TestApp {
    if (!this.app) throw new Error('The browser stack is not started: use it inside tests or hooks.');
    return this.app;
  }

  get baseUrl(): string {
    return this.t.baseUrl;
  }

  async start(arrange?: (t: TestApp) => Promise<void>): Promise<void> {
    if (!existsSync(path.join(EDITOR_DIST, 'index.html'))) {
      throw new Error(`No built editor in ${EDITOR_DIST}: run "npx vite build --config apps/editor/vite.config.ts" (npm test does it).`);
    }
    rmSync(path.join(SCREENSHOT_DIR, this.suite), { recursive: true, force: true });
    mkdirSync(path.join(SCREENSHOT_DIR, this.suite), { recursive: true });
    // A private copy: a rebuild of apps/editor/dist while the suite runs cannot pull its chunks away.
    this.dist = mkdtempSync(path.join(tmpdir(), 'bsc-editor-'));
    cpSync(EDITOR_DIST, this.dist, { recursive: true });
    // Started side by side; whichever did start is stopped by afterAll even if the other failed.
    const [app, browser] = await Promise.allSettled([
      createTestApp({ env: { EDITOR_DIST: this.dist } }),
      chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS }),
    ]);
    if (app.status === 'fulfilled') this.app = app.value;
    if (browser.status === 'fulfilled') this.browser = browser.value;
    if (app.status === 'rejected') throw app.reason;
    if (browser.status === 'rejected') throw browser.reason;
    await arrange?.(app.value);
  }

  async newPage(options: PageOptions = {}): Promise<Page> {
    if (!this.browser) throw new Error('The browser is not started.');
    const context = await this.browser.newContext({
      baseURL: this.baseUrl,
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
      viewport: { width: 1280, height: 900 },
    });
    if (options.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: this.baseUrl });
    // Generous for 2 loaded CI cores; a real failure still surfaces within seconds of its cause.
    context.setDefaultTimeout(15_000);
    this.contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => this.pageErrors.push(`${page.url()}: ${error.message}`));
    return page;
  }

  async screenshot(page: Page, step: string, { viewportOnly = false } = {}): Promise<void> {
    this.shots += 1;
    const umlauts: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
    const slug = step
      .toLowerCase()
      .replace(/[äöüß]/g, (letter) => umlauts[letter] ?? letter)
      .replace(/[^a-z0-9-]+/g, '-');
    const name = `${String(this.shots).padStart(2, '0')}-${slug}.png`;
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, this.suite, name), fullPage: !viewportOnly });
  }

  it(name: string, body: () => Promise<void>): void {
    it(name, async () => {
      try {
        await body();
      } catch (error) {
        const pages = this.contexts.flatMap((context) => context.pages());
        // Best effort: a crashed page must not hide the original failure.
        for (const page of pages) await this.screenshot(page, 'failed').catch(() => undefined);
        throw error;
      }
    });
  }

  /** Closes the test's contexts; reports uncaught page errors as a failure of that test. */
  async endTest(): Promise<void> {
    const contexts = this.contexts;
    this.contexts = [];
    await Promise.all(contexts.map((context) => context.close()));
    const errors = this.pageErrors;
    this.pageErrors = [];
    if (errors.length > 0) throw new Error(`Uncaught errors in the page:\n${errors.join('\n')}`);
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    await this.app?.close();
    if (this.dist) rmSync(this.dist, { recursive: true, force: true });
  }
}

/**
 * Registers beforeAll/afterEach/afterAll hooks for one spec file and returns its stack.
 * `suite` names the screenshot folder; `arrange` seeds data once, after the app started.
 */
export function useBrowserStack(suite: string, arrange?: (t: TestApp) => Promise<void>): BrowserStack {
  const stack = new BrowserSuite(suite);
  beforeAll(() => stack.start(arrange), 60_000);
  afterEach(() => stack.endTest());
  afterAll(() => stack.stop(), 30_000);
  return stack;
}
