import { formatCountdown } from '../../i18n/format';
import { countdownInstant, countdownStep, deadlineTone } from './deadline';

const now = Date.parse('2026-11-20T10:00:00Z');
const due = (hours: number) => new Date(now + hours * 3_600_000).toISOString();

describe('deadlineTone', () => {
  it('colours by time left', () => {
    expect(deadlineTone({ state: 'open', dueAt: due(30) }, now)).toBe('green');
    expect(deadlineTone({ state: 'open', dueAt: due(20) }, now)).toBe('yellow');
    expect(deadlineTone({ state: 'open', dueAt: due(8) }, now)).toBe('orange');
    expect(deadlineTone({ state: 'open', dueAt: due(4) }, now)).toBe('red');
    expect(deadlineTone({ state: 'open', dueAt: due(-1) }, now)).toBe('red');
  });

  it('is grey when settled', () => {
    expect(deadlineTone({ state: 'fulfilled', dueAt: due(-1) }, now)).toBe('gray');
    expect(deadlineTone({ state: 'not_required', dueAt: due(10) }, now)).toBe('gray');
  });
});

describe('minute-resolution countdown instants', () => {
  const dueMs = Date.parse('2026-11-25T12:00:37Z');
  const H = 3_600_000;
  it('gives the same text (and colour) as the exact time, for every second around the thresholds and the deadline', () => {
    for (const offset of [-24 * H, -12 * H, -4 * H, -60_000, 0, 60_000]) {
      for (let s = -90; s <= 90; s += 1) {
        const t = dueMs + offset + s * 1000;
        const instant = countdownInstant(dueMs, countdownStep(dueMs, t));
        const dueAt = new Date(dueMs).toISOString();
        expect(formatCountdown(dueAt, 'nl', instant)).toBe(formatCountdown(dueAt, 'nl', t));
        // the colour may differ only at the exact millisecond of a threshold (s = 0 here)
        if (s !== 0)
          expect(deadlineTone({ state: 'open', dueAt }, instant)).toBe(deadlineTone({ state: 'open', dueAt }, t));
      }
    }
  });
});
