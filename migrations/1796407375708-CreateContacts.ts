import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * First-contact outcomes: the admin-kept list of external authorities, single contacts (kept
 * 90 days by default) and two daily rollups (kept two years) that the dashboard reads and that
 * every recorded contact updates in its own transaction. No citizen data, no free text and no
 * agent identity: the figures steer services, not people.
 */
export class CreateContacts1796407375708 implements MigrationInterface {
  name = 'CreateContacts1796407375708';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE authorities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(120) NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX authorities_name_key ON authorities (lower(name))`);
    await q.query(`
      CREATE TABLE contacts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recorded_at timestamptz NOT NULL,
        day date NOT NULL,
        outcome varchar(20) NOT NULL CHECK (outcome IN ('settled', 'forwarded', 'appointment', 'callback', 'referred')),
        channel varchar(20) NOT NULL CHECK (channel IN ('phone', 'counter', 'email')),
        article_ids uuid[] NOT NULL DEFAULT '{}',
        department_id uuid,
        forwarded_to_department_id uuid REFERENCES departments(id) ON DELETE SET NULL,
        authority_id uuid REFERENCES authorities(id)
      )`);
    await q.query(`CREATE INDEX contacts_day_idx ON contacts (day)`);
    // department_id is the department the contact counts for (see contactDepartment in libs/domain);
    // no foreign key, so a deleted department's history stays countable.
    await q.query(`
      CREATE TABLE contact_daily_counts (
        day date NOT NULL,
        department_id uuid,
        channel varchar(20) NOT NULL,
        outcome varchar(20) NOT NULL,
        with_article boolean NOT NULL,
        contacts integer NOT NULL,
        CONSTRAINT contact_daily_counts_key UNIQUE NULLS NOT DISTINCT (day, department_id, channel, outcome, with_article)
      )`);
    await q.query(`CREATE INDEX contact_daily_counts_department_idx ON contact_daily_counts (department_id, day)`);
    await q.query(`
      CREATE TABLE contact_article_daily_counts (
        day date NOT NULL,
        article_id uuid NOT NULL,
        department_id uuid NOT NULL,
        outcome varchar(20) NOT NULL,
        contacts integer NOT NULL,
        PRIMARY KEY (day, article_id, outcome)
      )`);
    await q.query(`CREATE INDEX contact_article_daily_counts_department_idx ON contact_article_daily_counts (department_id, day)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS contact_article_daily_counts`);
    await q.query(`DROP TABLE IF EXISTS contact_daily_counts`);
    await q.query(`DROP TABLE IF EXISTS contacts`);
    await q.query(`DROP TABLE IF EXISTS authorities`);
  }
}
