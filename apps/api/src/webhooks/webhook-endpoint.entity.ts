import type { WebhookEventType, WebhookLanguage, WebhookPreset } from '@lekwacht/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * An outgoing webhook an administrator configured (issue #21 point 3): where to, in which form
 * (`preset`), for which events. The signing secret is stored sealed (AES-256-GCM under a key
 * derived from the audit key, see webhook-secret-box.ts): the app must read it to sign, a database
 * reader must not.
 */
@Entity('webhook_endpoints')
export class WebhookEndpointEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'webhook_endpoints_pkey' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** The full URL; shown and audited masked only (chat URLs carry their credential). */
  @Column({ type: 'text' })
  url!: string;

  @Column({ type: 'text' })
  preset!: WebhookPreset;

  /** Language of chat messages. */
  @Column({ type: 'text', default: 'nl' })
  language!: WebhookLanguage;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  events!: WebhookEventType[];

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Column({ type: 'text' })
  secretSealed!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
