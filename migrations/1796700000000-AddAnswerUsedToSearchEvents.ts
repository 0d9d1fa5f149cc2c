import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A search after which an agent used an answer (checklist copied, printed, "Hat geholfen", contact
 * settled with it) is no content gap, even when the search itself said "Kein passender Artikel
 * gefunden": the knowledge exists, the words did not find it — that is the learning's job.
 */
export class AddAnswerUsedToSearchEvents1796700000000 implements MigrationInterface {
  name = 'AddAnswerUsedToSearchEvents1796700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_events ADD COLUMN answer_used boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_events DROP COLUMN answer_used`);
  }
}
