import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { AppConfig } from '../config/app-config';

const RECONNECT_MS = 2_000;

export interface ChangeSubscriber {
  /** A notification on the channel, with its payload. */
  notified(payload: string | undefined): void;
  /** Notifications may have been missed (connection lost, or (re)connected): forget everything. */
  reset(): void;
}

/**
 * One listening connection per instance for the database's change notifications (triggers call
 * pg_notify on commit, whichever code or person made the change). The in-memory caches build on
 * it — sessions (auth/session-cache.ts) and register pages (breaches/register-page-cache.ts) —
 * and remember nothing while it is down. Off on the embedded database: it has one session and
 * cannot spare one for listening.
 */
@Injectable()
export class ChangeNotifications implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ChangeNotifications.name);
  private readonly subscribers = new Map<string, ChangeSubscriber[]>();
  private listener: Client | null = null;
  private listening = false;
  private stopped = false;
  private reconnect: NodeJS.Timeout | null = null;

  constructor(private readonly config: AppConfig) {}

  /** Whether notifications arrive now: a cache may remember things only while this holds. */
  get live(): boolean {
    return this.listening;
  }

  /** Call before the application starts (a constructor): the connection listens to every channel asked for by then. */
  subscribe(channel: string, subscriber: ChangeSubscriber): void {
    if (!/^[a-z_]+$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
    this.subscribers.set(channel, [...(this.subscribers.get(channel) ?? []), subscriber]);
  }

  async onApplicationBootstrap(): Promise<void> {
    // PGlite (embedded, or behind a test's DATABASE_URL with a pool of one) has a single session
    const singleSession = this.config.database.kind !== 'postgres' || this.config.databasePoolSize === 1;
    if (singleSession || this.subscribers.size === 0) return;
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.reconnect) clearTimeout(this.reconnect);
    this.resetAll();
    await this.listener?.end().catch(() => undefined);
  }

  private resetAll(): void {
    for (const list of this.subscribers.values()) for (const s of list) s.reset();
  }

  private async listen(): Promise<void> {
    const client = new Client({
      connectionString: this.config.database.url,
      application_name: 'lekwacht-change-notifications',
    });
    const lost = (err?: Error) => {
      if (this.listener !== client) return;
      this.listening = false;
      this.listener = null;
      this.resetAll();
      client.end().catch(() => undefined);
      if (this.stopped) return;
      if (err) this.logger.warn(`caches off until their database connection is back: ${err.message}`);
      this.reconnect = setTimeout(() => void this.listen(), RECONNECT_MS);
      this.reconnect.unref();
    };
    client.on('notification', (msg) => {
      for (const s of this.subscribers.get(msg.channel) ?? []) s.notified(msg.payload);
    });
    client.on('error', lost);
    client.on('end', () => lost());
    this.listener = client;
    try {
      await client.connect();
      for (const channel of this.subscribers.keys()) await client.query(`LISTEN ${channel}`);
      // anything remembered before (a reconnect) may have missed notifications
      this.resetAll();
      this.listening = !this.stopped;
    } catch (err) {
      lost(err as Error);
    }
  }
}
