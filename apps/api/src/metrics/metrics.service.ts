import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OBLIGATION_KINDS } from '@lekwacht/domain';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { NotFoundError, UnauthenticatedError } from '../errors/domain-errors';
import { MAIL_KINDS } from '../mail/mail-kinds';
import { AppMetrics } from './app-metrics';
import { bearerMatches } from './metrics-token';

/** The Prometheus scrape: who may read it, and the figures read from the database at that moment. */
@Injectable()
export class MetricsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly metrics: AppMetrics,
  ) {}

  /** Without METRICS_TOKEN the endpoint does not exist (404); else the bearer token must match (401). */
  authorize(authorization: string | undefined): void {
    const token = this.config.env.METRICS_TOKEN;
    if (!token) throw new NotFoundError('route', 'GET /api/metrics');
    if (!bearerMatches(authorization, token)) {
      throw new UnauthenticatedError(['authorization must be "Bearer <METRICS_TOKEN>"']);
    }
  }

  /** The exposition text, gauges computed now. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    await this.readOutbox();
    await this.readObligations();
    return { contentType: this.metrics.contentType, body: await this.metrics.render() };
  }

  /** Outbox depth, oldest waiting age and given-up messages per kind, in one query. */
  private async readOutbox(): Promise<void> {
    const rows = (await this.dataSource.query(
      `SELECT kind,
              count(*) FILTER (WHERE status IN ('queued', 'sending'))::int AS depth,
              count(*) FILTER (WHERE status = 'failed')::int AS failed,
              coalesce(extract(epoch FROM now() - min(created_at) FILTER (WHERE status IN ('queued', 'sending'))), 0)::float8
                AS oldest_age
         FROM outbox_messages
        WHERE status IN ('queued', 'sending', 'failed')
        GROUP BY kind`,
    )) as { kind: string; depth: number; failed: number; oldest_age: number }[];
    const byKind = new Map(rows.map((r) => [r.kind, r]));
    for (const kind of MAIL_KINDS) {
      const row = byKind.get(kind);
      this.metrics.outboxDepth.set({ kind }, row?.depth ?? 0);
      this.metrics.outboxFailed.set({ kind }, row?.failed ?? 0);
      this.metrics.outboxOldestAge.set({ kind }, Math.max(0, row?.oldest_age ?? 0));
    }
  }

  /**
   * Open and overdue obligations per kind. Overdue as in the reports (reports/timeliness-sql.ts):
   * open past its deadline, unless the latest outcome calls it not required (then it is a
   * decision to confirm, not a missed deadline).
   */
  private async readObligations(): Promise<void> {
    const rows = (await this.dataSource.query(
      `SELECT kind,
              count(*)::int AS open,
              count(*) FILTER (WHERE required IS DISTINCT FROM false AND due_at IS NOT NULL AND due_at < now())::int
                AS overdue
         FROM obligations
        WHERE state = 'open'
        GROUP BY kind`,
    )) as { kind: string; open: number; overdue: number }[];
    const byKind = new Map(rows.map((r) => [r.kind, r]));
    for (const kind of OBLIGATION_KINDS) {
      this.metrics.obligationsOpen.set({ kind }, byKind.get(kind)?.open ?? 0);
      this.metrics.obligationsOverdue.set({ kind }, byKind.get(kind)?.overdue ?? 0);
    }
  }
}
