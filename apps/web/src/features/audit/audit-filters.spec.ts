import { hasFilters, parseAuditFilters } from './audit-filters';

const BREACH = '5f0c2d1e-7a3b-4c5d-8e9f-0a1b2c3d4e5f';
const parse = (search: string) => parseAuditFilters(new URLSearchParams(search));

describe('audit page filters from the address', () => {
  it('passes well-formed filters on to the API', () => {
    expect(
      parse(`breachId=${BREACH}&actorId=${BREACH}&action=breach.registered&from=2026-03-01&to=2026-03-31`),
    ).toEqual({
      filters: { breachId: BREACH, actorId: BREACH, action: 'breach.registered', from: '2026-03-01', to: '2026-03-31' },
      from: '2026-03-01',
      to: '2026-03-31',
      periodProblem: null,
    });
  });

  it('leaves out a breach, actor or action the API would refuse (an edited link)', () => {
    const parsed = parse("breachId=DL-2026-0001&actorId=42&action=x';drop");
    expect(parsed.filters).toEqual({});
    expect(hasFilters(parsed)).toBe(false);
  });

  it('names the period field that is no date, and a last day before the first', () => {
    expect(parse('from=invalid').periodProblem).toBe('from');
    expect(parse('from=2026-02-30').periodProblem).toBe('from');
    expect(parse('to=2026-13-01').periodProblem).toBe('to');
    expect(parse('from=2026-03-02&to=2026-03-01').periodProblem).toBe('order');
    expect(parse('from=2026-03-02&to=2026-03-02').periodProblem).toBeNull();
    // a period with a problem asks nothing of it, yet counts as a filter to clear
    const order = parse('from=2026-03-02&to=2026-03-01');
    expect(order.filters).toEqual({});
    expect(hasFilters(order)).toBe(true);
  });
});
