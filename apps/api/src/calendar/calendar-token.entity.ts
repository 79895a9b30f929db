import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A personal calendar-feed link. The URL carries `{id}.{HMAC(id)}`; the row keeps only the
 * SHA-256 of that token, so a database leak does not hand out working feed links. At most one
 * active (not revoked) token per user, enforced by a partial unique index.
 */
@Entity('calendar_tokens')
@Index('calendar_tokens_one_active_per_user', ['userId'], { unique: true, where: '"revoked_at" IS NULL' })
export class CalendarTokenEntity {
  /** Random, URL-safe; the public half of the token. */
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  tokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
