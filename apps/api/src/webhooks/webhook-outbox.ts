import { WEBHOOK_TEST_EVENT, webhookEventsFor, type WebhookEvent } from '@lekwacht/domain';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ChainedFields } from '../audit/audit-chain';
import { AuditLog } from '../audit/audit-log.service';

interface CachedEndpoint {
  id: string;
  enabled: boolean;
  events: string[];
}

/**
 * How long this instance trusts its list of endpoints. A change made here clears it at once; one
 * made on another instance is seen within this time (docs/operations.md "Webhooks").
 */
export const ENDPOINT_CACHE_MS = 5_000;

/**
 * The transactional outbox of webhooks: when audit events are appended, the deliveries they give
 * rise to are inserted in the same transaction — one statement for the whole append, however many
 * events (5,000 notices queued at once stay one insert) — so a delivery exists exactly when its
 * change committed. Without any endpoint configured an append costs nothing here (cached list).
 */
@Injectable()
export class WebhookOutbox implements OnModuleInit {
  private cache: { at: number; endpoints: CachedEndpoint[] } | null = null;

  constructor(private readonly auditLog: AuditLog) {}

  onModuleInit(): void {
    this.auditLog.onAppend((manager, events) => this.write(manager, events));
  }

  /** Forget the endpoint list (after a change to an endpoint). */
  invalidate(): void {
    this.cache = null;
  }

  private async endpoints(manager: EntityManager): Promise<CachedEndpoint[]> {
    if (this.cache && Date.now() - this.cache.at < ENDPOINT_CACHE_MS) return this.cache.endpoints;
    // In the caller's transaction: on the embedded database a second connection would wait for it.
    const endpoints = (await manager.query(`SELECT id, enabled, events FROM webhook_endpoints`)) as CachedEndpoint[];
    this.cache = { at: Date.now(), endpoints };
    return endpoints;
  }

  async write(manager: EntityManager, appended: readonly ChainedFields[]): Promise<void> {
    const endpoints = await this.endpoints(manager);
    if (endpoints.length === 0) return;
    const wanted = (e: WebhookEvent) =>
      e.type === WEBHOOK_TEST_EVENT
        ? endpoints.some((ep) => ep.id === e.endpointId)
        : endpoints.some((ep) => ep.enabled && ep.events.includes(e.type));
    const events = webhookEventsFor(appended).filter(wanted);
    if (events.length === 0) return;
    await manager.query(
      `INSERT INTO webhook_deliveries (endpoint_id, event_type, audit_seq, payload, occurred_at)
       SELECT ep.id, e.type, e.seq,
              jsonb_build_object(
                'breach', CASE WHEN b.id IS NULL THEN NULL ELSE jsonb_build_object('id', b.id, 'reference', b.reference) END,
                'path', e.path,
                'data', e.data),
              $1
         FROM unnest($2::text[], $3::bigint[], $4::uuid[], $5::uuid[], $6::text[], $7::jsonb[])
              AS e(type, seq, breach_id, endpoint_id, path, data)
         JOIN webhook_endpoints ep
           ON (e.type = '${WEBHOOK_TEST_EVENT}' AND ep.id = e.endpoint_id)
           OR (e.type <> '${WEBHOOK_TEST_EVENT}' AND ep.enabled AND e.type = ANY (ep.events))
         LEFT JOIN breaches b ON b.id = e.breach_id`,
      [
        appended[0]?.occurredAt ?? new Date().toISOString(),
        events.map((e) => e.type),
        events.map((e) => e.auditSeq ?? null),
        events.map((e) => e.breachId),
        events.map((e) => e.endpointId ?? null),
        events.map((e) => e.path),
        events.map((e) => JSON.stringify(e.data)),
      ],
    );
  }
}
