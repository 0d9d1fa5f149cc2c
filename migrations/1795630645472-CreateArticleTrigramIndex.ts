import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trigram index for the PostgreSQL search fallback: its substring matches on title and keywords
 * (parts of German compounds) otherwise scan every article. The indexed expression must stay
 * identical to the one in apps/api/src/search/postgres-fallback.search.ts.
 */
export class CreateArticleTrigramIndex1795630645472 implements MigrationInterface {
  name = 'CreateArticleTrigramIndex1795630645472';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(
      `CREATE INDEX articles_title_keywords_trgm_idx ON articles USING gin ((search_title || ' ' || search_keywords) gin_trgm_ops)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    // The extension stays: dropping it could break objects created by others after this migration.
    await q.query(`DROP INDEX IF EXISTS articles_title_keywords_trgm_idx`);
  }
}
