import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ArticleContent } from '@bsc/domain';

/** An immutable snapshot created by each publication (a database trigger rejects updates). */
@Entity('article_versions')
export class ArticleVersion {
  @PrimaryColumn({ name: 'article_id', type: 'uuid' })
  articleId: string;

  @PrimaryColumn({ type: 'int' })
  number: number;

  @Column({ type: 'jsonb' })
  content: ArticleContent;

  @Column({ name: 'author_ids', type: 'uuid', array: true })
  authorIds: string[];

  @Column({ name: 'approved_by', type: 'uuid' })
  approvedBy: string;

  @Column({ name: 'change_note' })
  changeNote: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
