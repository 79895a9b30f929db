import {
  type BoardDuty,
  type BoardSortKey,
  compareOnBoard,
  isDueSoonOnBoard,
  isNotRequiredPending,
  isOverdueOnBoard,
  rankNames,
  whoOnBoard,
} from '@lekwacht/domain';
import { HACKED_DATABASE_FACTS } from '../testing/breach-facts';
import { createCustomer, loginTeam, registerBreach } from '../testing/fixtures';
import { startTestApp, type LoggedIn, type TestApp } from '../testing/test-app';

type Duty = BoardDuty & {
  breachId: string;
  title: string;
  notRequiredProposal: unknown;
  notRequiredDecision: unknown;
  awaitingDecision: boolean;
};
interface BoardPage {
  items: Duty[];
  nextCursor: string | null;
  total: number;
  totalExact: boolean;
  groups: { breachId: string; count: number; overdue: number }[];
  summary: {
    asOf: string;
    open: number;
    overdue: number;
    dueWithin24h: number;
    notRequiredPending: number;
    proposalPending: number;
    byKind: Record<'authority' | 'customer' | 'data_subjects', number>;
    customers: { name: string; open: number }[];
  };
}

const HOUR = 3_600_000;
const HARMLESS_FACTS = {
  ...HACKED_DATABASE_FACTS,
  dataCategories: ['contact'],
  subjectsCount: 1,
  identifiability: 'negligible',
  confidentiality: 'known_recipients',
  malicious: false,
  recipientTrusted: true,
  exfiltrationEvidence: false,
};

