import type { ApiErrorBody } from '@bsc/domain';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '../../testing/test-app';

// A checkout below a dot-directory (~/.local/…, /srv/.apps/…) must serve the web app as well.
describe('Serving the editor from below a dot-directory', () => {
  const base = mkdtempSync(join(tmpdir(), 'bsc-'));
  const dist = join(base, '.apps', 'editor', 'dist');
  let t: TestApp;

  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>BSC Wissen</title><div id="root"></div>');
    writeFileSync(join(dist, 'assets', 'app.js'), 'console.log("app");');
    t = await createTestApp({ env: { EDITOR_DIST: dist } });
  });
  afterAll(async () => {
    await t.close();
    rmSync(base, { recursive: true, force: true });
  });

  it.each(['/', '/artikel/123', '/suche'])('answers %s with the web app', async (path) => {
    const response = await fetch(`${t.baseUrl}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('<title>BSC Wissen</title>');
  });

  it('serves a built asset', async () => {
    const response = await fetch(`${t.baseUrl}/assets/app.js`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('console.log');
  });

  it.each(['/assets/missing.js', '/favicon.ico', '/.env'])('answers the unknown file %s with 404 NOT_FOUND', async (path) => {
    const response = await fetch(`${t.baseUrl}${path}`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as ApiErrorBody).code).toBe('NOT_FOUND');
  });
});
