import { ApiError, http, onApiActivity, onUnauthenticated, setCsrfToken } from './http';

type FetchArgs = [input: string, init: RequestInit];

function mockFetch(response: () => Promise<Response>): jest.Mock<Promise<Response>, FetchArgs> {
  const fetchMock = jest.fn<Promise<Response>, FetchArgs>(response);
  globalThis.fetch = fetchMock as typeof fetch;
  return fetchMock;
}

const json = (status: number, body: unknown) =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));

function sentHeaders(mock: jest.Mock<Promise<Response>, FetchArgs>): Headers {
  const init = mock.mock.calls[0]?.[1];
  return new Headers(init?.headers);
}

describe('http', () => {
  const originalFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = originalFetch;
    setCsrfToken(null);
    onUnauthenticated(null);
  });

  it('sends the CSRF token on writes but not on reads, with same-origin credentials', async () => {
    setCsrfToken('tok-1');
    const get = mockFetch(() => json(200, { ok: true }));
    await expect(http.get('/articles', { query: { status: 'draft', q: '', departmentId: undefined } })).resolves.toEqual({ ok: true });
    expect(get.mock.calls[0]?.[0]).toBe('/api/v1/articles?status=draft');
    expect(get.mock.calls[0]?.[1].credentials).toBe('same-origin');
    expect(sentHeaders(get).has('x-csrf-token')).toBe(false);

    const post = mockFetch(() => Promise.resolve(new Response(null, { status: 204 })));
    await expect(http.post('/search/click', { a: 1 })).resolves.toBeUndefined();
    expect(sentHeaders(post).get('x-csrf-token')).toBe('tok-1');
    expect(post.mock.calls[0]?.[1].body).toBe('{"a":1}');
  });

  it('throws an ApiError carrying the API error body', async () => {
    const details = { currentRevision: 3 };
    mockFetch(() =>
      json(409, { code: 'DRAFT_CONFLICT', message: 'Der Entwurf wurde inzwischen geändert.', correlationId: 'c-1', details }),
    );
    const error = await http.put('/articles/1/draft', {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 409,
      code: 'DRAFT_CONFLICT',
      details,
      correlationId: 'c-1',
      message: 'Der Entwurf wurde inzwischen geändert.',
    });
  });

  it('turns an unreadable error page into a German message', async () => {
    mockFetch(() => Promise.resolve(new Response('<html>Bad Gateway</html>', { status: 502 })));
    await expect(http.get('/health')).rejects.toMatchObject({
      status: 502,
      code: 'INTERNAL_ERROR',
      message: 'Der Server hat unerwartet geantwortet.',
    });
  });

  it('reports a network failure as NETWORK_ERROR but lets an abort through', async () => {
    mockFetch(() => Promise.reject(new TypeError('fetch failed')));
    await expect(http.get('/search')).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
    mockFetch(() => Promise.reject(new DOMException('aborted', 'AbortError')));
    await expect(http.get('/search')).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('tells the app about a lost session, except for the auth endpoints themselves', async () => {
    const listener = jest.fn();
    onUnauthenticated(listener);
    mockFetch(() => json(401, { code: 'UNAUTHENTICATED', message: 'Bitte melden Sie sich an.', correlationId: '' }));
    await http.get('/articles').catch(() => undefined);
    await http.post('/auth/login', {}).catch(() => undefined);
    await http.get('/auth/me').catch(() => undefined);
    await http.post('/auth/refresh').catch(() => undefined);
    expect(listener.mock.calls).toEqual([['UNAUTHENTICATED'], ['UNAUTHENTICATED']]);
  });

  it('counts every answer of a valid session as activity, a 401 not', async () => {
    const listener = jest.fn();
    const stop = onApiActivity(listener);
    mockFetch(() => json(404, { code: 'NOT_FOUND', message: 'x', correlationId: '' }));
    await http.get('/articles/x').catch(() => undefined);
    mockFetch(() => json(401, { code: 'SESSION_EXPIRED', message: 'x', correlationId: '' }));
    await http.get('/articles').catch(() => undefined);
    stop();
    mockFetch(() => json(404, { code: 'NOT_FOUND', message: 'x', correlationId: '' }));
    await http.get('/articles/x').catch(() => undefined);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
