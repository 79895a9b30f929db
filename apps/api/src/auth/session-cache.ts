import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { AppConfig } from '../config/app-config';
import { UnitOfWork } from '../database/unit-of-work';

/** The channel the sessions and users triggers notify on (migration 1796000000030). */
export const SESSION_CHANNEL = 'lekwacht_sessions';
/** A backstop: an entry is asked again after this long even if no notification came. */
const ENTRY_TTL_MS = 30_000;
const RECONNECT_MS = 2_000;

/**
 * Remembers resolved sessions for a moment, so an authenticated request costs no round trip for
 * its session (issue #19). Revocation still counts at once: a trigger on `sessions` and `users`
 * notifies every instance on commit (LISTEN/NOTIFY), the local unit of work clears the cache on
 * every commit, and while the listening connection is down nothing is remembered. Off on the
 * embedded database: it has one connection and cannot spare one for listening.
 */
@Injectable()
export class SessionCache<T extends { id: string } = { id: string }>
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly logger = new Logger(SessionCache.name);
  private readonly entries = new Map<string, { value: T; storedAt: number }>();
  /** Bumped by every invalidation: a lookup that began before one must not store its result. */
  private generation = 0;
  private listener: Client | null = null;
  private listening = false;
  private stopped = false;
  private reconnect: NodeJS.Timeout | null = null;

  constructor(
    private readonly config: AppConfig,
    uow: UnitOfWork,
  ) {
    uow.onCommit(() => this.invalidateAll());
  }

  get enabled(): boolean {
    return this.listening;
  }

  async onApplicationBootstrap(): Promise<void> {
    // PGlite (embedded, or behind a test's DATABASE_URL with a pool of one) has a single session
    const singleSession = this.config.database.kind !== 'postgres' || this.config.databasePoolSize === 1;
    if (singleSession || this.config.env.SESSION_CACHE === false) return;
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.reconnect) clearTimeout(this.reconnect);
    this.invalidateAll();
    await this.listener?.end().catch(() => undefined);
  }

  /** The cached value of a token hash, when the cache is live and it is fresh. */
  get(tokenHash: string, now = Date.now()): T | undefined {
    if (!this.listening) return undefined;
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (now - entry.storedAt > ENTRY_TTL_MS) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return entry.value;
  }

  /** Where a lookup starts: pass it to `set`, which stores only if nothing changed meanwhile. */
  mark(): number {
    return this.generation;
  }

  set(tokenHash: string, value: T, mark: number, now = Date.now()): void {
    if (!this.listening || mark !== this.generation) return;
    this.entries.set(tokenHash, { value, storedAt: now });
  }

  invalidateAll(): void {
    this.generation++;
    this.entries.clear();
  }

  /** Payloads: `s:<token hash>` for a session, `u:<user id>` for a user. */
  private invalidate(payload: string | undefined): void {
    this.generation++;
    if (payload?.startsWith('s:')) {
      this.entries.delete(payload.slice(2));
    } else if (payload?.startsWith('u:')) {
      const userId = payload.slice(2);
      for (const [key, entry] of this.entries) if (entry.value.id === userId) this.entries.delete(key);
    } else {
      this.entries.clear();
    }
  }

  private async listen(): Promise<void> {
    const client = new Client({
      connectionString: this.config.database.url,
      application_name: 'lekwacht-session-cache',
    });
    const lost = (err?: Error) => {
      if (this.listener !== client) return;
      this.listening = false;
      this.listener = null;
      this.invalidateAll();
      client.end().catch(() => undefined);
      if (this.stopped) return;
      if (err) this.logger.warn(`session cache off until its database connection is back: ${err.message}`);
      this.reconnect = setTimeout(() => void this.listen(), RECONNECT_MS);
      this.reconnect.unref();
    };
    client.on('notification', (msg) => this.invalidate(msg.payload));
    client.on('error', lost);
    client.on('end', () => lost());
    this.listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${SESSION_CHANNEL}`);
      // anything cached before (a reconnect) may have missed notifications
      this.invalidateAll();
      this.listening = !this.stopped;
    } catch (err) {
      lost(err as Error);
    }
  }
}
