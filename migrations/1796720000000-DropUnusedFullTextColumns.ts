import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first version's PostgreSQL full-text fallback (a weighted tsvector over copies of title,
 * keywords and short answer, and a trigram index on title and keywords) was replaced by BM25F
 * over the search postings; nothing reads those columns since, yet every publish still wrote
 * them and both GIN indexes. They go; `search_body` stays (the page's snippets are cut from it).
 *
 * `search_body` is written again: its body text came from `jsonb_path_query(…, 'lax $.**.text')`,
 * and in lax mode `.**` visits every text node twice (PostgreSQL documents the pitfall), so each
 * sentence of a body stood in the snippets twice ("…nicht das Essensgeld; … nicht das Essensgeld;
 * …"). The same statement as `refreshSearchBody` (search-outbox.ts) at the time of writing.
 */
export class DropUnusedFullTextColumns1796720000000 implements MigrationInterface {
  name = 'DropUnusedFullTextColumns1796720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS articles_title_keywords_trgm_idx`);
    await q.query(`DROP INDEX IF EXISTS articles_search_idx`);
    await q.query(
      `ALTER TABLE articles DROP COLUMN search_vector, DROP COLUMN search_title, DROP COLUMN search_keywords, DROP COLUMN search_summary`,
    );
    await q.query(
      `UPDATE articles a SET
         search_body = concat_ws(' ',
           (SELECT string_agg(t #>> '{}', ' ') FROM jsonb_path_query(v.content->'body', 'strict $.**.text') t),
           (SELECT string_agg(d.name, ' ') FROM jsonb_array_elements(v.content->'documents') rd
              JOIN documents d ON d.id::text = rd->>'documentId'),
           v.content->>'prerequisites', v.content->>'procedure', v.content->>'fees')
       FROM article_versions v
       WHERE v.article_id = a.id AND v.number = a.published_version`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE articles
         ADD COLUMN search_title text NOT NULL DEFAULT '',
         ADD COLUMN search_keywords text NOT NULL DEFAULT '',
         ADD COLUMN search_summary text NOT NULL DEFAULT ''`,
    );
    await q.query(
      `UPDATE articles a SET
         search_title = coalesce(v.content->>'title', ''),
         search_keywords = coalesce((SELECT string_agg(k, ' ') FROM jsonb_array_elements_text(v.content->'keywords') k), ''),
         search_summary = coalesce(v.content->>'shortAnswer', '')
       FROM article_versions v
       WHERE v.article_id = a.id AND v.number = a.published_version`,
    );
    await q.query(
      `ALTER TABLE articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
         setweight(to_tsvector('german'::regconfig, search_title), 'A') ||
         setweight(to_tsvector('german'::regconfig, search_keywords), 'A') ||
         setweight(to_tsvector('german'::regconfig, search_summary), 'B') ||
         setweight(to_tsvector('german'::regconfig, search_body), 'C')
       ) STORED`,
    );
    await q.query(`CREATE INDEX articles_search_idx ON articles USING gin (search_vector)`);
    await q.query(
      `CREATE INDEX articles_title_keywords_trgm_idx ON articles USING gin ((search_title || ' ' || search_keywords) gin_trgm_ops)`,
    );
  }
}
