import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Learning the citizens' words (issue 12):
 * - `search_signals`: what an agent did with an answer, with the search's analysed words and
 *   the agent only as a keyed hash that changes every day (`learning_salts` keeps a day's key
 *   until the day is over; then the hashes of that day can no longer be tied to anyone). The
 *   unique index makes 50 identical signals of one agent on one day count once.
 * - `learned_terms`: the words each article has learned (what the indexer puts in its search
 *   text), kept by the learning service; `learned_term_blocks`: words an author or admin blocked.
 * - BM25F gets a seventh field, `learned`: stored arrays get a zero for it, the impact function
 *   one more (unrolled) term.
 */
export class CreateSearchLearning1796500000000 implements MigrationInterface {
  name = 'CreateSearchLearning1796500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_signals (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL,
        day date NOT NULL,
        article_id uuid NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        signal varchar(16) NOT NULL CHECK (signal IN ('copied', 'printed', 'helpful', 'not_helpful')),
        terms text[] NOT NULL CHECK (cardinality(terms) BETWEEN 1 AND 32),
        agent_key char(64) NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX search_signals_once_idx ON search_signals (agent_key, article_id, signal, terms)`);
    await q.query(`CREATE INDEX search_signals_article_idx ON search_signals (article_id)`);
    await q.query(`CREATE INDEX search_signals_at_idx ON search_signals (at)`);
    await q.query(`CREATE TABLE learning_salts (day date PRIMARY KEY, salt bytea NOT NULL)`);
    await q.query(`
      CREATE TABLE learned_terms (
        article_id uuid PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        terms text[] NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE learned_term_blocks (
        article_id uuid NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        term text NOT NULL,
        blocked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (article_id, term)
      )`);
    await q.query(`UPDATE search_postings SET tf = tf || 0::real WHERE cardinality(tf) = 6`);
    await q.query(`UPDATE search_documents SET field_lengths = field_lengths || 0::real WHERE cardinality(field_lengths) = 6`);
    await q.query(`UPDATE search_corpus SET avg_field_lengths = avg_field_lengths || 0::real WHERE cardinality(avg_field_lengths) = 6`);
    await q.query(`
      CREATE OR REPLACE FUNCTION bm25f_impact(tf real[], lengths real[], averages real[], weights real[], k1 real, b real)
      RETURNS real LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT bm25f_saturate((
          weights[1] * tf[1] / (1 - b + b * lengths[1] / greatest(averages[1], 1))
          + weights[2] * tf[2] / (1 - b + b * lengths[2] / greatest(averages[2], 1))
          + weights[3] * tf[3] / (1 - b + b * lengths[3] / greatest(averages[3], 1))
          + weights[4] * tf[4] / (1 - b + b * lengths[4] / greatest(averages[4], 1))
          + weights[5] * tf[5] / (1 - b + b * lengths[5] / greatest(averages[5], 1))
          + weights[6] * tf[6] / (1 - b + b * lengths[6] / greatest(averages[6], 1))
          + coalesce(weights[7] * tf[7] / (1 - b + b * lengths[7] / greatest(averages[7], 1)), 0))::real, k1)
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION bm25f_impact(tf real[], lengths real[], averages real[], weights real[], k1 real, b real)
      RETURNS real LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT bm25f_saturate((
          weights[1] * tf[1] / (1 - b + b * lengths[1] / greatest(averages[1], 1))
          + weights[2] * tf[2] / (1 - b + b * lengths[2] / greatest(averages[2], 1))
          + weights[3] * tf[3] / (1 - b + b * lengths[3] / greatest(averages[3], 1))
          + weights[4] * tf[4] / (1 - b + b * lengths[4] / greatest(averages[4], 1))
          + weights[5] * tf[5] / (1 - b + b * lengths[5] / greatest(averages[5], 1))
          + weights[6] * tf[6] / (1 - b + b * lengths[6] / greatest(averages[6], 1)))::real, k1)
      $$`);
    await q.query(`UPDATE search_postings SET tf = tf[1:6]`);
    await q.query(`UPDATE search_documents SET field_lengths = field_lengths[1:6]`);
    await q.query(`UPDATE search_corpus SET avg_field_lengths = avg_field_lengths[1:6]`);
    for (const table of ['learned_term_blocks', 'learned_terms', 'learning_salts', 'search_signals'])
      await q.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
