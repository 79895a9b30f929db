import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { MailDeliveryStatusService } from '../mail/mail-delivery-status.service';
import { SchedulerHeartbeat } from './scheduler-heartbeat';

/** Outgoing mail as the health check reports it. */
export interface MailHealth {
  state: 'ok' | 'degraded' | 'down';
  mode: 'smtp' | 'mailbox';
  /** Age of the oldest message waiting, in seconds. */
  oldestQueuedAgeSeconds: number;
  failingSince: string | null;
  lastError: string | null;
}

export interface HealthReport {
  status: 'ok' | 'error';
  database: 'embedded' | 'postgres';
  databaseUp: boolean;
  scheduler: { enabled: boolean; lastTickAt: string | null; lagMs: number };
  /** Never fails the readiness of the API itself; null when the database is down. */
  mail: MailHealth | null;
}

/** Readiness: the database answers within 2 seconds; the scheduler's last tick and the mail are reported beside it. */
@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly heartbeat: SchedulerHeartbeat,
    private readonly mailStatus: MailDeliveryStatusService,
  ) {}

  async check(): Promise<HealthReport> {
    let databaseUp = true;
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
    } catch {
      databaseUp = false;
    }
    const mail = databaseUp ? await this.mailHealth() : null;
    return {
      status: databaseUp ? 'ok' : 'error',
      database: this.config.database.kind,
      databaseUp,
      scheduler: {
        enabled: this.config.schedulerEnabled,
        lastTickAt: this.heartbeat.lastTickAt?.toISOString() ?? null,
        lagMs: this.heartbeat.lagMs,
      },
      mail,
    };
  }

  private async mailHealth(): Promise<MailHealth | null> {
    try {
      const m = await this.mailStatus.current();
      const oldest = m.oldestWaitingAt ? Date.parse(m.oldestWaitingAt) : null;
      return {
        state: m.state,
        mode: m.mode,
        oldestQueuedAgeSeconds: oldest === null ? 0 : Math.max(0, Math.round((Date.now() - oldest) / 1000)),
        failingSince: m.failingSince,
        lastError: m.lastError,
      };
    } catch {
      return null;
    }
  }
}
