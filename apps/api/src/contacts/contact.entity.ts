import type { ContactChannel, ContactOutcome } from '@bsc/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One recorded first contact (kept CONTACT_RETENTION_DAYS). Holds no citizen data, no free text
 * and no agent: the dashboard reads the daily rollups (contact_daily_counts and
 * contact_article_daily_counts, report tables written by contact-rollup.ts), not this table.
 */
@Entity('contacts')
export class Contact {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  /** Calendar day in Europe/Berlin. */
  @Column({ type: 'date' })
  day: string;

  @Column({ type: 'varchar' })
  outcome: ContactOutcome;

  @Column({ type: 'varchar' })
  channel: ContactChannel;

  @Column({ name: 'article_ids', type: 'uuid', array: true })
  articleIds: string[];

  /** The department the contact counts for (set by the recording statement, recordContactWithRollups in contact-rollup.ts). */
  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  @Column({ name: 'forwarded_to_department_id', type: 'uuid', nullable: true })
  forwardedToDepartmentId: string | null;

  @Column({ name: 'authority_id', type: 'uuid', nullable: true })
  authorityId: string | null;
}
