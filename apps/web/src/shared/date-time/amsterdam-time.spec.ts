import { amsterdamLocalToIso, toAmsterdamLocal } from './amsterdam-time';

describe('Amsterdam wall time', () => {
  it('uses +01:00 in winter and +02:00 in summer', () => {
    expect(amsterdamLocalToIso('2026-11-20T10:30')).toBe('2026-11-20T10:30:00+01:00');
    expect(amsterdamLocalToIso('2026-07-01T08:00')).toBe('2026-07-01T08:00:00+02:00');
  });

  it('round-trips an instant', () => {
    expect(toAmsterdamLocal('2026-11-20T09:30:00Z')).toBe('2026-11-20T10:30');
    expect(toAmsterdamLocal('2026-07-01T06:00:00Z')).toBe('2026-07-01T08:00');
  });

  it('rejects malformed input', () => {
    expect(amsterdamLocalToIso('')).toBeNull();
    expect(amsterdamLocalToIso('20-11-2026')).toBeNull();
  });
});
