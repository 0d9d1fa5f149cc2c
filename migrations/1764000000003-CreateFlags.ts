import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Agents' flags on articles (outdated, wrong, incomplete, unclear) and their resolution. */
export class CreateFlags1764000000003 implements MigrationInterface {
  name = 'CreateFlags1764000000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE flags (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        article_id uuid NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        version integer,
        reason varchar(20) NOT NULL CHECK (reason IN ('outdated', 'wrong', 'incomplete', 'unclear')),
        comment varchar(2000) NOT NULL DEFAULT '',
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        status varchar(10) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
        resolution_note varchar(2000),
        resolved_by uuid REFERENCES users(id),
        resolved_at timestamptz,
        fixed_in_version integer
      )`);
    await q.query(`CREATE INDEX flags_article_idx ON flags (article_id) WHERE status = 'open'`);
    await q.query(`CREATE INDEX flags_created_by_idx ON flags (created_by)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS flags`);
  }
}
