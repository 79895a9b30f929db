import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A server-side session: the cookie holds a random token, the row its SHA-256 (revocable). */
@Entity('sessions')
export class SessionEntity {
  @PrimaryColumn({ type: 'text' })
  tokenHash!: string;

  @Index('sessions_user_id_idx')
  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  csrfToken!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
