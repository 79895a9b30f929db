import type { AuthorityNotificationContentPatch } from '@lekwacht/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What a follow-up notification (vervolgmelding, GDPR art. 33(4)) tells the AP. */
export interface FollowUpContent {
  /** What is new or changed. */
  description: string;
  /** Why the follow-up is made (new facts from the investigation, a correction …). */
  reason: string;
  /** Changed answers of the AP form, by section; the submitted notification itself stays as it was sent. */
  changes: AuthorityNotificationContentPatch | null;
}

/** A follow-up to a submitted AP notification; never changed once recorded. */
@Entity('authority_notification_follow_ups')
export class AuthorityNotificationFollowUpEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('authority_notification_follow_ups_notification_id_idx')
  @Column({ type: 'uuid' })
  notificationId!: string;

  @Column({ type: 'jsonb' })
  content!: FollowUpContent;

  @Column({ type: 'text', default: 'recorded' })
  state!: 'recorded';

  @Column({ type: 'uuid' })
  createdById!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