describe('clock board pages: GET /api/obligations/board (HTTP, real database)', () => {
  let t: TestApp;
  let officer: LoggedIn;
  let manager: LoggedIn;
  let admin: LoggedIn;
  let all: Duty[];

  const board = async (query: string, who: LoggedIn = officer) =>
    (await who.get(`/api/obligations/board?${query}`).expect(200)).body as BoardPage;

  /**
   * Every page of a query, following nextCursor. The board holds every open duty in the database,
   * so also those of the files that ran before this one in its worker: no fixed number of pages
   * (100 pages of 5 cut the walk short once they had left 500 open duties). A cursor that never
   * ends is still stopped: no walk needs more pages than the first page counts duties.
   */
  const walk = async (query: string) => {
    const pages: BoardPage[] = [];
    let after: string | null = null;
    do {
      const page = await board(`${query}${after ? `&after=${after}` : ''}`);
      pages.push(page);
      after = page.nextCursor;
    } while (after && pages.length <= pages[0]!.total);
    return pages;
  };

  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent' });
    ({ officer, manager, admin } = await loginTeam(t));
    const customers = await Promise.all(
      ['Zorggroep', 'acme', 'Étoile', 'Bakker'].map((n) => createCustomer(admin, n, { contactPerson: null })),
    );
    const affected = (ids: string[]) => ids.map((customerId) => ({ customerId, subjectsCount: 3, role: 'processor' }));
    // overdue (discovered 100 h ago), due soon (a customer's 48 h, 30 h ago), later, with and without customers
    await registerBreach(officer, {
      discoveredAt: new Date(Date.now() - 100 * HOUR).toISOString(),
      facts: HACKED_DATABASE_FACTS,
      affectedCustomers: affected([customers[0]!.id, customers[1]!.id]),
    });
    await registerBreach(officer, {
      discoveredAt: new Date(Date.now() - 30 * HOUR).toISOString(),
      facts: HACKED_DATABASE_FACTS,
      affectedCustomers: affected([customers[2]!.id]),
    });
    await registerBreach(officer, { facts: HACKED_DATABASE_FACTS, affectedCustomers: affected([customers[3]!.id]) });
    // assessed not required: every duty a decision to confirm
    await registerBreach(officer, {
      discoveredAt: new Date(Date.now() - 80 * HOUR).toISOString(),
      facts: HARMLESS_FACTS,
      affectedCustomers: affected([customers[1]!.id]),
    });
    // a manual proposal on a required duty
    const proposed = await registerBreach(officer, { facts: HACKED_DATABASE_FACTS });
    const duties = (await officer.get(`/api/breaches/${proposed.id}`).expect(200)).body.obligations as Duty[];
    await officer
      .post(`/api/obligations/${duties[0]!.id}/not-required`, { rationale: 'Geen persoonsgegevens geraakt.' })
      .expect(200);
    for (let i = 0; i < 6; i++)
      await registerBreach(officer, { discoveredAt: new Date(Date.now() - i * HOUR).toISOString() });
    all = (await officer.get('/api/obligations?state=open').expect(200)).body as Duty[];
  }, 120_000);
  afterAll(() => t.close());

  it('pages through every open duty once, in the board order, each page keeping the open-obligation shape', async () => {
    const pages = await walk('limit=7');
    const ids = pages.flatMap((p) => p.items.map((o) => o.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(all.length);
    const now = Date.now();
    expect(ids).toEqual([...all].sort(compareOnBoard('due', 'asc', () => 0)).map((o) => o.id));
    expect(pages[0]!.items[0]).toEqual(all.find((o) => o.id === ids[0]));
    expect(pages.at(-1)!.nextCursor).toBeNull();
    expect(pages[0]!.total).toBe(all.length);
    expect(pages[0]!.totalExact).toBe(true);
    expect(isOverdueOnBoard(pages[0]!.items[0]!, now)).toBe(true);
  });

  it.each<[BoardSortKey, 'asc' | 'desc']>([
    ['due', 'desc'],
    ['breach', 'asc'],
    ['breach', 'desc'],
    ['who', 'asc'],
    ['who', 'desc'],
    ['kind', 'asc'],
    ['kind', 'desc'],
  ])('sort=%s direction=%s: the board rule, page after page without gaps or repeats', async (sort, direction) => {
    const ids = (await walk(`sort=${sort}&direction=${direction}&limit=5`)).flatMap((p) => p.items.map((o) => o.id));
    const ranks = rankNames([...all.map((o) => whoOnBoard(o, 'nl')), 'Klant (onbekend)']);
    const expected = [...all].sort(compareOnBoard(sort, direction, (o) => ranks.get(whoOnBoard(o, 'nl')) as number));
    expect(ids).toEqual(expected.map((o) => o.id));
  });

  it('sort=who in English orders the DPA and the data subjects by their English names', async () => {
    const ids = (await walk('sort=who&lang=en&limit=50')).flatMap((p) => p.items.map((o) => o.id));
    const ranks = rankNames(all.map((o) => whoOnBoard(o, 'en')));
    expect(ids).toEqual(
      [...all].sort(compareOnBoard('who', 'asc', (o) => ranks.get(whoOnBoard(o, 'en')) as number)).map((o) => o.id),
    );
  });

  it('filters mean what the board means; the summary equals counting the rows', async () => {
    const first = await board('limit=1');
    const now = Date.parse(first.summary.asOf);
    const s = first.summary;
    expect(s.open).toBe(all.length);
    expect(s.overdue).toBe(all.filter((o) => isOverdueOnBoard(o, now)).length);
    expect(s.overdue).toBeGreaterThan(0);
    expect(s.dueWithin24h).toBe(all.filter((o) => isDueSoonOnBoard(o, now)).length);
    expect(s.dueWithin24h).toBeGreaterThan(0);
    expect(s.notRequiredPending).toBe(all.filter(isNotRequiredPending).length);
    expect(s.notRequiredPending).toBeGreaterThan(all.filter((o) => o.required === false).length);
    expect(s.proposalPending).toBe(all.filter((o) => o.notRequiredProposal && !o.notRequiredDecision).length);
    for (const kind of ['authority', 'customer', 'data_subjects'] as const)
      expect(s.byKind[kind]).toBe(all.filter((o) => o.kind === kind).length);
    const names = [...new Set(all.map((o) => o.customerName).filter((n): n is string => !!n))];
    expect(s.customers.map((c) => c.name)).toEqual(names.sort((a, b) => a.localeCompare(b, 'nl')));
    for (const c of s.customers) expect(c.open).toBe(all.filter((o) => o.customerName === c.name).length);

    const acme = s.customers.find((c) => c.name.startsWith('acme'))!.name;
    const cases: [string, (o: Duty) => boolean, number | null][] = [
      ['kind=customer', (o) => o.kind === 'customer', s.byKind.customer],
      ['overdue=true', (o) => isOverdueOnBoard(o, now), s.overdue],
      ['overdue=false', (o) => !isOverdueOnBoard(o, now), null],
      [`customer=${encodeURIComponent(acme)}`, (o) => o.customerName === acme, 2],
      ['notRequiredPending=true', isNotRequiredPending, s.notRequiredPending],
      ['proposalPending=true', (o) => !!o.notRequiredProposal && !o.notRequiredDecision, s.proposalPending],
      ['kind=authority&overdue=true', (o) => o.kind === 'authority' && isOverdueOnBoard(o, now), null],
      [
        'kind=data_subjects&notRequiredPending=true',
        (o) => o.kind === 'data_subjects' && isNotRequiredPending(o),
        null,
      ],
      ['notRequiredPending=false', (o) => !isNotRequiredPending(o), null],
      ['proposalPending=false', (o) => !o.notRequiredProposal || !!o.notRequiredDecision, null],
    ];
    for (const [query, rule, figure] of cases) {
      const pages = await walk(`${query}&limit=4`);
      const expected = all.filter(rule);
      expect({ query, ids: pages.flatMap((p) => p.items.map((o) => o.id)) }).toEqual({
        query,
        ids: [...expected].sort(compareOnBoard('due', 'asc', () => 0)).map((o) => o.id),
      });
      expect({ query, total: pages[0]!.total, exact: pages[0]!.totalExact }).toEqual({
        query,
        total: figure ?? expected.length,
        exact: true,
      });
      // the summary is over every open duty, whatever the filters
      expect(pages[0]!.summary.open).toBe(all.length);
      for (const p of pages)
        for (const g of p.groups) {
          const mine = expected.filter((o) => o.breachId === g.breachId);
          expect({ query, ...g }).toEqual({
            query,
            breachId: g.breachId,
            count: mine.length,
            overdue: mine.filter((o) => isOverdueOnBoard(o, now)).length,
          });
        }
    }
  });

  it('an empty result: no items, no cursor, a total of 0', async () => {
    const page = await board(`customer=${encodeURIComponent('Niemand B.V.')}`);
    expect(page).toMatchObject({ items: [], nextCursor: null, total: 0, totalExact: true, groups: [] });
  });

  it('officers and managers read it; an administrator and an anonymous caller do not', async () => {
    await board('limit=1', manager);
    await admin.get('/api/obligations/board').expect(403);
    await t.http().get('/api/obligations/board').expect(401);
  });

  it('answers 400 naming the field for bad input, never a 5xx', async () => {
    const first = await board('limit=2');
    const bad: [string, string][] = [
      ['kind=ap', 'kind'],
      ['overdue=yes', 'overdue'],
      ['notRequiredPending=1', 'notRequiredPending'],
      ['proposalPending=maybe', 'proposalPending'],
      ['sort=title', 'sort'],
      ['direction=up', 'direction'],
      ['lang=de', 'lang'],
      ['limit=0', 'limit'],
      ['limit=501', 'limit'],
      ['limit=abc', 'limit'],
      ['customer=', 'customer'],
      [`customer=${'x'.repeat(201)}`, 'customer'],
      ['after=not-a-cursor!', 'after'],
      [`after=${Buffer.from('["due","asc","x"]').toString('base64url')}`, 'after'],
      [`after=${Buffer.from('{"a":1}').toString('base64url')}`, 'after'],
      [`after=${'A'.repeat(700)}`, 'after'],
      [`sort=breach&after=${first.nextCursor}`, 'after'],
      [`direction=desc&after=${first.nextCursor}`, 'after'],
    ];
    for (const [query, field] of bad) {
      const res = await officer.get(`/api/obligations/board?${query}`);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect({ query, message: String(res.body.message) }).toEqual({
        query,
        message: expect.stringContaining(field),
      });
    }
  });

  it('keeps GET /api/obligations?state=open as it was', async () => {
    await officer.get('/api/obligations?state=closed').expect(400);
    const list = (await officer.get('/api/obligations').expect(200)).body as Duty[];
    expect(list.map((o) => o.id)).toEqual(all.map((o) => o.id));
  });
});
