import type { AnyWebhookEventType } from '@lekwacht/domain';
import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';

export const WEBHOOK_DELIVERY_STATUSES = ['queued', 'sending', 'delivered', 'failed'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/**
 * One event for one endpoint: written in the transaction of the change it reports (with its audit
 * event), then delivered by the webhook worker with retries. The row is the endpoint's delivery
 * log: the last attempt's status code, duration and error.
 */
@Entity('webhook_deliveries')
@Index('webhook_deliveries_status_next_attempt_idx', ['status', 'nextAttemptAt'])
@Index('webhook_deliveries_endpoint_created_idx', ['endpointId', 'createdAt'])
export class WebhookDeliveryEntity {
  /** Also the payload's `id` and the X-Lekwacht-Delivery header: stable across retries. */
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'webhook_deliveries_pkey' })
  id!: string;

  @ForeignKey(() => WebhookEndpointEntity, { name: 'webhook_deliveries_endpoint_id_fkey', onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  endpointId!: string;

  @Column({ type: 'text' })
  eventType!: AnyWebhookEventType;

  /** The audit event it came from. */
  @Column({ type: 'bigint', nullable: true })
  auditSeq!: string | null;

  /** `{ breach: { id, reference } | null, path, data }`: what the body is rendered from, nothing personal. */
  @Column({ type: 'jsonb' })
  payload!: unknown;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'text', default: 'queued' })
  status!: WebhookDeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastAttemptAt!: Date | null;

  @Column({ type: 'int', nullable: true })
  lastStatusCode!: number | null;

  @Column({ type: 'int', nullable: true })
  lastDurationMs!: number | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
