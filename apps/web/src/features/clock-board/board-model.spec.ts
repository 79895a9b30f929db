import fc from 'fast-check';
import {
  type BoardObligation,
  boardParams,
  groupByBreach,
  isNotRequiredPending,
  isOverdueAt,
  loadedRows,
  NO_FILTERS,
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

  it('sends the filters and the order to the server; the grouped board is by deadline', () => {
    const by = { key: 'who', direction: 'desc' } as const;
    expect(boardParams(NO_FILTERS, 'grouped', by, 'nl')).toEqual({ sort: 'due', direction: 'asc' });
    expect(boardParams(NO_FILTERS, 'flat', by, 'en')).toEqual({ sort: 'who', direction: 'desc', lang: 'en' });
    expect(boardParams(NO_FILTERS, 'flat', { key: 'breach', direction: 'asc' }, 'nl')).toEqual({
      sort: 'breach',
      direction: 'asc',
    });
    expect(
      boardParams(
        { kind: 'customer', overdueOnly: true, customer: 'Acme', notRequiredPendingOnly: true },
        'grouped',
        by,
        'nl',
      ),
    ).toEqual({
      kind: 'customer',
      overdue: true,
      customer: 'Acme',
      notRequiredPending: true,
      sort: 'due',
      direction: 'asc',
    });
  });

  it('overdue: past the deadline and still owed; assessed not required is a decision, not late', () => {
    expect(rows.filter((o) => isOverdueAt(o, now)).map((o) => o.id)).toEqual(['ap1']);
    expect(rows.filter(isNotRequiredPending).map((o) => o.id)).toEqual(['ap2']);
  });

  it('a proposal awaiting a decision is pending; a decided one is not', () => {
    expect(isNotRequiredPending(ob({ notRequiredProposal: { rationale: 'x' } }))).toBe(true);
    expect(
      isNotRequiredPending(ob({ notRequiredProposal: { rationale: 'x' }, notRequiredDecision: { at: 'y' } })),
    ).toBe(false);
  });

  it('groups the rows by breach in the order they came; the counts come from the server', () => {
    // the server's order (by deadline): ap2, ap1, c3, c1, c2, ds
    const ordered = ['ap2', 'ap1', 'c3', 'c1', 'c2', 'ds'].map(
      (id) => rows.find((o) => o.id === id) as BoardObligation,
    );
    const groups = groupByBreach(ordered, now);
    expect(groups.map((g) => [g.reference, g.rows.map((o) => o.id), g.count, g.overdue])).toEqual([
      ['DL-2026-0010', ['ap2', 'c3'], 2, 0],
      ['DL-2026-0001', ['ap1', 'c1', 'c2', 'ds'], 4, 1],
    ]);
    // a first page with two rows: the headings count the duties still to load
    const counts = new Map([
      ['b2', { count: 2, overdue: 0 }],
      ['b1', { count: 4, overdue: 1 }],
    ]);
    expect(groupByBreach(ordered.slice(0, 2), now, counts).map((g) => [g.rows.length, g.count, g.overdue])).toEqual([
      [1, 2, 0],
      [1, 4, 1],
    ]);
  });

  it('joins the loaded pages, each duty once, with the latest counts per breach', () => {
    const page = (items: BoardObligation[], groups: { breachId: string; count: number; overdue: number }[]) =>
      ({ items, groups, nextCursor: null, total: 6, totalExact: true }) as unknown as Parameters<
        typeof loadedRows
      >[0][number];
    const { rows: joined, counts } = loadedRows([
      page(rows.slice(0, 3), [{ breachId: 'b1', count: 4, overdue: 1 }]),
      // a refresh moved a duty across the page boundary: shown once
      page(rows.slice(2), [{ breachId: 'b2', count: 2, overdue: 0 }]),
    ]);
    expect(joined.map((o) => o.id)).toEqual(rows.map((o) => o.id));
    expect(Object.fromEntries(counts)).toEqual({ b1: { count: 4, overdue: 1 }, b2: { count: 2, overdue: 0 } });
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
