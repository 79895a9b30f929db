import { maskWebhookUrl, WEBHOOK_TESTED, webhookUrlProblem } from '@lekwacht/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../audit/actor';
import { UnitOfWork } from '../database/unit-of-work';
import { InvalidInputError, NotFoundError } from '../errors/domain-errors';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';
import { WebhookOutbox } from './webhook-outbox';
import { WebhookSecretBox } from './webhook-secret-box';
import { newWebhookSecret } from './webhook-signature';
import { WebhookWorker } from './webhook-worker';
import type {
  CreateWebhookDto,
  UpdateWebhookDto,
  WebhookDeliveriesPageDto,
  WebhookDeliveryDto,
  WebhookDto,
  WebhookSecretDto,
  WebhookWithSecretDto,
} from './webhook.dto';

interface DeliveryRow {
  id: string;
  event_type: string;
  status: WebhookDeliveryDto['status'];
  attempts: number;
  last_status_code: number | null;
  last_duration_ms: number | null;
  last_error: string | null;
  last_attempt_at: Date | null;
  next_attempt_at: Date;
  delivered_at: Date | null;
  created_at: Date;
  breach_reference: string | null;
}

const DELIVERY_COLUMNS = `d.id, d.event_type, d.status, d.attempts, d.last_status_code, d.last_duration_ms, d.last_error,
  d.last_attempt_at, d.next_attempt_at, d.delivered_at, d.created_at, d.payload #>> '{breach,reference}' AS breach_reference`;

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

const toDeliveryDto = (r: DeliveryRow): WebhookDeliveryDto => ({
  id: r.id,
  eventType: r.event_type,
  status: r.status,
  attempts: r.attempts,
  lastStatusCode: r.last_status_code,
  lastDurationMs: r.last_duration_ms,
  lastError: r.last_error,
  lastAttemptAt: iso(r.last_attempt_at),
  nextAttemptAt: r.status === 'queued' ? iso(r.next_attempt_at) : null,
  deliveredAt: iso(r.delivered_at),
  breachReference: r.breach_reference,
  createdAt: new Date(r.created_at).toISOString(),
});

/** What the audit trail keeps of an endpoint: never the secret, the URL masked. */
const auditView = (e: WebhookEndpointEntity) => ({
  name: e.name,
  url: maskWebhookUrl(e.url),
  preset: e.preset,
  language: e.language,
  events: e.events,
  enabled: e.enabled,
});

