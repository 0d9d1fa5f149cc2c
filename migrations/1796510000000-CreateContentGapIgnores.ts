import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Words an admin or lead marked "ignorieren" in the content-gap list (issue 12): they name no gap again. */
export class CreateContentGapIgnores1796510000000 implements MigrationInterface {
  name = 'CreateContentGapIgnores1796510000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE content_gap_ignores (term text PRIMARY KEY, ignored_at timestamptz NOT NULL DEFAULT now())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS content_gap_ignores`);
  }
}
