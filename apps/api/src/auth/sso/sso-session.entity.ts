import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A Lekwacht session opened by single sign-on, with the provider's ID token for its logout
 * (`id_token_hint` of RP-initiated logout). The ID token cannot call this API (the session
 * cookie does); it is kept only to let the provider end its own session.
 */
@Entity('sso_sessions')
export class SsoSessionEntity {
  /** sessions.id of the Lekwacht session. */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'sso_sessions_pkey' })
  sessionId!: string;

  @Column({ type: 'text' })
  idToken!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
