import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14: imported data never claims what it doesn't know.
 * - `source_updated_at`: when the catalogue (DLDB `meta.lastupdate`) last changed an imported
 *   article; `source_unverified`: nobody has confirmed the article since the import. Such an
 *   article shows "laut Quelle aktualisiert am …" instead of "geprüft am <import day>", and is
 *   due for review by its department (last_verified_at = the import minus the review interval).
 * - `article_locations`: every office (Standort) the catalogue names for a service, in its order;
 *   the first is the article's department.
 * Published imported articles that nobody has verified since their import (the version was
 * approved by the import user and last_verified_at is its publication) are marked and made due.
 */
export class TrackCatalogueSource1796520000001 implements MigrationInterface {
  name = 'TrackCatalogueSource1796520000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE articles ADD COLUMN source_updated_at timestamptz,
                            ADD COLUMN source_unverified boolean NOT NULL DEFAULT false`,
    );
    await q.query(`
      CREATE TABLE article_locations (
        article_id uuid NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        department_id uuid NOT NULL REFERENCES departments(id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position >= 0),
        PRIMARY KEY (article_id, department_id)
      )`);
    await q.query(`CREATE INDEX article_locations_department ON article_locations (department_id)`);
    await q.query(`
      UPDATE articles a
         SET source_unverified = true,
             last_verified_at = a.last_verified_at - make_interval(days => coalesce(a.review_interval_days, d.review_interval_days))
        FROM departments d, article_versions v, users u
       WHERE d.id = a.department_id AND v.article_id = a.id AND v.number = a.published_version
         AND u.id = v.approved_by AND u.login = 'import'
         AND a.external_ref LIKE 'dldb:%'
         AND a.last_verified_at <= coalesce(a.published_at, v.created_at) + interval '1 minute'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS article_locations`);
    await q.query(`ALTER TABLE articles DROP COLUMN IF EXISTS source_updated_at, DROP COLUMN IF EXISTS source_unverified`);
  }
}
