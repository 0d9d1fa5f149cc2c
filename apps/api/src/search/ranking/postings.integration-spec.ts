import type { DataSource } from 'typeorm';
import { queryOne, queryRows } from '../../database/typed-rows';
import { ArticleSchedulerService } from '../../articles/article-scheduler.service';
import { createCast, publishArticle, type Cast } from '../../../testing/factories';
import { createTestApp, type TestApp } from '../../../testing/test-app';
import { ReindexService } from '../reindex.service';
import { SearchSetupService } from '../search-setup.service';
import { rankBm25f } from './bm25f-query';
import { refreshCorpus } from './postings-store';
import { rankingQuery } from './query-terms';
import { RankingVocabulary } from './ranking-vocabulary.service';

/** Everything the BM25F tables hold, in a stable order (impacts rounded: real arithmetic). */
async function postingsState(db: DataSource): Promise<unknown> {
  return {
    documents: await queryRows(
      db,
      { article_id: 'text', field_lengths: 'float[]', words: 'text[]' },
      `SELECT article_id, field_lengths, words FROM search_documents ORDER BY article_id`,
    ),
    // The rounded impact is numeric, which node-postgres returns as text.
    postings: await queryRows(
      db,
      { article_id: 'text', lexeme: 'text', tf: 'float[]', impact: 'text' },
      `SELECT article_id, lexeme, tf, round(impact::numeric, 5) AS impact FROM search_postings ORDER BY article_id, lexeme`,
    ),
    terms: await queryRows(db, { lexeme: 'text', df: 'int' }, `SELECT lexeme, df FROM search_terms ORDER BY lexeme`),
    words: await queryRows(db, { word: 'text', lexeme: 'text', df: 'int' }, `SELECT word, lexeme, df FROM search_words ORDER BY word`),
    corpus: await queryRows(
      db,
      { documents: 'int', avg_field_lengths: 'float[]' },
      `SELECT documents, avg_field_lengths FROM search_corpus`,
    ),
  };
}

