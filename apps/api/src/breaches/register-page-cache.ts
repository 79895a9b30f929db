import { Injectable } from '@nestjs/common';
import { nextOverdueChange } from '@lekwacht/domain';
import { AppConfig } from '../config/app-config';
import { ChangeNotifications } from '../database/change-notifications';
import { NotifiedCache } from '../database/notified-cache';
import { UnitOfWork } from '../database/unit-of-work';
import type { BreachListDto } from './breach-view.dto';

/** The channel the breaches, obligations and users triggers notify on (migration 1796000000032). */
export const REGISTER_CHANNEL = 'lekwacht_register';

/**
 * Register pages as last answered, so the page everybody lands on costs no query while nothing
 * changed (issue #19). A page is true until a breach, an obligation or an owner's name changes —
 * a trigger notifies every instance on commit, and this instance's unit of work clears it on
 * every commit — or until one of its open deadlines passes and its clock turns overdue. Nothing
 * is remembered while notifications do not arrive (embedded database, lost connection) or with
 * REGISTER_CACHE=false.
 */
@Injectable()
export class RegisterPageCache {
  private readonly cache: NotifiedCache<{ page: BreachListDto; at: number }>;
  private readonly reading = new Map<string, { mark: number; at: number; page: Promise<BreachListDto> }>();

  constructor(config: AppConfig, uow: UnitOfWork, notifications: ChangeNotifications) {
    const on = config.env.REGISTER_CACHE !== false;
    // 200 pages of 50 rows are a few megabytes; a minute is a backstop, not the rule
    this.cache = new NotifiedCache(() => on && notifications.live, { ttlMs: 60_000, maxEntries: 200 });
    uow.onCommit(() => this.cache.forget());
    if (on)
      notifications.subscribe(REGISTER_CHANNEL, {
        notified: () => this.cache.forget(),
        reset: () => this.cache.forget(),
      });
  }

  get enabled(): boolean {
    return this.cache.enabled;
  }

  /** How many pages are remembered now. */
  get size(): number {
    return this.cache.size;
  }

  /** The page for this key as answered before, or what `read` answers now (and is remembered). */
  async page(key: string, now: Date, read: () => Promise<BreachListDto>): Promise<BreachListDto> {
    if (!this.cache.enabled) return read();
    const t = now.getTime();
    const known = this.cache.get(key, t);
    // a clock set back (tests, time travel) must not see clocks judged later
    if (known && known.at <= t) return known.page;
    const mark = this.cache.mark();
    // Requests that miss together share one read (after a change, 50 of them would each read),
    // unless something changed since it began or a deadline on it has passed since.
    const pending = this.reading.get(key);
    if (pending && pending.mark === mark && pending.at <= t) {
      const shared = await pending.page;
      if (trueUntil(shared, pending.at) > t) return shared;
    }
    const reading = { mark, at: t, page: read() };
    this.reading.set(key, reading);
    try {
      const page = await reading.page;
      this.cache.set(key, { page, at: t }, mark, { now: t, until: trueUntil(page, t) });
      return page;
    } finally {
      if (this.reading.get(key) === reading) this.reading.delete(key);
    }
  }
}

/** Until when a page's clocks, judged at `at`, stay true: the first of its open deadlines to pass. */
function trueUntil(page: BreachListDto, at: number): number {
  const clocks = page.items.flatMap((b) =>
    b.obligations.map((o) => ({ state: o.state, dueAt: o.dueAt === null ? null : new Date(o.dueAt) })),
  );
  return nextOverdueChange(clocks, new Date(at))?.getTime() ?? Infinity;
}
