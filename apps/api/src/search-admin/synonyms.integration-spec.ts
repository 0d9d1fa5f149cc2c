import type { ApiErrorBody, SearchResponse } from '@bsc/domain';
import type { ApiClient } from '../../testing/api-client';
import { createCast, createUser, publishArticle, type Cast } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import type { BuiltInSynonymList, SynonymEntry } from '@bsc/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchConfigDir } from '../search/search-config';

describe('Synonyms admin API', () => {
  let t: TestApp;
  let cast: Cast;
  let admin: ApiClient;

  beforeAll(async () => {
    t = await createTestApp();
    cast = await createCast(t);
    admin = await (await createUser(t, ['admin'])).client();
    await publishArticle(cast, { title: 'Hundesteuer', shortAnswer: 'Wer einen Hund hält, zahlt Hundesteuer.' });
    await t.drainOutbox();
  });
  afterAll(() => t.close());

  const titlesFor = async (q: string) =>
    (await cast.agent.get<SearchResponse>(`/api/v1/search?q=${encodeURIComponent(q)}`)).body.hits.map((h) => h.title);
  const nativeSynonyms = async (): Promise<Record<string, string[]>> => {
    const response = await fetch(`${t.config.MEILI_URL}/indexes/${t.config.SEARCH_INDEX}/settings/synonyms`, {
      headers: { authorization: `Bearer ${t.config.MEILI_MASTER_KEY}` },
    });
    return (await response.json()) as Record<string, string[]>;
  };

  it('makes a new citizen word find the article at once, pushes it to the index and audits it', async () => {
    expect(await titlesFor('Wauwaumarke')).not.toContain('Hundesteuer');

    const created = await admin.post<SynonymEntry>('/api/v1/synonyms', { term: ' Wauwaumarke ', synonyms: ['Hundesteuer', 'hundesteuer'] });

    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ term: 'wauwaumarke', synonyms: ['hundesteuer'] });
    expect(await titlesFor('Wauwaumarke')).toContain('Hundesteuer');
    expect((await nativeSynonyms()).wauwaumarke).toEqual(['hundesteuer']);
    const list = await admin.get<SynonymEntry[]>('/api/v1/synonyms');
    expect(list.body.map((e) => e.term)).toEqual(['wauwaumarke']);
    const [event] = (await t.db.query(`SELECT action, details FROM audit_events WHERE subject_id = $1`, [created.body.id])) as {
      action: string;
      details: unknown;
    }[];
    expect(event).toEqual({ action: 'synonym.created', details: { term: 'wauwaumarke', synonyms: ['hundesteuer'] } });
  });

  it('refuses a second entry for the same term with DUPLICATE', async () => {
    const response = await admin.post<ApiErrorBody>('/api/v1/synonyms', { term: 'WAUWAUMARKE', synonyms: ['Hund'] });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('DUPLICATE');
  });

  it('validates the input', async () => {
    for (const body of [
      { term: '', synonyms: ['x'] },
      { term: 'a', synonyms: [] },
      { term: '<b>', synonyms: ['x'] },
      { term: 'a', synonyms: ['a'] },
      { term: 'a', synonyms: ['b'], extra: 1 },
    ]) {
      const response = await admin.post<ApiErrorBody>('/api/v1/synonyms', body);
      expect(response.status).toBe(400);
    }
  });

  it('removes an entry: the word no longer finds the article', async () => {
    const [entry] = (await admin.get<SynonymEntry[]>('/api/v1/synonyms')).body;

    expect((await admin.delete(`/api/v1/synonyms/${entry.id}`)).status).toBe(204);

    expect(await titlesFor('Wauwaumarke')).not.toContain('Hundesteuer');
    expect((await nativeSynonyms()).wauwaumarke).toBeUndefined();
    expect((await admin.delete(`/api/v1/synonyms/${entry.id}`)).status).toBe(404);
  });

  it('lists every entry of the built-in thesaurus with its reason, read-only, for admins only', async () => {
    const file: { entries: unknown[] } = JSON.parse(readFileSync(join(searchConfigDir(), 'synonyms.json'), 'utf8'));

    const response = await admin.get<BuiltInSynonymList>('/api/v1/synonyms/built-in');

    expect(response.status).toBe(200);
    expect(response.body.entries).toHaveLength(file.entries.length);
    expect(response.body.entries).toContainEqual({
      terms: ['abfall', 'müll'],
      means: null,
      why: 'Umgangssprache (Müll) ↔ amtlicher Begriff (Abfall)',
    });
    expect(response.body.entries.some((entry) => entry.means !== null)).toBe(true);
    expect((await cast.author.get('/api/v1/synonyms/built-in')).status).toBe(403);
  });

  it('is for admins only', async () => {
    expect((await cast.agent.get('/api/v1/synonyms')).status).toBe(403);
    expect((await cast.author.post('/api/v1/synonyms', { term: 'a', synonyms: ['b'] })).status).toBe(403);
  });
});
