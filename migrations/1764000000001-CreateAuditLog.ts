import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Append-only, hash-chained audit log. */
export class CreateAuditLog1764000000001 implements MigrationInterface {
  name = 'CreateAuditLog1764000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_events (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        actor_login varchar(64),
        action varchar(80) NOT NULL,
        subject_type varchar(40) NOT NULL,
        subject_id varchar(100),
        details jsonb NOT NULL DEFAULT '{}',
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL
      )`);
    await q.query(`CREATE INDEX audit_events_subject_idx ON audit_events (subject_type, subject_id)`);
    await q.query(`CREATE INDEX audit_events_actor_idx ON audit_events (actor_id)`);
    await q.query(`CREATE INDEX audit_events_at_idx ON audit_events (at)`);
    // Append-only: updates and deletes are rejected by the database itself.
    await q.query(`
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION reject_change()`);
    await q.query(`
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION reject_change()`);
    await q.query(`
      CREATE TRIGGER article_versions_no_delete BEFORE DELETE ON article_versions
      FOR EACH ROW WHEN (pg_trigger_depth() = 0 AND current_setting('bsc.allow_article_delete', true) IS DISTINCT FROM 'on')
      EXECUTE FUNCTION reject_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS article_versions_no_delete ON article_versions`);
    await q.query(`DROP TABLE IF EXISTS audit_events`);
  }
}
