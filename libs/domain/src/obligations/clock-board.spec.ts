import {
  type BoardDuty,
  compareOnBoard,
  isDueSoonOnBoard,
  isNotRequiredPending,
  isOverdueOnBoard,
  rankNames,
  referenceKey,
  whoOnBoard,
} from './clock-board';

const NOW = Date.parse('2026-12-08T12:00:00Z');
const HOUR = 3_600_000;
const at = (hours: number) => new Date(NOW + hours * HOUR).toISOString();

const duty = (over: Partial<BoardDuty> & { id: string }): BoardDuty => ({
  reference: 'DL-2026-0001',
  kind: 'authority',
  customerName: null,
  dueAt: at(10),
  required: null,
  overdue: false,
  ...over,
});

describe('clock board rules', () => {
  it('overdue: past its deadline and still owed; a duty assessed not required never is', () => {
    expect(isOverdueOnBoard(duty({ id: 'a', dueAt: at(-1) }), NOW)).toBe(true);
    expect(isOverdueOnBoard(duty({ id: 'a', dueAt: at(-1), required: true }), NOW)).toBe(true);
    expect(isOverdueOnBoard(duty({ id: 'a', dueAt: at(-1), required: false }), NOW)).toBe(false);
    expect(isOverdueOnBoard(duty({ id: 'a', dueAt: at(1) }), NOW)).toBe(false);
    expect(isOverdueOnBoard(duty({ id: 'a', dueAt: null }), NOW)).toBe(false);
    // the server's verdict counts even when the page's clock is a little behind
    expect(isOverdueOnBoard(duty({ id: 'a', dueAt: at(1), overdue: true }), NOW)).toBe(true);
  });

  it('due soon: within 24 hours, not overdue, still owed', () => {
    expect(isDueSoonOnBoard(duty({ id: 'a', dueAt: at(23) }), NOW)).toBe(true);
    expect(isDueSoonOnBoard(duty({ id: 'a', dueAt: at(24) }), NOW)).toBe(true);
    expect(isDueSoonOnBoard(duty({ id: 'a', dueAt: at(25) }), NOW)).toBe(false);
    expect(isDueSoonOnBoard(duty({ id: 'a', dueAt: at(-1) }), NOW)).toBe(false);
    expect(isDueSoonOnBoard(duty({ id: 'a', dueAt: at(2), required: false }), NOW)).toBe(false);
    expect(isDueSoonOnBoard(duty({ id: 'a', dueAt: null }), NOW)).toBe(false);
  });

  it('"not required" pending: the assessment says not required, or a proposal awaits a decision', () => {
    expect(isNotRequiredPending({ required: false })).toBe(true);
    expect(isNotRequiredPending({ required: null, notRequiredProposal: { rationale: 'x' } })).toBe(true);
    expect(
      isNotRequiredPending({ required: true, notRequiredProposal: { rationale: 'x' }, notRequiredDecision: {} }),
    ).toBe(false);
    expect(isNotRequiredPending({ required: true, notRequiredProposal: null })).toBe(false);
  });

  it('names whom a duty is owed to per language', () => {
    expect(whoOnBoard({ kind: 'authority' }, 'nl')).toBe('AP');
    expect(whoOnBoard({ kind: 'authority' }, 'en')).toBe('DPA');
    expect(whoOnBoard({ kind: 'data_subjects' }, 'nl')).toBe('Betrokkenen');
    expect(whoOnBoard({ kind: 'customer', customerName: 'Acme' }, 'nl')).toBe('Acme');
    expect(whoOnBoard({ kind: 'customer', customerName: null }, 'en')).toBe('Customer (unknown)');
  });

  it('ranks names in Dutch alphabetical order, names the collator calls equal sharing a rank', () => {
    const ranks = rankNames(['Zeist', 'acme', 'Acme', 'Étoile', 'Betrokkenen', 'AP']);
    const names = [...ranks.keys()].sort((a, b) => (ranks.get(a) as number) - (ranks.get(b) as number));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')));
    expect(ranks.get('acme')).not.toBe(ranks.get('Acme')); // a case difference still orders
    expect(ranks.get('Étoile')).toBeLessThan(ranks.get('Zeist') as number);
    expect(rankNames(['b', 'a', 'b']).get('b')).toBe(1);
  });

  it('orders references by their number, as localeCompare with numeric does', () => {
    const refs = ['DL-2026-0010', 'DL-2025-10000', 'DL-2026-0002', 'DL-2026-10001', 'DL-2025-0003', 'DL-2026-9999'];
    const byKey = [...refs].sort((a, b) => {
      const [ka, kb] = [referenceKey(a), referenceKey(b)];
      for (let i = 0; i < 3; i++) if (ka[i] !== kb[i]) return (ka[i] as string) < (kb[i] as string) ? -1 : 1;
      return 0;
    });
    expect(byKey).toEqual([...refs].sort((a, b) => a.localeCompare(b, 'nl', { numeric: true })));
  });

  describe('compareOnBoard', () => {
    const rows = [
      duty({ id: '1', reference: 'DL-2026-0002', dueAt: at(5) }),
      duty({ id: '2', reference: 'DL-2026-0001', dueAt: null, kind: 'data_subjects' }),
      duty({ id: '3', reference: 'DL-2026-0010', dueAt: at(-3), kind: 'customer', customerName: 'Acme' }),
      duty({ id: '4', reference: 'DL-2026-0001', dueAt: at(5), kind: 'customer', customerName: 'Zeist' }),
      duty({ id: '5', reference: 'DL-2026-0001', dueAt: at(1) }),
    ];
    const ranks = rankNames(rows.map((o) => whoOnBoard(o, 'nl')));
    const who = (o: BoardDuty) => ranks.get(whoOnBoard(o, 'nl')) as number;
    const ids = (key: Parameters<typeof compareOnBoard>[0], dir: 'asc' | 'desc' = 'asc') =>
      [...rows].sort(compareOnBoard(key, dir, who)).map((o) => o.id);

    it('due: longest overdue first, without a deadline last; ties by reference, then id', () => {
      expect(ids('due')).toEqual(['3', '5', '4', '1', '2']);
    });
    it('descending reverses the whole order', () => {
      expect(ids('due', 'desc')).toEqual(['2', '1', '4', '5', '3']);
    });
    it('breach: by reference number, then due', () => {
      expect(ids('breach')).toEqual(['5', '4', '2', '1', '3']);
    });
    it('who: AP, Acme, Betrokkenen, Zeist (Dutch order), then due', () => {
      expect(ids('who')).toEqual(['3', '5', '1', '2', '4']);
    });
    it('kind: AP, customer, data subjects, then due', () => {
      expect(ids('kind')).toEqual(['5', '1', '3', '4', '2']);
    });
  });
});
