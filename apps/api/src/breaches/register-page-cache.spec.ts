import type { AppConfig } from '../config/app-config';
import type { ChangeNotifications, ChangeSubscriber } from '../database/change-notifications';
import type { UnitOfWork } from '../database/unit-of-work';
import type { BreachListDto } from './breach-view.dto';
import { REGISTER_CHANNEL, RegisterPageCache } from './register-page-cache';

const at = (iso: string) => new Date(iso);

function setup(options: { live?: boolean; enabled?: boolean } = {}) {
  const commits: (() => void)[] = [];
  const subscribers: Record<string, ChangeSubscriber> = {};
  const cache = new RegisterPageCache(
    { env: { REGISTER_CACHE: options.enabled ?? true } } as unknown as AppConfig,
    { onCommit: (fn: () => void) => commits.push(fn) } as unknown as UnitOfWork,
    {
      live: options.live ?? true,
      subscribe: (channel: string, s: ChangeSubscriber) => (subscribers[channel] = s),
    } as unknown as ChangeNotifications,
  );
  let reads = 0;
  /** A page with one open AP duty due at noon. */
  const read = async (): Promise<BreachListDto> => {
    reads++;
    return {
      items: [{ obligations: [{ state: 'open', dueAt: '2026-12-08T12:00:00.000Z' }] }],
      total: 1,
      totalExact: true,
      nextCursor: null,
    } as unknown as BreachListDto;
  };
  const page = (now: string) => cache.page('k', at(now), read);
  return { cache, page, reads: () => reads, commit: () => commits.forEach((fn) => fn()), subscribers };
}

describe('RegisterPageCache', () => {
  it('answers a page from memory while nothing changed', async () => {
    const s = setup();
    await s.page('2026-12-08T10:00:00Z');
    await s.page('2026-12-08T10:00:30Z');
    expect(s.reads()).toBe(1);
  });

  it('forgets on every commit of this instance, before its caller answers', async () => {
    const s = setup();
    await s.page('2026-12-08T10:00:00Z');
    s.commit();
    await s.page('2026-12-08T10:00:01Z');
    expect(s.reads()).toBe(2);
  });

  it('forgets on a notification from the database, and when notifications may have been missed', async () => {
    const s = setup();
    await s.page('2026-12-08T10:00:00Z');
    s.subscribers[REGISTER_CHANNEL]!.notified('obligations');
    await s.page('2026-12-08T10:00:01Z');
    s.subscribers[REGISTER_CHANNEL]!.reset();
    await s.page('2026-12-08T10:00:02Z');
    expect(s.reads()).toBe(3);
  });

  it('asks again once a deadline on the page has passed, and after a minute at most', async () => {
    const s = setup();
    await s.page('2026-12-08T11:59:59.500Z');
    await s.page('2026-12-08T12:00:00.000Z'); // not yet overdue: still true
    expect(s.reads()).toBe(1);
    await s.page('2026-12-08T12:00:00.001Z');
    expect(s.reads()).toBe(2);
    await s.page('2026-12-08T12:01:00.001Z');
    expect(s.reads()).toBe(3);
  });

  it('lets requests that miss together share one read, unless something changed since it began', async () => {
    const s = setup();
    await Promise.all([s.page('2026-12-08T10:00:00Z'), s.page('2026-12-08T10:00:00Z')]);
    expect(s.reads()).toBe(1);
    s.commit();
    const first = s.page('2026-12-08T10:00:01Z');
    s.commit();
    await Promise.all([first, s.page('2026-12-08T10:00:01Z')]);
    expect(s.reads()).toBe(3);
  });

  it('does not share a read whose clocks a deadline has passed since', async () => {
    const s = setup();
    await Promise.all([s.page('2026-12-08T12:00:00Z'), s.page('2026-12-08T12:00:00.001Z')]);
    expect(s.reads()).toBe(2);
  });

  it('does not answer a clock set back with clocks judged later', async () => {
    const s = setup();
    await s.page('2026-12-08T11:00:00Z');
    await s.page('2026-12-08T10:59:00Z');
    expect(s.reads()).toBe(2);
  });

  it('remembers nothing without notifications, or when switched off', async () => {
    for (const s of [setup({ live: false }), setup({ enabled: false })]) {
      await s.page('2026-12-08T10:00:00Z');
      await s.page('2026-12-08T10:00:00Z');
      expect(s.reads()).toBe(2);
    }
  });
});
