import type { ApiErrorBody, PublishedArticleView, SearchResponse, TiptapDoc } from '@bsc/domain';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildArticleContent, createCast, createUser, type Cast } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { listRoutes } from '../../testing/security/route-table';
import { SessionClient, sessionFor, type RawResponse } from '../../testing/security/session-client';
import { hostileContent, payload, storeHostileData, VERBATIM, type HostileData } from '../../testing/security/xss-fixture';

/** A response a browser will never render as HTML: JSON (or an attachment) and no sniffing. */
function notRenderable(response: RawResponse): string | undefined {
  if (response.headers.get('x-content-type-options') !== 'nosniff') return 'without X-Content-Type-Options: nosniff';
  if (response.status === 204 && response.text === '') return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (type.startsWith('application/json')) return undefined;
  if (type.startsWith('text/csv') && /^attachment/.test(response.headers.get('content-disposition') ?? '')) return undefined;
  return `served as "${type}"`;
}

describe('Stored XSS', () => {
  let t: TestApp;
  let cast: Cast;
  let admin: SessionClient;
  let data: HostileData;
  const editorDist = mkdtempSync(join(tmpdir(), 'bsc-editor-'));

  beforeAll(async () => {
    writeFileSync(join(editorDist, 'index.html'), '<!doctype html><title>BSC Wissen</title><div id="root"></div>');
    t = await createTestApp({ env: { EDITOR_DIST: editorDist } });
    cast = await createCast(t);
    admin = await sessionFor(t, (await createUser(t, ['admin'])).id);
    data = await storeHostileData(admin, cast);
    await t.drainOutbox();
  });
  afterAll(async () => {
    await t.close();
    rmSync(editorDist, { recursive: true, force: true });
  });

  it('stores hostile text as data and returns it byte-for-byte (no SQL, no server-side HTML)', async () => {
    const response = await cast.agent.get<PublishedArticleView>(`/api/v1/articles/${data.article.id}/published`);
    expect(response.body.content).toEqual(hostileContent(data.document.id));
    expect(response.body.content.shortAnswer).toBe(VERBATIM);
    const department = await cast.agent.get<{ name: string }>(`/api/v1/departments/${data.department.id}`);
    expect(department.body.name).toBe(payload('Fachbereich', 200));
    const user = await admin.send('GET', `/api/v1/users/${data.userId}`);
    expect((user.json as { displayName: string }).displayName).toBe(payload('Name', 120));
  });

  it('answers every GET route with JSON and nosniff, never with HTML', async () => {
    const ids: Record<string, string> = {
      articles: data.article.id,
      departments: data.department.id,
      documents: data.document.id,
      users: data.userId,
      flags: data.flag.id,
    };
    const failures: string[] = [];
    for (const route of listRoutes(t.app).filter((r) => r.method === 'GET')) {
      const path = route.path.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) =>
        name === 'n' ? '1' : (ids[route.path.split('/')[3]] ?? '00000000-0000-4000-8000-000000000000'),
      );
      const response = await admin.send('GET', path);
      const problem = response.status >= 500 ? `status ${response.status}` : notRenderable(response);
      if (problem) failures.push(`${route.key}: ${problem}`);
    }
    expect(failures).toEqual([]);
  });

  it('answers unknown and failing paths with JSON that does not echo the path', async () => {
    for (const path of ['/api/v1/%3Cscript%3Ealert(1)%3C%2Fscript%3E', `/api/v1/articles/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E`]) {
      const response = await admin.send('GET', path);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(notRenderable(response)).toBeUndefined();
      expect(response.text).not.toMatch(/<script|<img/i);
    }
  });

  it('escapes everything except <mark> in search snippets', async () => {
    for (const q of ['Zulassung', 'onerror', 'script alert', 'DROP TABLE']) {
      const response = await cast.agent.get<SearchResponse>(`/api/v1/search?q=${encodeURIComponent(q)}`);
      expect(response.status).toBe(200);
      expect(response.body.hits.length).toBeGreaterThan(0);
      for (const hit of response.body.hits) {
        expect(hit.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
      }
    }
    const withMarkup = await cast.agent.get<SearchResponse>('/api/v1/search?q=onerror');
    expect(withMarkup.body.hits.map((h) => h.snippet).join(' ')).toMatch(/&lt;(img|script)/);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    [' javascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['java\u200Bscript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['//evil.example/path'],
    ['/relative/path'],
  ])('refuses the link %j inside the Tiptap body with UNSAFE_LINK', async (href) => {
    const body: TiptapDoc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href } }] }] }],
    };
    const response = await cast.author.post<ApiErrorBody>('/api/v1/articles', {
      departmentId: cast.departmentId,
      kind: 'faq',
      content: buildArticleContent({ body }),
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('UNSAFE_LINK');
  });

  it.each([['javascript:alert(1)'], ['data:text/html,x'], ['https://example.org/"><script>'], ['ftp://example.org/']])(
    'refuses %j as a structured link and as an appointment URL (VALIDATION_FAILED)',
    async (url) => {
      const link = await cast.author.post<ApiErrorBody>('/api/v1/articles', {
        departmentId: cast.departmentId,
        kind: 'faq',
        content: buildArticleContent({ links: [{ label: 'x', url, kind: 'info' }] }),
      });
      expect(link.body.code).toBe('VALIDATION_FAILED');
      const department = await admin.json('PUT', `/api/v1/departments/${data.department.id}`, {
        ...data.department,
        id: undefined,
        appointmentUrl: url,
      });
      expect((department.json as ApiErrorBody).code).toBe('VALIDATION_FAILED');
    },
  );

  it('sets the security headers on API answers and keeps them out of caches', async () => {
    const response = await admin.send('GET', '/api/v1/auth/me');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves the editor page with a CSP that forbids inline and foreign scripts', async () => {
    const response = await new SessionClient(t.baseUrl).send('GET', '/suche?q=%3Cscript%3Ealert(1)%3C/script%3E');
    expect(response.status).toBe(200);
    expect(response.text).not.toContain('alert(1)');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/base-uri 'self'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
