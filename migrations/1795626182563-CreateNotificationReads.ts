import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-user read markers of in-app notifications. The notifications themselves are derived
 * on read from flags, the audit log and the articles' freshness, so only "read" is stored.
 */
export class CreateNotificationReads1795626182563 implements MigrationInterface {
  name = 'CreateNotificationReads1795626182563';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification_reads (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        notification_id varchar(120) NOT NULL,
        read_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, notification_id)
      )`);
    // Submission and rejection notifications select audit events by action and time window.
    await q.query(`CREATE INDEX audit_events_action_at_idx ON audit_events (action, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS audit_events_action_at_idx`);
    await q.query(`DROP TABLE IF EXISTS notification_reads`);
  }
}
