// Runs axe-core inside the page under test and fails with a readable list of WCAG violations.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** The WCAG 2.1 A/AA rule sets (BITV 2.0 refers to WCAG 2.1 AA). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One violation as the page reports it, without the DOM nodes. */
export interface AxeViolationSummary {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; failure: string }[];
}

let axeSource: string | undefined;

// The app's CSP (script-src 'self') refuses inline <script> tags, so page.addScriptTag() cannot
// inject axe; evaluating the source through the DevTools protocol is not subject to the CSP and
// leaves the page's own policy untouched.
async function injectAxe(page: Page): Promise<void> {
  const present = await page.evaluate(() => 'axe' in window);
  if (present) return;
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
}

async function runAxe(page: Page): Promise<AxeViolationSummary[]> {
  await injectAxe(page);
  return page.evaluate(async (tags) => {
    const axe = (window as Window & { axe?: typeof import('axe-core') }).axe;
    if (!axe) throw new Error('axe-core is not loaded');
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(', '),
        html: node.html.slice(0, 200),
        failure: node.failureSummary ?? '',
      })),
    }));
  }, WCAG_TAGS);
}

/** A violation list as text, one rule per block. */
export function formatViolations(violations: AxeViolationSummary[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    - ${n.target}\n      ${n.html}\n      ${n.failure.replace(/\n/g, '\n      ')}`).join('\n');
      return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
    })
    .join('\n');
}

/** Fails when axe-core finds any WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const violations = await runAxe(page);
  if (violations.length > 0) {
    throw new Error(`axe-core: ${violations.length} WCAG violation(s) on "${label}" (${page.url()}):\n${formatViolations(violations)}`);
  }
}
