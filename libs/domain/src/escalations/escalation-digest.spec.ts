import fc from 'fast-check';
import {
  DEFAULT_DIGEST_INTERVAL_MINUTES,
  type DigestItem,
  nextDigestAt,
  orderDigestItems,
  validateDigestInterval,
} from './escalation-digest';
import { acknowledgementWindow } from './escalation-acknowledgement';

const MIN = 60_000;
const at = (iso: string) => new Date(iso);

describe('nextDigestAt', () => {
  const now = at('2026-12-07T10:00:00Z');

  it('sends at once to a recipient who got nothing yet or nothing within the interval', () => {
    expect(nextDigestAt({ lastDigestAt: null, intervalMinutes: 15, now })).toEqual(now);
    expect(nextDigestAt({ lastDigestAt: at('2026-12-07T09:45:00Z'), intervalMinutes: 15, now })).toEqual(now);
    expect(nextDigestAt({ lastDigestAt: at('2026-12-07T08:00:00Z'), intervalMinutes: 15, now })).toEqual(now);
  });

  it('holds a second batch until the end of the interval', () => {
    expect(nextDigestAt({ lastDigestAt: at('2026-12-07T09:59:00Z'), intervalMinutes: 15, now })).toEqual(
      at('2026-12-07T10:14:00Z'),
    );
  });

  it('never holds anything (an overdue AP deadline included) longer than one interval, never sends before now', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1440 }),
        fc.option(fc.integer({ min: -3 * 1440, max: 0 }), { nil: null }),
        (interval, lastOffsetMin) => {
          const last = lastOffsetMin === null ? null : new Date(now.getTime() + lastOffsetMin * MIN);
          const next = nextDigestAt({ lastDigestAt: last, intervalMinutes: interval, now });
          expect(next.getTime()).toBeGreaterThanOrEqual(now.getTime());
          expect(next.getTime() - now.getTime()).toBeLessThanOrEqual(interval * MIN);
          // at most one mail per interval: never sooner than the interval after the last one
          if (last) expect(next.getTime() - last.getTime()).toBeGreaterThanOrEqual(interval * MIN);
        },
      ),
    );
  });
});

describe('orderDigestItems', () => {
  const item = (
    id: string,
    due: string,
    kind: DigestItem['obligationKind'] = 'customer',
    ref = 'DL-1',
  ): DigestItem => ({
    escalationId: id,
    breachReference: ref,
    obligationKind: kind,
    dueAt: at(due),
  });

  it('lists the soonest (most overdue) deadline first, AP first on a tie', () => {
    const ordered = orderDigestItems([
      item('c', '2026-12-07T12:00:00Z'),
      item('a', '2026-12-06T12:00:00Z'),
      item('b-customer', '2026-12-07T11:00:00Z'),
      item('b-ap', '2026-12-07T11:00:00Z', 'authority', 'DL-9'),
    ]);
    expect(ordered.map((i) => i.escalationId)).toEqual(['a', 'b-ap', 'b-customer', 'c']);
  });

  it('keeps every item and sorts by due time (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { maxLength: 60 }), (offsets) => {
        const items = offsets.map((o, n) => item(String(n).padStart(3, '0'), new Date(o * MIN).toISOString()));
        const ordered = orderDigestItems(items);
        expect(ordered).toHaveLength(items.length);
        for (let n = 1; n < ordered.length; n++)
          expect(ordered[n]!.dueAt.getTime()).toBeGreaterThanOrEqual(ordered[n - 1]!.dueAt.getTime());
      }),
    );
  });
});

describe('validateDigestInterval', () => {
  it('accepts whole minutes from 0 to a day, default 15, and names the field otherwise', () => {
    expect(DEFAULT_DIGEST_INTERVAL_MINUTES).toBe(15);
    expect(validateDigestInterval(15)).toEqual({ ok: true, value: 15 });
    expect(validateDigestInterval(0)).toEqual({ ok: true, value: 0 });
    for (const bad of [-1, 1441, 2.5, '15', null])
      expect(validateDigestInterval(bad)).toEqual({
        ok: false,
        errors: [expect.stringContaining('digestIntervalMinutes')],
      });
  });
});

describe('acknowledgementWindow', () => {
  it('is open only while the escalation is fired, the obligation open and no later step fired', () => {
    expect(acknowledgementWindow({ escalationState: 'fired', obligationState: 'open', supersededAt: null })).toEqual({
      open: true,
    });
    expect(
      acknowledgementWindow({ escalationState: 'acknowledged', obligationState: 'open', supersededAt: null }).open,
    ).toBe(true);
    expect(
      acknowledgementWindow({ escalationState: 'scheduled', obligationState: 'open', supersededAt: null }),
    ).toEqual({
      open: false,
      reason: 'not_fired',
    });
    expect(
      acknowledgementWindow({ escalationState: 'fired', obligationState: 'fulfilled', supersededAt: null }),
    ).toEqual({ open: false, reason: 'settled' });
    expect(
      acknowledgementWindow({ escalationState: 'fired', obligationState: 'open', supersededAt: new Date() }),
    ).toEqual({ open: false, reason: 'superseded' });
  });
});
