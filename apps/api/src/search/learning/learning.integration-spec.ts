import type { AuditEventView, DraftView, LearnedPhrase, SearchResponse, SignalOutcome } from '@bsc/domain';
import type { ApiClient } from '../../../testing/api-client';
import { testClock } from '../../../testing/contact-factories';
import { createCast, createDepartment, createUser, publishArticle, type Cast } from '../../../testing/factories';
import { createTestApp, type TestApp } from '../../../testing/test-app';
import { ContactEvents } from '../../contacts/contact-events';
import { LearningService } from './learning.service';

const DAY_MS = 86_400_000;

describe('Learning the citizens’ words (real PostgreSQL + Meilisearch)', () => {
  let t: TestApp;
  let cast: Cast;
  // Starts now: search filters by validity at the clock's moment too.
  const clock = testClock(new Date().toISOString());
  const nextDay = () => clock.set(new Date(clock.now().getTime() + DAY_MS).toISOString());

  beforeAll(async () => {
    t = await createTestApp({ clock, env: { LEARNING_DAILY_CAP: '5' } });
    cast = await createCast(t);
  });
  afterAll(() => t.close());

  async function newAgent(): Promise<ApiClient> {
    return (await createUser(t, ['agent'])).client();
  }

  /** A settled search by this agent, then the signal on the article. */
  async function useAnswer(agent: ApiClient, q: string, articleId: string, signal = 'helpful'): Promise<SignalOutcome> {
    const search = await agent.get<SearchResponse>(`/api/v1/search?q=${encodeURIComponent(q)}`);
    expect(search.status).toBe(200);
    const feedback = await agent.post<{ outcome: SignalOutcome }>('/api/v1/search/feedback', {
      searchId: search.body.searchId,
      articleId,
      signal,
    });
    expect(feedback.status).toBe(200);
    return feedback.body.outcome;
  }

  async function phrases(articleId: string, client: ApiClient = cast.author): Promise<LearnedPhrase[]> {
    const response = await client.get<LearnedPhrase[]>(`/api/v1/articles/${articleId}/learned-phrases`);
    expect(response.status).toBe(200);
    return response.body;
  }

  const topIds = async (q: string) =>
    (await cast.agent.get<SearchResponse>(`/api/v1/search?q=${encodeURIComponent(q)}`)).body.hits.slice(0, 3).map((h) => h.id);

  it('learns a word once two agents on two days used the answer for it; the search then finds the article by it', async () => {
    const passport = await publishArticle(cast, { title: 'Reisepass beantragen', shortAnswer: 'Den Reisepass beantragen Sie persönlich.' });
    await publishArticle(cast, { title: 'Hundesteuer', shortAnswer: 'Für jeden Hund wird Steuer fällig.' });
    await t.drainOutbox();
    expect(await topIds('Urlaubsdokument Ausland')).not.toContain(passport.id);

    expect(await useAnswer(await newAgent(), 'Urlaubsdokument Ausland', passport.id)).toBe('counted');
    expect((await phrases(passport.id)).find((p) => p.phrase === 'urlaubsdokument')).toMatchObject({ agents: 1, days: 1, active: false });

    nextDay();
    expect(await useAnswer(await newAgent(), 'Urlaubsdokument Ausland', passport.id, 'copied')).toBe('counted');
    const learned = await phrases(passport.id);
    expect(learned.find((p) => p.phrase === 'urlaubsdokument')).toMatchObject({ count: 2, agents: 2, days: 2, active: true });
    await t.drainOutbox();

    expect((await topIds('Urlaubsdokument Ausland'))[0]).toBe(passport.id);
  });

  it('takes a learned word back when agents mark the answer "not helpful" for it', async () => {
    const permit = await publishArticle(cast, { title: 'Anwohnerparkausweis', shortAnswer: 'Parken im eigenen Viertel.' });
    await t.drainOutbox();
    await useAnswer(await newAgent(), 'Pickerl Viertel', permit.id);
    nextDay();
    await useAnswer(await newAgent(), 'Pickerl Viertel', permit.id);
    expect((await phrases(permit.id)).find((p) => p.phrase === 'pickerl')).toMatchObject({ count: 2, active: true });
    await t.drainOutbox();
    expect((await topIds('Pickerl'))[0]).toBe(permit.id);

    // Each "not helpful" subtracts one from the decayed weight: two helpful signals of the last
    // days weigh just under 2, so one "not helpful" takes the word below 1 — unlearned.
    nextDay();
    expect(await useAnswer(await newAgent(), 'Pickerl Viertel', permit.id, 'not_helpful')).toBe('counted');
    expect((await phrases(permit.id)).find((p) => p.phrase === 'pickerl')).toMatchObject({ count: 1, agents: 2, active: false });
    await t.drainOutbox();
    expect(await topIds('Pickerl')).not.toContain(permit.id);
  });

  it('counts one agent repeating a signal once, and two agents on one day do not teach anything', async () => {
    const decoy = await publishArticle(cast, { title: 'Sperrmüll anmelden', shortAnswer: 'Abholung großer Abfälle.' });
    await t.drainOutbox();
    const poisoner = await newAgent();
    const search = await poisoner.get<SearchResponse>('/api/v1/search?q=Parkplatz%20vor%20der%20Haustür');
    const outcomes: SignalOutcome[] = [];
    for (let i = 0; i < 50; i++) {
      const r = await poisoner.post<{ outcome: SignalOutcome }>('/api/v1/search/feedback', {
        searchId: search.body.searchId,
        articleId: decoy.id,
        signal: 'helpful',
      });
      outcomes.push(r.body.outcome);
    }
    expect(outcomes.filter((o) => o === 'counted')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'repeated')).toHaveLength(49);
    expect(await useAnswer(await newAgent(), 'Parkplatz vor der Haustür', decoy.id)).toBe('counted');

    // Two agents, but on one day: not learned.
    expect((await phrases(decoy.id)).find((p) => p.phrase === 'haustür')).toMatchObject({
      agents: 2,
      days: 1,
      active: false,
    });
    await t.drainOutbox();
    expect(await topIds('Parkplatz vor der Haustür')).not.toContain(decoy.id);
  });

  it('counts at most LEARNING_DAILY_CAP signals of one agent per day', async () => {
    const article = await publishArticle(cast, { title: 'Fundsache abholen', shortAnswer: 'Im Fundbüro.' });
    const agent = await newAgent();
    const words = ['Geldbeutel', 'Schlüsselbund', 'Regenschirm', 'Rucksack', 'Handy', 'Fahrrad'];
    const outcomes: SignalOutcome[] = [];
    for (const word of words) outcomes.push(await useAnswer(agent, `${word} verloren`, article.id));
    expect(outcomes).toEqual(['counted', 'counted', 'counted', 'counted', 'counted', 'daily_cap']);
  });

  it('never counts a blocked word again; blocking and adopting are audited, adopting is a draft change for review', async () => {
    const article = await publishArticle(cast, { title: 'Kfz-Zulassung', shortAnswer: 'Fahrzeuge zulassen.' });
    await useAnswer(await newAgent(), 'Karre anmelden Blödsinn', article.id);
    nextDay();
    await useAnswer(await newAgent(), 'Karre anmelden Blödsinn', article.id);
    const active = (await phrases(article.id)).filter((p) => p.active).map((p) => p.phrase);
    expect(active).toEqual(expect.arrayContaining(['karre', 'blödsinn']));

    const blocked = await cast.author.post<LearnedPhrase[]>(`/api/v1/articles/${article.id}/learned-phrases/block`, {
      phrase: 'blödsinn',
    });
    expect(blocked.status).toBe(200);
    expect(blocked.body.map((p) => p.phrase)).not.toContain('blödsinn');
    const [stored] = (await t.db.query(`SELECT terms FROM learned_terms WHERE article_id = $1`, [article.id])) as { terms: string[] }[];
    expect(stored.terms).toContain('karre');
    expect(stored.terms).not.toContain('blödsinn');
    nextDay();
    await useAnswer(await newAgent(), 'Karre anmelden Blödsinn', article.id);
    expect((await phrases(article.id)).map((p) => p.phrase)).not.toContain('blödsinn');

    const adopted = await cast.author.post<DraftView>(`/api/v1/articles/${article.id}/learned-phrases/adopt`, { phrase: 'karre' });
    expect(adopted.status).toBe(200);
    expect(adopted.body.content.keywords).toContain('karre');
    // Four-eyes: the published text has no new keyword until a reviewer approves.
    const published = await cast.agent.get<{ content: { keywords: string[] } }>(`/api/v1/articles/${article.id}/published`);
    expect(published.body.content.keywords).not.toContain('karre');

    const audit = await t.db.query(`SELECT action, details FROM audit_events WHERE subject_id = $1 ORDER BY id`, [article.id]);
    const actions = (audit as AuditEventView[]).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['learned_phrase.blocked', 'learned_phrase.adopted']));
  });

  it('refuses what it cannot attribute, and shows phrases only to the article’s department and admins', async () => {
    const article = await publishArticle(cast, { title: 'Meldebescheinigung', shortAnswer: 'Bestätigung der Anmeldung.' });
    const unknownSearch = await cast.agent.post<{ code: string }>('/api/v1/search/feedback', {
      searchId: '00000000-0000-4000-8000-000000000000',
      articleId: article.id,
      signal: 'helpful',
    });
    expect([unknownSearch.status, unknownSearch.body.code]).toEqual([404, 'SEARCH_NOT_FOUND']);
    const search = await cast.agent.get<SearchResponse>('/api/v1/search?q=Wohnsitz');
    const badSignal = await cast.agent.post<{ code: string }>('/api/v1/search/feedback', {
      searchId: search.body.searchId,
      articleId: article.id,
      signal: 'super',
    });
    expect([badSignal.status, badSignal.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const missingArticle = await cast.agent.post<{ code: string }>('/api/v1/search/feedback', {
      searchId: search.body.searchId,
      articleId: '00000000-0000-4000-8000-000000000001',
      signal: 'helpful',
    });
    expect([missingArticle.status, missingArticle.body.code]).toEqual([404, 'ARTICLE_NOT_FOUND']);

    const otherAuthor = await (await createUser(t, ['author'], [await createDepartment(t)])).client();
    expect((await cast.agent.get(`/api/v1/articles/${article.id}/learned-phrases`)).status).toBe(403);
    expect((await otherAuthor.get<{ code: string }>(`/api/v1/articles/${article.id}/learned-phrases`)).body.code).toBe(
      'DEPARTMENT_FORBIDDEN',
    );
    const admin = await (await createUser(t, ['admin'])).client();
    expect((await admin.get(`/api/v1/articles/${article.id}/learned-phrases`)).status).toBe(200);
    const notLearned = await cast.author.post<{ code: string }>(`/api/v1/articles/${article.id}/learned-phrases/block`, {
      phrase: 'nieverwendet',
    });
    expect([notLearned.status, notLearned.body.code]).toEqual([404, 'LEARNED_PHRASE_NOT_FOUND']);
  });

  it('keeps no row that joins a search’s words to a user; day keys are gone once the day is over', async () => {
    const tables = (await t.db.query(
      `SELECT table_name, array_agg(column_name::text) AS columns FROM information_schema.columns
        WHERE table_schema = 'public' GROUP BY table_name`,
    )) as { table_name: string; columns: string[] }[];
    const wordTables = tables.filter((x) => x.columns.some((c) => c === 'query' || c === 'terms'));
    expect(wordTables.map((x) => x.table_name).sort()).toEqual(['learned_terms', 'search_events', 'search_signals']);
    for (const table of wordTables) {
      expect(table.columns.filter((c) => /user|actor|login|author|agent_id|created_by|updated_by/.test(c))).toEqual([]);
    }

    const article = await publishArticle(cast, { title: 'Führungszeugnis', shortAnswer: 'Beantragen beim Bürgerbüro.' });
    const agentUser = await createUser(t, ['agent']);
    const agent = await agentUser.client();
    await useAnswer(agent, 'Nachweis für Arbeitgeber sauber', article.id);
    nextDay();
    await useAnswer(agent, 'Nachweis für Arbeitgeber sauber', article.id);
    const keys = (await t.db.query(`SELECT DISTINCT agent_key FROM search_signals WHERE article_id = $1`, [article.id])) as {
      agent_key: string;
    }[];
    expect(keys).toHaveLength(2);
    for (const { agent_key } of keys) expect(agent_key).not.toContain(agentUser.id);

    await t.app.get(LearningService).maintain();
    const salts = (await t.db.query(`SELECT day::text FROM learning_salts`)) as { day: string }[];
    expect(salts).toHaveLength(1);
  });

  it('counts a contact settled at first contact as used for the searches behind its articles', async () => {
    const article = await publishArticle(cast, { title: 'Wunschkennzeichen reservieren' });
    const agent = await newAgent();
    const search = await agent.get<SearchResponse>(`/api/v1/search?q=${encodeURIComponent('Nummer fürs Auto aussuchen')}`);
    const contact = await agent.post('/api/v1/contacts', {
      outcome: 'settled',
      channel: 'phone',
      articleIds: [article.id],
      searches: [{ articleId: article.id, searchId: search.body.searchId }],
    });
    expect(contact.status).toBe(201);
    await t.app.get(ContactEvents).idle();
    const rows = (await t.db.query(`SELECT signal, terms FROM search_signals WHERE article_id = $1`, [article.id])) as {
      signal: string;
      terms: string[];
    }[];
    expect(rows).toEqual([{ signal: 'settled', terms: expect.arrayContaining(['nummer', 'aussuchen']) }]);
    // The contact row keeps no search and no agent.
    const columns = (await t.db.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'contacts' AND column_name ~ 'search|agent|user'`,
    )) as unknown[];
    expect(columns).toEqual([]);

    const foreign = await agent.post<{ code: string }>('/api/v1/contacts', {
      outcome: 'settled',
      channel: 'phone',
      articleIds: [],
      searches: [{ articleId: article.id, searchId: search.body.searchId }],
    });
    expect([foreign.status, foreign.body.code]).toEqual([400, 'CONTACT_SEARCH_INVALID']);
  });

  it('lets a learned word lift an article into the top 3, never above an exact title match', async () => {
    const titled = await publishArticle(cast, { title: 'Gelber Sack', shortAnswer: 'Wertstoffe sammeln.' });
    const learner = await publishArticle(cast, { title: 'Abfallkalender', shortAnswer: 'Wann welche Tonne geleert wird.' });
    await t.drainOutbox();
    expect(await topIds('Gelber Sack')).not.toContain(learner.id);
    for (let day = 0; day < 3; day++) {
      nextDay();
      await useAnswer(await newAgent(), 'Gelber Sack', learner.id);
      await useAnswer(await newAgent(), 'Gelber Sack', learner.id);
    }
    await t.drainOutbox();
    const top = await topIds('Gelber Sack');
    expect(top[0]).toBe(titled.id);
    expect(top).toContain(learner.id);
  });
});

describe('Learning switched off (LEARNING_ENABLED=false)', () => {
  let t: TestApp;
  afterAll(() => t.close());

  it('stores no signal and learns nothing', async () => {
    t = await createTestApp({ env: { LEARNING_ENABLED: 'false' } });
    const cast = await createCast(t);
    const article = await publishArticle(cast, { title: 'Reisepass beantragen' });
    const search = await cast.agent.get<SearchResponse>('/api/v1/search?q=Urlaubsdokument');
    const feedback = await cast.agent.post<{ outcome: SignalOutcome }>('/api/v1/search/feedback', {
      searchId: search.body.searchId,
      articleId: article.id,
      signal: 'helpful',
    });
    expect(feedback.body.outcome).toBe('learning_off');
    expect(await t.db.query(`SELECT count(*)::int AS n FROM search_signals`)).toEqual([{ n: 0 }]);
  });
});
