import type { Language } from '@lekwacht/contracts';
import type { NotificationTerms } from '@lekwacht/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** An organisation the vendor works for; notices go to its contact person, else management. */
@Entity('customers')
export class CustomerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('customers_name_idx')
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  contactPersonName!: string | null;

  @Column({ type: 'text', nullable: true })
  contactPersonEmail!: string | null;

  @Column({ type: 'text' })
  managementName!: string;

  @Column({ type: 'text' })
  managementEmail!: string;

  @Column({ type: 'text', default: 'nl' })
  language!: Language;

  /** What the processing agreement says about breach notices; null = nothing agreed (defaults). */
  @Column({ type: 'jsonb', nullable: true })
  notificationTerms!: NotificationTerms | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
