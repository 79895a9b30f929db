import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../users/user.entity';

/**
 * A Lekwacht user's account at the OpenID provider: the provider's stable subject (`sub`), not
 * the e-mail address, identifies them from the second sign-in on (an address can be renamed or
 * reused; the subject cannot). One per user and issuer.
 */
@Entity('sso_identities')
@Index('sso_identities_user_issuer_key', ['userId', 'issuer'], { unique: true })
export class SsoIdentityEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'sso_identities_pkey' })
  issuer!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'sso_identities_pkey' })
  subject!: string;

  @ForeignKey(() => UserEntity, { name: 'sso_identities_user_id_fkey' })
  @Column({ type: 'uuid' })
  userId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  lastLoginAt!: Date;
}
