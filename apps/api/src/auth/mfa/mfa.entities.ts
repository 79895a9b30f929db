import { Column, CreateDateColumn, Entity, Generated, Index, PrimaryColumn } from 'typeorm';

/**
 * A user's authenticator (TOTP). `secret` is encrypted with a key derived from the audit key
 * (mfa-secret-box.ts), which is not in the database. `confirmedAt` null: enrolment started but not
 * confirmed with a code yet, so it does not protect (or lock) the account.
 */
@Entity('user_mfa')
export class UserMfaEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  secret!: string;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  /** The last 30-second time step a code was accepted for: a code is never accepted twice. */
  @Column({ type: 'integer', nullable: true })
  lastUsedStep!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** One of a user's one-time recovery codes, as an argon2id hash; `usedAt` set when it was spent. */
@Entity('mfa_recovery_codes')
export class MfaRecoveryCodeEntity {
  @PrimaryColumn({ type: 'uuid' })
  @Generated('uuid')
  id!: string;

  @Index('mfa_recovery_codes_user_id_idx')
  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  codeHash!: string;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * The second step of a login: the password was right, the code is still due. The browser holds a
 * random token in an httpOnly cookie; the row its SHA-256, for five minutes and five wrong codes.
 */
@Entity('mfa_challenges')
export class MfaChallengeEntity {
  @PrimaryColumn({ type: 'text' })
  tokenHash!: string;

  @Index('mfa_challenges_user_id_idx')
  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'integer', default: 0 })
  failedAttempts!: number;

  @Column({ type: 'text', nullable: true })
  userAgent!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
