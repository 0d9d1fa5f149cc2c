import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Search events without personal data, and the admin-maintained synonym dictionary. */
export class CreateSearchAnalytics1764000000002 implements MigrationInterface {
  name = 'CreateSearchAnalytics1764000000002';

  async up(q: QueryRunner): Promise<void> {
    // No user id on purpose: citizens' words may be personal data (GDPR); rows expire.
    await q.query(`
      CREATE TABLE search_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        at timestamptz NOT NULL DEFAULT now(),
        query varchar(200) NOT NULL,
        result_count integer NOT NULL,
        degraded boolean NOT NULL DEFAULT false,
        clicked_article_id uuid,
        clicked_position integer,
        clicked_at timestamptz
      )`);
    await q.query(`CREATE INDEX search_events_at_idx ON search_events (at)`);
    await q.query(`
      CREATE TABLE search_synonyms (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        term varchar(80) NOT NULL,
        synonyms text[] NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX search_synonyms_term_key ON search_synonyms (lower(term))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS search_synonyms`);
    await q.query(`DROP TABLE IF EXISTS search_events`);
  }
}
