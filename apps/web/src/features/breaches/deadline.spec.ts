import { deadlineTone } from './deadline';

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
