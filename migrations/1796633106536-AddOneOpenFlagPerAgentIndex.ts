import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One open flag per agent and article (issue 14): a second flag by the same agent updates the
 * first, so the department's queue does not count one concern twice. The partial unique index is
 * what the API's `INSERT … ON CONFLICT` relies on, and it also holds when two requests race.
 */
export class AddOneOpenFlagPerAgentIndex1796633106536 implements MigrationInterface {
  name = 'AddOneOpenFlagPerAgentIndex1796633106536';

  async up(q: QueryRunner): Promise<void> {
    // Duplicates from before: the newest stays open; older ones are closed with a note rather than
    // deleted, so the agent's "Meine Meldungen" still shows what was said. resolved_by stays NULL:
    // nobody resolved them, and no "erledigt" notification is sent for them.
    await q.query(`
      UPDATE flags f SET status = 'resolved', resolved_at = now(),
             resolution_note = 'Ersetzt durch eine neuere Meldung derselben Person.'
       WHERE f.status = 'open' AND EXISTS (
             SELECT 1 FROM flags newer
              WHERE newer.status = 'open' AND newer.article_id = f.article_id AND newer.created_by = f.created_by
                AND (newer.created_at, newer.id) > (f.created_at, f.id))`);
    await q.query(`CREATE UNIQUE INDEX flags_one_open_per_agent_idx ON flags (article_id, created_by) WHERE status = 'open'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS flags_one_open_per_agent_idx`);
  }
}
