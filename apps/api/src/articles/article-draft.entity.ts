import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ArticleContent, DraftState } from '@bsc/domain';

/** The one mutable working copy of an article, guarded by a revision counter. */
@Entity('article_drafts')
export class ArticleDraft {
  @PrimaryColumn({ name: 'article_id', type: 'uuid' })
  articleId: string;

  @Column({ type: 'varchar' })
  state: DraftState;

  @Column({ type: 'int' })
  revision: number;

  @Column({ type: 'jsonb' })
  content: ArticleContent;

  @Column({ name: 'base_version', type: 'int', nullable: true })
  baseVersion: number | null;

  @Column({ name: 'author_ids', type: 'uuid', array: true })
  authorIds: string[];

  @Column({ name: 'change_note', type: 'varchar', nullable: true })
  changeNote: string | null;

  @Column({ name: 'rejection_comment', type: 'varchar', nullable: true })
  rejectionComment: string | null;

  /** The comment of the last rejection; kept through resubmission until publication. */
  @Column({ name: 'last_rejection_comment', type: 'varchar', nullable: true })
  lastRejectionComment: string | null;

  @Column({ name: 'last_rejected_at', type: 'timestamptz', nullable: true })
  lastRejectedAt: Date | null;

  /** The content as it was rejected, so a reviewer sees what changed since. */
  @Column({ name: 'rejected_content', type: 'jsonb', nullable: true })
  rejectedContent: ArticleContent | null;

  @Column({ name: 'publish_at', type: 'timestamptz', nullable: true })
  publishAt: Date | null;

  @Column({ name: 'valid_until', type: 'timestamptz', nullable: true })
  validUntil: Date | null;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy: string | null;

  @Column({ name: 'approved_by', type: 'uuid', nullable: true })
  approvedBy: string | null;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
