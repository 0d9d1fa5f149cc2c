import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { OpeningHours } from '@bsc/domain';

/** A department (Fachbereich) that owns articles. */
@Entity('departments')
export class Department {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  code: string;

  @Column()
  name: string;

  @Column()
  phone: string;

  @Column()
  email: string;

  @Column()
  room: string;

  @Column()
  address: string;

  @Column({ name: 'opening_hours', type: 'jsonb' })
  openingHours: OpeningHours;

  @Column({ name: 'appointment_url', type: 'varchar', nullable: true })
  appointmentUrl: string | null;

  @Column({ name: 'review_interval_days' })
  reviewIntervalDays: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
