import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14: a reviewer of a resubmitted draft sees what changed since the rejection and the
 * rejection comment. `rejection_comment` stays the author's notice (cleared on submit); the
 * last rejection (comment, time, the content rejected) is kept until the draft is published.
 * Drafts rejected before this migration keep their comment; their rejected content is unknown.
 */
export class AddLastRejectionToDrafts1796520000000 implements MigrationInterface {
  name = 'AddLastRejectionToDrafts1796520000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE article_drafts ADD COLUMN last_rejection_comment varchar, ADD COLUMN last_rejected_at timestamptz,
                                  ADD COLUMN rejected_content jsonb`,
    );
    await q.query(
      `UPDATE article_drafts SET last_rejection_comment = rejection_comment, last_rejected_at = updated_at
        WHERE rejection_comment IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE article_drafts DROP COLUMN IF EXISTS last_rejection_comment, DROP COLUMN IF EXISTS last_rejected_at,
                                  DROP COLUMN IF EXISTS rejected_content`,
    );
  }
}
