import type { ApiErrorBody, ArticleContent, SearchResponse } from '@bsc/domain';
import { buildArticleContent, createCast, createDepartment, createUser, publishArticle, type Cast } from '../../testing/factories';
import { testClock } from '../../testing/contact-factories';
import { createTestApp, type TestApp } from '../../testing/test-app';

describe('Search (real PostgreSQL + Meilisearch)', () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    t = await createTestApp();
    cast = await createCast(t);
  });
  afterAll(() => t.close());

  it('finds a published article by a word that only occurs inside a German compound of its title', async () => {
    const article = await publishArticle(cast, { title: 'Fahrzeugzulassung für Privatpersonen', shortAnswer: 'Neues Auto anmelden.' });
    await t.drainOutbox();

    const response = await cast.agent.get<SearchResponse>('/api/v1/search?q=zulassung');

    expect(response.status).toBe(200);
    expect(response.body.degraded).toBe(false);
    expect(response.body.hits.map((h) => h.id)).toContain(article.id);
  });

  it('does not show drafts to agents', async () => {
    const draft = await cast.author.post<{ id: string }>('/api/v1/articles', {
      departmentId: cast.departmentId,
      kind: 'service',
      content: buildArticleContent({ title: 'Geheimer Entwurf Wasserrecht' }),
    });
    await t.drainOutbox();

    const response = await cast.agent.get<SearchResponse>('/api/v1/search?q=Wasserrecht');

    expect(response.body.hits.map((h) => h.id)).not.toContain(draft.body.id);
  });

  it('escapes markup in snippets and marks the matched words', async () => {
    await publishArticle(cast, { title: 'Hundesteuer', shortAnswer: '<script>alert(1)</script> Die Hundesteuer wird jährlich fällig.' });
    await t.drainOutbox();

    const response = await cast.agent.get<SearchResponse>('/api/v1/search?q=Hundesteuer');
    const hit = response.body.hits.find((h) => h.title === 'Hundesteuer');

    expect(hit?.snippet).not.toContain('<script>');
    expect(hit?.snippet).toContain('&lt;script&gt;');
    expect(hit?.snippet).toContain('<mark>');
  });

  it('shows each sentence of the body once in the snippet, however deep it is nested', async () => {
    const body: ArticleContent['body'] = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Übernommen wird nur der Elternbeitrag, nicht das Essensgeld.' }] },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Mittagessen zahlt die Familie.' }] }] },
          ],
        },
      ],
    };
    await publishArticle(cast, { title: 'Kita-Beitrag übernehmen', shortAnswer: 'Das Jugendamt übernimmt den Beitrag.', body });
    await t.drainOutbox();

    const response = await cast.agent.get<SearchResponse>('/api/v1/search?q=Essensgeld');
    const snippet = response.body.hits.find((h) => h.title === 'Kita-Beitrag übernehmen')?.snippet ?? '';

    expect(snippet.match(/Essensgeld/g)).toHaveLength(1);
    expect(snippet.match(/Mittagessen/g)).toHaveLength(1);
  });

  it('understands inflected forms ("beglaubigen" finds "Beglaubigung")', async () => {
    const certification = await publishArticle(cast, {
      title: 'Beglaubigung von Dokumenten',
      shortAnswer: 'Amtliche Beglaubigungen von Kopien.',
    });
    await t.drainOutbox();

    const inflected = await cast.agent.get<SearchResponse>('/api/v1/search?q=beglaubigen');

    expect(inflected.body.hits[0].id).toBe(certification.id);
    expect(inflected.body.hits[0].snippet).toContain('<mark>Beglaubigungen</mark>');
  });

  // "ummelden" is two edits from "anmelden": since typo stand-ins keep to Meilisearch's edit
  // limits, "Neues Auto anmelden" no longer outranks the thesaurus route ummelden → Umschreibung.
  it('understands spoken phrasing with filler words and everyday words for official terms', async () => {
    const vehicle = await publishArticle(cast, { title: 'Umschreibung eines Fahrzeugs', shortAnswer: 'Halterwechsel nach dem Kauf.' });
    await t.drainOutbox();

    const spoken = await cast.agent.get<SearchResponse>(`/api/v1/search?q=${encodeURIComponent('Ich möchte bitte mein Auto ummelden')}`);

    expect(spoken.body.hits[0].id).toBe(vehicle.id);
  });

  it("lets authors search their department's drafts, but not agents or other departments' authors", async () => {
    const draft = await cast.author.post<{ id: string }>('/api/v1/articles', {
      departmentId: cast.departmentId,
      kind: 'service',
      content: buildArticleContent({ title: 'Entwurf Sondernutzungserlaubnis' }),
    });
    const otherAuthor = await (await createUser(t, ['author'], [await createDepartment(t)])).client();

    const own = await cast.author.get<SearchResponse>('/api/v1/search?q=Sondernutzung&scope=drafts');
    const other = await otherAuthor.get<SearchResponse>('/api/v1/search?q=Sondernutzung&scope=drafts');
    const agent = await cast.agent.get<ApiErrorBody>('/api/v1/search?q=Sondernutzung&scope=drafts');

    expect(own.body.hits).toEqual([expect.objectContaining({ id: draft.body.id, status: 'draft' })]);
    expect(other.body.hits).toEqual([]);
    expect(agent.status).toBe(403);
  });

  it('requires a login', async () => {
    const response = await t.anonymous().get<{ code: string }>('/api/v1/search?q=auto');
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('UNAUTHENTICATED');
  });
});

describe('Search time (injected clock)', () => {
  let t: TestApp;
  afterAll(() => t.close());

  it('decides validity at the clock’s moment, not the wall clock’s', async () => {
    const clock = testClock(new Date().toISOString());
    t = await createTestApp({ clock });
    const cast = await createCast(t);
    const article = await publishArticle(cast, { title: 'Sondernutzung Gehweg' });
    await t.db.query(`UPDATE articles SET valid_until = now() + interval '10 days' WHERE id = $1`, [article.id]);
    await t.db.query(`INSERT INTO search_outbox (article_id) VALUES ($1)`, [article.id]);
    await t.drainOutbox();
    const ids = async () => (await cast.agent.get<SearchResponse>('/api/v1/search?q=Sondernutzung')).body.hits.map((h) => h.id);
    expect(await ids()).toContain(article.id);

    clock.set(new Date(Date.now() + 20 * 86_400_000).toISOString());
    expect(await ids()).not.toContain(article.id);
  });
});
