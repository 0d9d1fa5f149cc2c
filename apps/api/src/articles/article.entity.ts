import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ArticleKind } from '@bsc/domain';

/** Identity and publication state of an article; content lives in drafts and versions. */
@Entity('articles')
export class Article {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'department_id', type: 'uuid' })
  departmentId: string;

  @Column({ type: 'varchar' })
  kind: ArticleKind;

  @Column({ name: 'external_ref', type: 'varchar', nullable: true })
  externalRef: string | null;

  @Column({ name: 'published_version', type: 'int', nullable: true })
  publishedVersion: number | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column()
  archived: boolean;

  @Column({ name: 'valid_until', type: 'timestamptz', nullable: true })
  validUntil: Date | null;

  @Column({ name: 'review_interval_days', type: 'int', nullable: true })
  reviewIntervalDays: number | null;

  @Column({ name: 'last_verified_at', type: 'timestamptz' })
  lastVerifiedAt: Date;

  /** When the catalogue last changed an imported article (DLDB `lastupdate`). */
  @Column({ name: 'source_updated_at', type: 'timestamptz', nullable: true })
  sourceUpdatedAt: Date | null;

  /** Imported and not confirmed by a person since: due for review, labelled by the source's date. */
  @Column({ name: 'source_unverified', type: 'boolean', default: false })
  sourceUnverified: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
