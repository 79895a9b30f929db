import fc from 'fast-check';
import {
  type BoardObligation,
  customersOf,
  filterBoard,
  groupByBreach,
  isNotRequiredPending,
  NO_FILTERS,
  sortFlat,
} from './board-model';

const now = Date.parse('2026-03-10T12:00:00Z');
const at = (hours: number) => new Date(now + hours * 3_600_000).toISOString();
let n = 0;
const ob = (o: Partial<BoardObligation>): BoardObligation => ({
  id: `o${++n}`,
  breachId: 'b1',
  reference: 'DL-2026-0001',
  title: 'Laptop',
  kind: 'authority',
  customerName: null,
  dueAt: at(10),
  required: true,
  overdue: false,
  ...o,
});
const who = (o: BoardObligation) =>
  o.kind === 'authority' ? 'AP' : o.kind === 'data_subjects' ? 'Betrokkenen' : (o.customerName ?? '');

describe('clock board model', () => {
  const rows = [
    ob({ id: 'ap1', dueAt: at(-5), overdue: true }),
    ob({ id: 'c1', kind: 'customer', customerName: 'Gemeente Zeist', dueAt: at(2) }),
    ob({ id: 'c2', kind: 'customer', customerName: 'Acme', dueAt: at(30) }),
    ob({ id: 'ds', kind: 'data_subjects', dueAt: null }),
    ob({
      id: 'ap2',
      breachId: 'b2',
      reference: 'DL-2026-0010',
      dueAt: at(-100),
      overdue: true,
      required: false,
    }),
    ob({ id: 'c3', breachId: 'b2', reference: 'DL-2026-0010', kind: 'customer', customerName: 'Acme', dueAt: at(1) }),
  ];

  it('filters by kind, overdue, customer and not-required pending, together', () => {
    const ids = (f: Partial<typeof NO_FILTERS>) => filterBoard(rows, { ...NO_FILTERS, ...f }, now).map((o) => o.id);
    expect(ids({})).toHaveLength(6);
    expect(ids({ kind: 'customer' })).toEqual(['c1', 'c2', 'c3']);
    // ap2 is past its deadline but assessed not required: a decision to confirm, not late.
    expect(ids({ overdueOnly: true })).toEqual(['ap1']);
    expect(ids({ customer: 'Acme' })).toEqual(['c2', 'c3']);
    expect(ids({ notRequiredPendingOnly: true })).toEqual(['ap2']);
    expect(ids({ kind: 'customer', customer: 'Acme', overdueOnly: true })).toEqual([]);
  });

  it('a proposal awaiting a decision is pending; a decided one is not', () => {
    expect(isNotRequiredPending(ob({ notRequiredProposal: { rationale: 'x' } }))).toBe(true);
    expect(
      isNotRequiredPending(ob({ notRequiredProposal: { rationale: 'x' }, notRequiredDecision: { at: 'y' } })),
    ).toBe(false);
  });

  it('groups by breach, the breach with the longest-overdue duty first, duties by urgency', () => {
    const groups = groupByBreach(rows, now);
    expect(groups.map((g) => [g.reference, g.rows.map((o) => o.id), g.overdue])).toEqual([
      ['DL-2026-0010', ['ap2', 'c3'], 0],
      ['DL-2026-0001', ['ap1', 'c1', 'c2', 'ds'], 1],
    ]);
  });

  it('sorts flat by deadline, breach, who and kind, either way', () => {
    expect(sortFlat(rows, 'due', 'asc', who).map((o) => o.id)).toEqual(['ap2', 'ap1', 'c3', 'c1', 'c2', 'ds']);
    expect(sortFlat(rows, 'due', 'desc', who).map((o) => o.id)[0]).toBe('ds');
    expect(sortFlat(rows, 'who', 'asc', who).map((o) => who(o))).toEqual([
      'Acme',
      'Acme',
      'AP',
      'AP',
      'Betrokkenen',
      'Gemeente Zeist',
    ]);
    expect(sortFlat(rows, 'breach', 'asc', who).map((o) => o.reference)[0]).toBe('DL-2026-0001');
    expect(sortFlat(rows, 'kind', 'asc', who).map((o) => o.kind)).toEqual([
      'authority',
      'authority',
      'customer',
      'customer',
      'customer',
      'data_subjects',
    ]);
  });

  it('lists each customer once, by name', () => {
    expect(customersOf(rows)).toEqual(['Acme', 'Gemeente Zeist']);
  });

  it('grouping keeps every row exactly once (property)', () => {
    const arb = fc.array(
      fc.record({
        breachId: fc.constantFrom('b1', 'b2', 'b3'),
        hours: fc.option(fc.integer({ min: -5000, max: 500 }), { nil: null }),
      }),
      { maxLength: 80 },
    );
    fc.assert(
      fc.property(arb, (spec) => {
        const list = spec.map((s, i) =>
          ob({
            id: `r${i}`,
            breachId: s.breachId,
            reference: s.breachId,
            dueAt: s.hours === null ? null : at(s.hours),
          }),
        );
        const groups = groupByBreach(list, now);
        expect(groups.flatMap((g) => g.rows.map((o) => o.id)).sort()).toEqual(list.map((o) => o.id).sort());
        expect(new Set(groups.map((g) => g.breachId)).size).toBe(groups.length);
      }),
    );
  });
});
