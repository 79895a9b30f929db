import type { NotificationTerms } from '@lekwacht/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The notification terms in force for one customer when the breach was registered (or when the
 * customer was added to it). Later edits to the customer's agreement never move this breach's
 * deadlines.
 */
@Entity('breach_notification_terms')
@Index('breach_notification_terms_breach_customer_key', ['breachId', 'customerId'], { unique: true })
export class BreachNotificationTermsEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  breachId!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'jsonb' })
  terms!: NotificationTerms;

  /** false = nothing was agreed and the privacy statement's defaults applied. */
  @Column({ type: 'boolean' })
  agreed!: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  snapshottedAt!: Date;
}
