import type { ApiErrorBody, ArticleDetail, DocumentView, LoginResponse } from '@bsc/domain';
import type { ApiClient } from '../../../testing/api-client';
import { buildArticleContent, createCast, createDocument, createUser, publishArticle, type Cast } from '../../../testing/factories';
import { createTestApp, type TestApp } from '../../../testing/test-app';

const HOUR_MS = 60 * 60 * 1000;

// Input that slipped through before (stored mangled, coerced or answered 500): each is refused
// with a 4xx and a stable code, and nothing is stored.
describe('Strict input', () => {
  let t: TestApp;
  let cast: Cast;
  let admin: ApiClient;

  beforeAll(async () => {
    t = await createTestApp();
    cast = await createCast(t);
    admin = await (await createUser(t, ['admin'])).client();
  });
  afterAll(() => t.close());

  async function count(sql: string, params: unknown[] = []): Promise<number> {
    const [row] = await t.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${sql}`, params);
    return row.n;
  }

  async function inReview(title: string): Promise<string> {
    const created = await cast.author.post<ArticleDetail>('/api/v1/articles', {
      departmentId: cast.departmentId,
      kind: 'service',
      content: buildArticleContent({ title }),
    });
    await cast.author.post(`/api/v1/articles/${created.body.id}/submit`, { changeNote: 'Neu' });
    return created.body.id;
  }

  describe('text encoding', () => {
    it('refuses a body with an invalid UTF-8 byte with INVALID_TEXT_ENCODING', async () => {
      const body = Buffer.concat([Buffer.from('{"name":"Kaputt'), Buffer.from([0xff]), Buffer.from('","description":""}')]);
      const response = await admin.raw('POST', '/api/v1/documents', body);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('INVALID_TEXT_ENCODING');
      expect(await count(`documents WHERE name LIKE 'Kaputt%'`)).toBe(0);
    });

    it('refuses a UTF-16 body with an unpaired surrogate, and takes a well-formed one', async () => {
      const broken = Buffer.concat([
        Buffer.from('{"name":"Halb', 'utf16le'),
        Buffer.from([0x00, 0xd8]),
        Buffer.from('","description":""}', 'utf16le'),
      ]);
      const refused = await admin.raw('POST', '/api/v1/documents', broken, 'application/json; charset=utf-16le');
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('INVALID_TEXT_ENCODING');
      expect(await count(`documents WHERE name LIKE 'Halb%'`)).toBe(0);

      const fine = Buffer.from('{"name":"Größe UTF-16","description":""}', 'utf16le');
      expect((await admin.raw('POST', '/api/v1/documents', fine, 'application/json; charset=utf-16le')).status).toBe(201);
    });
  });

  describe('names', () => {
    it.each([
      ['empty after trimming', ' \t '],
      ['only zero-width characters', '\u200B\u200C\uFEFF'],
      ['a soft hyphen and a no-break space', '\u00AD\u00A0'],
    ])('refuses a name that is %s with VALIDATION_FAILED', async (_name, name) => {
      const responses = await Promise.all([
        admin.post<ApiErrorBody>('/api/v1/documents', { name, description: '' }),
        cast.author.post<ApiErrorBody>('/api/v1/articles', {
          departmentId: cast.departmentId,
          kind: 'service',
          content: buildArticleContent({ title: name }),
        }),
        admin.post<ApiErrorBody>('/api/v1/users', {
          login: `leer${name.length}`,
          displayName: name,
          password: 'Sehr-Sicher-2026!',
          roles: ['agent'],
          departmentIds: [],
        }),
      ]);
      expect(responses.map((r) => [r.status, r.body.code])).toEqual([
        [400, 'VALIDATION_FAILED'],
        [400, 'VALIDATION_FAILED'],
        [400, 'VALIDATION_FAILED'],
      ]);
      expect(await count(`documents WHERE name = $1`, [name])).toBe(0);
      expect(await count(`users WHERE display_name = $1`, [name])).toBe(0);
    });
  });

  describe('approve', () => {
    it.each([
      ['in the past', undefined, -HOUR_MS],
      ['before publishAt', 2 * HOUR_MS, HOUR_MS],
    ])('refuses a validUntil %s with VALID_UNTIL_INVALID and leaves the draft in review', async (_name, publishIn, validIn) => {
      const id = await inReview(`Gültigkeit ${_name}`);
      const response = await cast.reviewer.post<ApiErrorBody>(`/api/v1/articles/${id}/approve`, {
        publishAt: publishIn === undefined ? undefined : new Date(Date.now() + publishIn).toISOString(),
        validUntil: new Date(Date.now() + validIn).toISOString(),
      });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALID_UNTIL_INVALID');
      expect((await cast.author.get<ArticleDetail>(`/api/v1/articles/${id}`)).body.status).toBe('in_review');
    });
  });

  describe('catalogue documents of old versions', () => {
    async function publishedTwiceWithDocumentOnlyInVersion1(): Promise<{ id: string; documentId: string }> {
      const documentId = await createDocument(t, `Alte Unterlage ${Date.now()}`);
      const article = await publishArticle(cast, { documents: [{ documentId }] });
      await cast.author.post(`/api/v1/articles/${article.id}/draft`);
      await cast.author.put(`/api/v1/articles/${article.id}/draft`, { revision: 1, content: buildArticleContent({ documents: [] }) });
      await cast.author.post(`/api/v1/articles/${article.id}/submit`, { changeNote: 'Unterlage entfällt' });
      expect((await cast.reviewer.post(`/api/v1/articles/${article.id}/approve`, {})).status).toBe(200);
      return { id: article.id, documentId };
    }

    it('counts a document that only an earlier version uses as in use', async () => {
      const { documentId } = await publishedTwiceWithDocumentOnlyInVersion1();
      const response = await admin.delete<ApiErrorBody>(`/api/v1/documents/${documentId}`);
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('DOCUMENT_IN_USE');
      expect((await admin.get<DocumentView>(`/api/v1/documents/${documentId}`)).body.usageCount).toBe(1);
    });

    it('refuses to restore a version whose document was deleted, and opens no draft', async () => {
      const { id, documentId } = await publishedTwiceWithDocumentOnlyInVersion1();
      // Deleted before versions counted as use (or by hand): the old version still names it.
      await t.db.query(`DELETE FROM documents WHERE id = $1`, [documentId]);
      const response = await cast.author.post<ApiErrorBody>(`/api/v1/articles/${id}/restore/1`);
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('DOCUMENT_NOT_FOUND');
      expect(await count(`article_drafts WHERE article_id = $1`, [id])).toBe(0);
    });
  });

  it('answers a non-ASCII CSRF header of the token length with 403 CSRF_TOKEN_INVALID', async () => {
    const user = await createUser(t, ['admin']);
    const login = await fetch(`${t.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: user.login, password: user.password }),
    });
    const { csrfToken } = (await login.json()) as LoginResponse;
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const response = await fetch(`${t.baseUrl}/api/v1/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': 'é'.repeat(csrfToken.length) },
      body: JSON.stringify({ name: 'CSRF-Probe', description: '' }),
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as ApiErrorBody).code).toBe('CSRF_TOKEN_INVALID');
    expect(await count(`documents WHERE name = 'CSRF-Probe'`)).toBe(0);
  });

  describe('numbers and dates', () => {
    it.each(['limit=1.0', 'limit=0x1', 'limit=1e2', 'limit=', 'from=2026-02-30', 'to=2026-13-01T00:00:00Z', 'from=1700000000'])(
      'refuses the audit query %s with VALIDATION_FAILED',
      async (query) => {
        const response = await admin.get<ApiErrorBody>(`/api/v1/audit?${query}`);
        expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      },
    );

    it.each(['1.0', '0x1', '1e0', ' 1'])('refuses the version number %j in a path', async (n) => {
      const article = await publishArticle(cast, { title: `Pfad ${n}` });
      const response = await cast.author.get<ApiErrorBody>(`/api/v1/articles/${article.id}/versions/${encodeURIComponent(n)}`);
      expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    });

    it.each(['0x1', '1.0', '1e0'])('refuses the draft revision %j and stores nothing', async (revision) => {
      const created = await cast.author.post<ArticleDetail>('/api/v1/articles', {
        departmentId: cast.departmentId,
        kind: 'service',
        content: buildArticleContent({ title: 'Revision als Text' }),
      });
      const response = await cast.author.put<ApiErrorBody>(`/api/v1/articles/${created.body.id}/draft`, {
        revision,
        content: buildArticleContent({ title: 'Überschrieben' }),
      });
      expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      expect(await count(`article_drafts WHERE article_id = $1 AND revision = 1`, [created.body.id])).toBe(1);
    });

    it('still takes a well-formed audit query', async () => {
      const response = await admin.get<unknown[]>('/api/v1/audit?limit=5&from=2026-02-28&to=2036-02-29T12:00:00Z');
      expect(response.status).toBe(200);
    });
  });
});
