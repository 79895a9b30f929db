import type { PasswordTokenPurpose } from '@lekwacht/domain';
import { Column, CreateDateColumn, Entity, Generated, Index, PrimaryColumn } from 'typeorm';

/**
 * A set-password link (forgotten password, or a new user's invitation). The mail carries 256
 * random bits; the row their SHA-256. Single use (`usedAt`), expiring (`expiresAt`); issuing a new
 * link for a user ends the earlier ones.
 */
@Entity('password_tokens')
export class PasswordTokenEntity {
  @PrimaryColumn({ type: 'uuid' })
  @Generated('uuid')
  id!: string;

  @Index('password_tokens_user_id_idx')
  @Column({ type: 'uuid' })
  userId!: string;

  @Index('password_tokens_token_hash_idx', { unique: true })
  @Column({ type: 'text' })
  tokenHash!: string;

  @Column({ type: 'text' })
  purpose!: PasswordTokenPurpose;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