describe('BM25F postings', () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    t = await createTestApp();
    cast = await createCast(t);
  });
  afterAll(() => t.close());

  /** The incrementally kept tables equal what a rebuild from the source of truth writes. */
  async function expectInStepWithRebuild(): Promise<void> {
    await t.drainOutbox();
    // Incremental writes keep the averages of their time; compare after recomputing them.
    await t.db.transaction((m) => refreshCorpus(m, t.app.get(SearchSetupService).rankingParams, true));
    const incremental = await postingsState(t.db);
    await t.app.get(ReindexService).rebuild();
    expect(await postingsState(t.db)).toEqual(incremental);
  }

  it('match a rebuild from the source of truth after publish, expiry, archive and reindex', async () => {
    const zulassung = await publishArticle(cast, {
      title: 'Kraftfahrzeugzulassung',
      keywords: ['Auto anmelden', 'Nummernschild'],
      shortAnswer: 'Neue Fahrzeuge lassen Sie bei der Zulassungsstelle zu.',
    });
    const hund = await publishArticle(cast, { title: 'Hundesteuer', shortAnswer: 'Für jeden Hund wird Hundesteuer fällig.' });
    await publishArticle(cast, { title: 'Geburtsurkunde', shortAnswer: 'Die Geburtsurkunde stellt das Standesamt aus.' });
    await expectInStepWithRebuild();
    const { n } = await queryOne(t.db, { n: 'int' }, `SELECT count(*)::int AS n FROM search_documents`);
    expect(n).toBe(3);

    await t.db.query(`UPDATE articles SET valid_until = now() - interval '1 minute' WHERE id = $1`, [hund.id]);
    await t.app.get(ArticleSchedulerService).runOnce();
    await expectInStepWithRebuild();

    const archived = await cast.reviewer.post(`/api/v1/articles/${zulassung.id}/archive`, {});
    expect(archived.status).toBe(200);
    await expectInStepWithRebuild();
    const { left } = await queryOne(t.db, { left: 'int' }, `SELECT count(*)::int AS left FROM search_postings WHERE article_id = $1`, [
      zulassung.id,
    ]);
    expect(left).toBe(0);
    // Three rebuilds of a Meilisearch index (create, settings, swap) on a busy two-core machine.
  }, 180_000);

  it('split compounds of documents into their parts (decompounding at index time)', async () => {
    const article = await publishArticle(cast, { title: 'Niederlassungserlaubnis', shortAnswer: 'Unbefristeter Aufenthaltstitel.' });
    await t.drainOutbox();
    const rows = await queryRows(t.db, { lexeme: 'text' }, `SELECT lexeme FROM search_postings WHERE article_id = $1 ORDER BY lexeme`, [
      article.id,
    ]);
    expect(rows.map((r) => r.lexeme)).toEqual(
      expect.arrayContaining(['niederlassungserlaubnis', 'niederlass', 'erlaubnis', 'aufenthalt', 'titel']),
    );
  });

  it('count edits as Meilisearch does: substitutions, insertions, deletions, swapped neighbours', async () => {
    const edits = async (a: string, b: string) => (await queryOne(t.db, { n: 'int' }, `SELECT typo_edits($1, $2) AS n`, [a, b])).n;
    expect(await edits('fuhrerschein', 'fuhrerschein')).toBe(0);
    expect(await edits('furerschein', 'fuhrerschein')).toBe(1);
    expect(await edits('fuhrerschien', 'fuhrerschein')).toBe(1);
    expect(await edits('ummelden', 'anmelden')).toBe(2);
    expect(await edits('eltern', 'elterngeld')).toBe(4);
  });

  it('let an unknown word stand in for a corpus word only within the typo edits Meilisearch allows', async () => {
    const article = await publishArticle(cast, { title: 'Wohnsitzanmeldung', shortAnswer: 'Anmelden innerhalb von zwei Wochen.' });
    await t.drainOutbox();
    const setup = t.app.get(SearchSetupService);
    const vocabulary = await t.app.get(RankingVocabulary).current();
    const standInsOf = async (q: string) => {
      const query = rankingQuery(q, vocabulary, await setup.vocabulary(), setup.rankingParams);
      const result = await rankBm25f(
        t.db.manager,
        { terms: query.terms, wordCount: query.words.length, now: Date.now(), limit: 10 },
        setup.rankingParams,
      );
      return { standIns: result.standIns.map((s) => s.lexeme), top: result.candidates[0]?.articleId };
    };

    // One edit in eight letters: "anmelten" stands in for "anmelden" and finds the article.
    const typo = await standInsOf('anmelten');
    expect(typo.standIns).toContain('anmeld');
    expect(typo.top).toBe(article.id);
    // Two edits in eight letters: trigram-similar, but Meilisearch would not match it either.
    expect((await standInsOf('ummelden')).standIns).not.toContain('anmeld');
  });

  it("lets the general thesaurus's related article words stand in for a word no article contains, and only for such a word", async () => {
    const bike = await publishArticle(cast, { title: 'Fahrrad als gestohlen melden', shortAnswer: 'Diebstahl bei der Polizei anzeigen.' });
    await publishArticle(cast, { title: 'Hund anmelden', shortAnswer: 'Hundesteuer beim Steueramt.' });
    await t.drainOutbox();
    const setup = t.app.get(SearchSetupService);
    const vocabulary = await t.app.get(RankingVocabulary).current();
    const rank = async (q: string, relatedWeight: number) => {
      const params = { ...setup.rankingParams, relatedWeight };
      const query = rankingQuery(q, vocabulary, await setup.vocabulary(), params);
      const result = await rankBm25f(
        t.db.manager,
        { terms: query.terms, wordCount: query.words.length, now: Date.now(), limit: 10 },
        params,
      );
      return result.candidates.map((c) => c.articleId);
    };

    expect(vocabulary.related('drahtesel')).toContain('fahrrad');
    expect(await rank('Drahtesel', 0)).not.toContain(bike.id);
    expect((await rank('Drahtesel', 0.5))[0]).toBe(bike.id);
    // "Hund" is an article word: its thesaurus relations ("Köter", "Fiffi") are never added.
    expect(vocabulary.related('hund')).toEqual([]);
  });

  it('keeps words the indexer added before a load whose snapshot predates their commit', async () => {
    const vocabulary = new RankingVocabulary(t.db);
    // The indexer adds a batch's words, then its transaction commits; a first search loads the
    // table in between.
    vocabulary.add(['quellwasserleitung']);
    const words = await vocabulary.current();
    expect(words.has('quellwasserleitung')).toBe(true);
  });
});
