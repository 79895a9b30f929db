import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { ChangeNotifications } from '../database/change-notifications';
import { NotifiedCache } from '../database/notified-cache';
import { UnitOfWork } from '../database/unit-of-work';

/** The channel the sessions and users triggers notify on (migration 1796000000030). */
export const SESSION_CHANNEL = 'lekwacht_sessions';
/** A backstop: an entry is asked again after this long even if no notification came. */
const ENTRY_TTL_MS = 30_000;

/**
 * Remembers resolved sessions for a moment, so an authenticated request costs no round trip for
 * its session (issue #19). Revocation still counts at once: a trigger on `sessions` and `users`
 * notifies every instance on commit (database/change-notifications.ts), the local unit of work
 * clears the cache on every commit, and while the listening connection is down nothing is
 * remembered. Off on the embedded database, and with SESSION_CACHE=false.
 */
@Injectable()
export class SessionCache<T extends { id: string } = { id: string }> {
  private readonly cache: NotifiedCache<T>;

  constructor(config: AppConfig, uow: UnitOfWork, notifications: ChangeNotifications) {
    const on = config.env.SESSION_CACHE !== false;
    this.cache = new NotifiedCache<T>(() => on && notifications.live, { ttlMs: ENTRY_TTL_MS, maxEntries: 10_000 });
    uow.onCommit(() => this.cache.forget());
    if (on)
      notifications.subscribe(SESSION_CHANNEL, {
        notified: (payload) => this.invalidate(payload),
        reset: () => this.cache.forget(),
      });
  }

  get enabled(): boolean {
    return this.cache.enabled;
  }

  /** The cached value of a token hash, when the cache is live and it is fresh. */
  get(tokenHash: string, now = Date.now()): T | undefined {
    return this.cache.get(tokenHash, now);
  }

  /** Where a lookup starts: pass it to `set`, which stores only if nothing changed meanwhile. */
  mark(): number {
    return this.cache.mark();
  }

  set(tokenHash: string, value: T, mark: number, now = Date.now()): void {
    this.cache.set(tokenHash, value, mark, { now });
  }

  /** After a change made outside a unit of work (a logout): forget everything on this instance at once. */
  invalidateAll(): void {
    this.cache.forget();
  }

  /** Payloads: `s:<token hash>` for a session, `u:<user id>` for a user. */
  private invalidate(payload: string | undefined): void {
    if (payload?.startsWith('s:')) this.cache.forget(payload.slice(2));
    else if (payload?.startsWith('u:')) this.cache.forget((row) => row.id === payload.slice(2));
    else this.cache.forget();
  }
}
