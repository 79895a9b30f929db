import { Column, CreateDateColumn, Entity, Generated, Index, PrimaryColumn } from 'typeorm';

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

  /** Public id for the "my sessions" list; the token hash never leaves the server. */
  @Index('sessions_id_idx', { unique: true })
  @Column({ type: 'uuid' })
  @Generated('uuid')
  id!: string;

  /** The browser that signed in (User-Agent, cut to 300 characters), to recognise the session by. */
  @Column({ type: 'text', nullable: true })
  userAgent!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /**
   * The password was right but the user's role requires a second factor they have not set up:
   * this session may only enrol (AuthGuard refuses every other route) until enrolment is confirmed.
   */
  @Column({ type: 'boolean', default: false })
  mfaEnrolmentOnly!: boolean;
}
