import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { AuthorityNotificationEntity } from './authority-notification.entity';

/**
 * A manager's refusal of an AP notification draft submitted for approval (four-eyes), with the
 * reason: the draft goes back to the officer. Written in the same transaction as the audit event
 * `authority_notification.rejected`; never changed once recorded. Rejections recorded before this
 * table existed were copied from those audit events (migration 1796000000022).
 */
@Entity('authority_notification_rejections')
@Index('authority_notification_rejections_notification_rejected_idx', ['notificationId', 'rejectedAt'])
export class AuthorityNotificationRejectionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'authority_notification_rejections_pkey' })
  id!: string;

  @ForeignKey(() => AuthorityNotificationEntity, { name: 'authority_notification_rejections_notification_id_fkey' })
  @Column({ type: 'uuid' })
  notificationId!: string;

  @Column({ type: 'text' })
  reason!: string;

  /** The manager who rejected it; null only for a copied audit event that named nobody. */
  @ForeignKey(() => UserEntity, { name: 'authority_notification_rejections_rejected_by_id_fkey' })
  @Column({ type: 'uuid', nullable: true })
  rejectedById!: string | null;

  /** The manager's name when they rejected it, as the notification's history shows it. */
  @Column({ type: 'text' })
  rejectedByName!: string;

  @Column({ type: 'timestamptz' })
  rejectedAt!: Date;
}
