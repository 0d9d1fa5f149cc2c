import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The PostgreSQL side of the agent search: BM25F over per-field German lexemes (with compound
 * parts), kept by the search indexer from the same outbox rows as Meilisearch and rebuilt by
 * `kb reindex` (apps/api/src/search/ranking/). Impact-ordered postings: each (lexeme, article)
 * stores its field-weighted, length-normalised, saturated term frequency, so a query reads only
 * the top postings of each word (SEARCH-NOTES.md: p95 871 ms → 69 ms at 100k articles).
 */
export class CreateRankingPostings1796407000000 implements MigrationInterface {
  name = 'CreateRankingPostings1796407000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE search_documents (
        article_id uuid PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        field_lengths real[] NOT NULL,
        words text[] NOT NULL
      )`);
    await q.query(`
      CREATE TABLE search_postings (
        article_id uuid NOT NULL REFERENCES search_documents(article_id) ON DELETE CASCADE,
        lexeme text NOT NULL,
        tf real[] NOT NULL,
        impact real NOT NULL,
        PRIMARY KEY (article_id, lexeme)
      )`);
    await q.query(`CREATE INDEX search_postings_impact_idx ON search_postings (lexeme, impact DESC) INCLUDE (article_id)`);
    await q.query(`CREATE TABLE search_terms (lexeme text PRIMARY KEY, df integer NOT NULL)`);
    await q.query(`CREATE TABLE search_words (word text PRIMARY KEY, lexeme text NOT NULL, df integer NOT NULL)`);
    await q.query(`CREATE INDEX search_words_trgm_idx ON search_words USING gin (word gin_trgm_ops)`);
    await q.query(`
      CREATE TABLE search_corpus (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        documents integer NOT NULL,
        avg_field_lengths real[] NOT NULL,
        params jsonb NOT NULL,
        refreshed_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The one definition of a posting's impact (BM25F): Σ weight·tf / (1 − b + b·len/avg) over
    // the six ranked fields (RANKING_FIELDS), saturated as t / (k1 + t). Used by the indexer's
    // writes and by the refresh after the averages or the parameters changed. Written out per
    // field (no subquery) so that PostgreSQL inlines it: with generate_subscripts it ran as a
    // function call per row and writing 86k postings hit the statement timeout on a busy machine.
    await q.query(`
      CREATE FUNCTION bm25f_saturate(t real, k1 real) RETURNS real LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT (t / (k1 + t))::real $$`);
    await q.query(`
      CREATE FUNCTION bm25f_impact(tf real[], lengths real[], averages real[], weights real[], k1 real, b real)
      RETURNS real LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT bm25f_saturate((
          weights[1] * tf[1] / (1 - b + b * lengths[1] / greatest(averages[1], 1))
          + weights[2] * tf[2] / (1 - b + b * lengths[2] / greatest(averages[2], 1))
          + weights[3] * tf[3] / (1 - b + b * lengths[3] / greatest(averages[3], 1))
          + weights[4] * tf[4] / (1 - b + b * lengths[4] / greatest(averages[4], 1))
          + weights[5] * tf[5] / (1 - b + b * lengths[5] / greatest(averages[5], 1))
          + weights[6] * tf[6] / (1 - b + b * lengths[6] / greatest(averages[6], 1)))::real, k1)
      $$`);
    await q.query(`ALTER TABLE search_outbox ADD COLUMN postings_applied boolean NOT NULL DEFAULT false`);
    await q.query(`CREATE INDEX search_outbox_postings_idx ON search_outbox (id) WHERE NOT postings_applied`);
    // Every published article gets its postings from the indexer.
    await q.query(`INSERT INTO search_outbox (article_id) SELECT id FROM articles WHERE published_version IS NOT NULL AND NOT archived`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS search_outbox_postings_idx`);
    await q.query(`ALTER TABLE search_outbox DROP COLUMN IF EXISTS postings_applied`);
    await q.query(`DROP FUNCTION IF EXISTS bm25f_impact(real[], real[], real[], real[], real, real)`);
    await q.query(`DROP FUNCTION IF EXISTS bm25f_saturate(real, real)`);
    for (const table of ['search_corpus', 'search_words', 'search_terms', 'search_postings', 'search_documents']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
