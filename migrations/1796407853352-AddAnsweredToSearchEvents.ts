import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether the search said it found an answer (issue 11): the admin's analytics list unanswered
 * searches next to zero-result ones, so content gaps surface even when weak candidates exist.
 */
export class AddAnsweredToSearchEvents1796407853352 implements MigrationInterface {
  name = 'AddAnsweredToSearchEvents1796407853352';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_events ADD COLUMN answered boolean`);
    // Until this migration the API answered exactly when it had a hit.
    await q.query(`UPDATE search_events SET answered = result_count > 0`);
    await q.query(`ALTER TABLE search_events ALTER COLUMN answered SET NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_events DROP COLUMN IF EXISTS answered`);
  }
}