/** Admin-configured outgoing webhooks (issue #21 point 3); every change audited. */
@Injectable()
export class WebhooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly secrets: WebhookSecretBox,
    private readonly outbox: WebhookOutbox,
    private readonly worker: WebhookWorker,
  ) {}

  async list(): Promise<WebhookDto[]> {
    const endpoints = await this.dataSource.getRepository(WebhookEndpointEntity).find({ order: { createdAt: 'ASC' } });
    return Promise.all(endpoints.map((e) => this.view(this.dataSource.manager, e)));
  }

  create(actor: Actor, dto: CreateWebhookDto): Promise<WebhookWithSecretDto> {
    checkUrl(dto.url);
    const secret = newWebhookSecret();
    return this.uow.run(actor, async (tx) => {
      const endpoint = tx.manager.create(WebhookEndpointEntity, {
        name: dto.name,
        url: dto.url,
        preset: dto.preset,
        language: dto.language ?? 'nl',
        events: dto.events,
        enabled: dto.enabled ?? true,
        secretSealed: this.secrets.seal(secret),
      });
      await tx.manager.save(endpoint);
      this.outbox.invalidate();
      tx.afterCommit(() => this.outbox.invalidate());
      tx.audit({
        action: 'webhook.created',
        entityType: 'webhook_endpoint',
        entityId: endpoint.id,
        after: auditView(endpoint),
      });
      return { ...(await this.view(tx.manager, endpoint)), secret };
    });
  }

  update(actor: Actor, id: string, dto: UpdateWebhookDto): Promise<WebhookDto> {
    if (dto.url !== undefined) checkUrl(dto.url);
    return this.uow.run(actor, async (tx) => {
      const endpoint = await this.lock(tx.manager, id);
      const before = auditView(endpoint);
      if (dto.name !== undefined) endpoint.name = dto.name;
      if (dto.url !== undefined) endpoint.url = dto.url;
      if (dto.preset !== undefined) endpoint.preset = dto.preset;
      if (dto.language !== undefined) endpoint.language = dto.language;
      if (dto.events !== undefined) endpoint.events = dto.events;
      if (dto.enabled !== undefined) endpoint.enabled = dto.enabled;
      await tx.manager.save(endpoint);
      this.outbox.invalidate();
      tx.afterCommit(() => this.outbox.invalidate());
      tx.audit({
        action: 'webhook.updated',
        entityType: 'webhook_endpoint',
        entityId: id,
        before,
        after: auditView(endpoint),
      });
      return this.view(tx.manager, endpoint);
    });
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.uow.run(actor, async (tx) => {
      const endpoint = await this.lock(tx.manager, id);
      await tx.manager.delete(WebhookEndpointEntity, { id });
      this.outbox.invalidate();
      tx.afterCommit(() => this.outbox.invalidate());
      tx.audit({
        action: 'webhook.deleted',
        entityType: 'webhook_endpoint',
        entityId: id,
        before: auditView(endpoint),
      });
    });
  }

  rotateSecret(actor: Actor, id: string): Promise<WebhookSecretDto> {
    const secret = newWebhookSecret();
    return this.uow.run(actor, async (tx) => {
      const endpoint = await this.lock(tx.manager, id);
      endpoint.secretSealed = this.secrets.seal(secret);
      await tx.manager.save(endpoint);
      tx.audit({ action: 'webhook.secret_rotated', entityType: 'webhook_endpoint', entityId: id });
      return { secret };
    });
  }

  /**
   * Queues a `webhook.test` delivery for this endpoint through the same outbox (its audit event
   * `webhook.tested` writes it), and wakes the worker; the log shows how it went.
   */
  async test(actor: Actor, id: string): Promise<WebhookDeliveryDto> {
    await this.uow.run(actor, async (tx) => {
      await this.lock(tx.manager, id);
      tx.audit({ action: WEBHOOK_TESTED, entityType: 'webhook_endpoint', entityId: id });
      tx.afterCommit(() => this.worker.wake());
    });
    const [row] = (await this.dataSource.query(
      `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries d
        WHERE d.endpoint_id = $1 AND d.event_type = 'webhook.test' ORDER BY d.created_at DESC LIMIT 1`,
      [id],
    )) as DeliveryRow[];
    if (!row) throw new NotFoundError('webhook', id);
    return toDeliveryDto(row);
  }

  async deliveries(id: string, page = 1, pageSize = 20): Promise<WebhookDeliveriesPageDto> {
    await this.get(id);
    const rows = (await this.dataSource.query(
      `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries d
        WHERE d.endpoint_id = $1 ORDER BY d.created_at DESC, d.id DESC LIMIT $2 OFFSET $3`,
      [id, pageSize, (page - 1) * pageSize],
    )) as DeliveryRow[];
    const [count] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM webhook_deliveries WHERE endpoint_id = $1`,
      [id],
    )) as { n: number }[];
    return { items: rows.map(toDeliveryDto), total: count?.n ?? 0, page, pageSize };
  }

  private async get(id: string): Promise<WebhookEndpointEntity> {
    const endpoint = await this.dataSource.getRepository(WebhookEndpointEntity).findOneBy({ id });
    if (!endpoint) throw new NotFoundError('webhook', id);
    return endpoint;
  }

  private async lock(manager: EntityManager, id: string): Promise<WebhookEndpointEntity> {
    const endpoint = await manager.findOne(WebhookEndpointEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!endpoint) throw new NotFoundError('webhook', id);
    return endpoint;
  }

  private async view(manager: EntityManager, e: WebhookEndpointEntity): Promise<WebhookDto> {
    const [last] = (await manager.query(
      `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries d WHERE d.endpoint_id = $1 ORDER BY d.created_at DESC, d.id DESC LIMIT 1`,
      [e.id],
    )) as DeliveryRow[];
    const [failed] = (await manager.query(
      `SELECT count(*)::int AS n FROM webhook_deliveries WHERE endpoint_id = $1 AND status = 'failed'`,
      [e.id],
    )) as { n: number }[];
    return {
      id: e.id,
      name: e.name,
      url: maskWebhookUrl(e.url),
      preset: e.preset,
      language: e.language,
      events: e.events,
      enabled: e.enabled,
      createdAt: e.createdAt.toISOString(),
      updatedAt: e.updatedAt.toISOString(),
      failedDeliveries: failed?.n ?? 0,
      lastDelivery: last ? toDeliveryDto(last) : null,
    };
  }
}

function checkUrl(url: string): void {
  const problem = webhookUrlProblem(url);
  if (problem) throw new InvalidInputError([`url ${problem}`]);
}
