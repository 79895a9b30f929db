import { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '../audit/actor';
import { UnitOfWork } from '../database/unit-of-work';
import { type LoggedIn, startTestApp, type TestApp, unique } from '../testing/test-app';
import { type OutgoingMail, Outbox } from './outbox.service';

interface Row {
  id: string;
  to: string;
  toName: string;
  subject: string;
  status: string;
  kind: string;
  breachId: string | null;
  lastError: string | null;
  createdAt: string;
}
interface Page {
  items: Row[];
  nextCursor: string | null;
  total: number;
}

const PORTAL_TOKEN = 'Zx9PortalTokenNotForTheMailbox0123456789abcd';
const ONE_TIME_CODE = 'QWER-7788';

describe('the operators’ mailbox: paging, filters, retry (GET /api/mail/page)', () => {
  let t: TestApp;
  let officer: LoggedIn;
  let admin: LoggedIn;
  /** Unique to this run: the recipient filter finds only this file's mail. */
  let domain: string;
  let breachId: string;
  const ids: Record<string, string[]> = {};

  const enqueue = async (mails: OutgoingMail[]) =>
    (await t.app.get(UnitOfWork).run(SYSTEM_ACTOR, (tx) => t.app.get(Outbox).enqueue(tx, mails))).map((m) => m.id);
  const setStatus = (rowIds: string[], status: string, lastError: string | null = null) =>
    t.app
      .get(DataSource)
      .query(`UPDATE outbox_messages SET status = $2, last_error = $3 WHERE id = ANY($1::uuid[])`, [
        rowIds,
        status,
        lastError,
      ]);
  const mail = (kind: OutgoingMail['kind'], n: number, extra: Partial<OutgoingMail> = {}): OutgoingMail => ({
    kind,
    breachId: null,
    sourceId: null,
    to: { name: `Ontvanger ${n}`, email: `person${n}@${domain}` },
    subject: `Bericht ${n}`,
    text: `Tekst ${n}`,
    html: `<p>Tekst ${n}</p>`,
    ...extra,
  });
  const page = async (who: LoggedIn, query: Record<string, string | number>) =>
    (await who.get(`/api/mail/page?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`))
      .body as Page;
  /** Every page, following nextCursor. */
  const allPages = async (query: Record<string, string | number>) => {
    const pages: Page[] = [];
    let cursor: string | null = null;
    do {
      const p: Page = await page(officer, cursor ? { ...query, cursor } : query);
      pages.push(p);
      cursor = p.nextCursor;
    } while (cursor && pages.length < 100);
    return pages;
  };

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.loginAs('officer');
    admin = await t.loginAs('admin');
    domain = `${unique('mailbox')}.example`.toLowerCase();
    breachId = (
      await officer
        .post('/api/breaches', {
          title: unique('Mailbox'),
          cause: 'hacking',
          discoveredAt: new Date(Date.now() - 3_600_000).toISOString(),
        })
        .expect(201)
    ).body.id;
    // One transaction: 12 escalation mails with the very same creation time (ties broken by id)…
    ids['escalation'] = await enqueue(Array.from({ length: 12 }, (_, i) => mail('escalation', i)));
    // …then notices about the breach, two of them carrying a portal link and a one-time code.
    ids['notice'] = await enqueue(
      Array.from({ length: 8 }, (_, i) =>
        mail('notice', 100 + i, {
          breachId,
          subject: i < 2 ? `Melding, zie https://lekwacht.example/portal/${PORTAL_TOKEN}` : `Melding ${i}`,
          text: `Lees https://lekwacht.example/portal/${PORTAL_TOKEN} met code: ${ONE_TIME_CODE}`,
          html: `<a href="https://lekwacht.example/portal/${PORTAL_TOKEN}">open</a> code: ${ONE_TIME_CODE}`,
        }),
      ),
    );
    ids['system'] = await enqueue([mail('system', 200, { to: { name: 'Beheer', email: `BEHEER@${domain}` } })]);
    await setStatus(ids['escalation'].slice(0, 3), 'sent');
    await setStatus(ids['escalation'].slice(3, 5), 'sending');
    await setStatus(
      ids['notice'].slice(0, 2),
      'failed',
      `550 rejected https://lekwacht.example/portal/${PORTAL_TOKEN}`,
    );
  });
  afterAll(() => t.close());

  it('returns every message exactly once across the pages, newest first, even when mail arrives meanwhile', async () => {
    const first = await page(officer, { recipient: domain, limit: 7 });
    expect(first).toMatchObject({ total: 21, totalExact: true });
    expect(first.items).toHaveLength(7);
    // mail queued while someone pages is not on a later page and shifts nothing
    const late = await enqueue([mail('system', 300)]);
    const rest = await allPages({ recipient: domain, limit: 7, cursor: first.nextCursor! });
    const seen = [...first.items, ...rest.flatMap((p) => p.items)].map((r) => r.id);
    expect(seen).toHaveLength(21);
    expect(new Set(seen)).toEqual(new Set([...ids['escalation']!, ...ids['notice']!, ...ids['system']!]));
    expect(seen).not.toContain(late[0]);
    expect(rest.at(-1)!.nextCursor).toBeNull();
    const times = [...first.items, ...rest.flatMap((p) => p.items)].map((r) => Date.parse(r.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // a fresh first page shows the new message on top
    expect((await page(officer, { recipient: domain, limit: 1 })).items[0]!.id).toBe(late[0]);
    ids['system'].push(...late);
  });

  it('pages 50 at a time by default and at most 200', async () => {
    const p = await page(officer, {});
    expect(p.items.length).toBeLessThanOrEqual(50);
    expect((await officer.get('/api/mail/page?limit=200').expect(200)).body.items.length).toBeLessThanOrEqual(200);
  });

  it('filters by kind, status, breach and recipient (case-insensitive, address or name)', async () => {
    const idsOf = async (query: Record<string, string>) =>
      (await allPages({ recipient: domain, limit: 200, ...query })).flatMap((p) => p.items.map((r) => r.id)).sort();
    expect(await idsOf({ kind: 'escalation' })).toEqual([...ids['escalation']!].sort());
    expect(await idsOf({ kind: 'notice', status: 'failed' })).toEqual([...ids['notice']!.slice(0, 2)].sort());
    expect(await idsOf({ status: 'sent' })).toEqual([...ids['escalation']!.slice(0, 3)].sort());
    // a message being delivered is still queued to its readers
    const queued = await idsOf({ kind: 'escalation', status: 'queued' });
    expect(queued).toEqual([...ids['escalation']!.slice(3)].sort());
    expect(
      (await page(officer, { recipient: domain, kind: 'escalation', status: 'queued', limit: 200 })).items.every(
        (r) => r.status === 'queued',
      ),
    ).toBe(true);
    const aboutBreach = (await allPages({ breachId, limit: 200 })).flatMap((p) => p.items);
    expect(aboutBreach.map((r) => r.id).sort()).toEqual([...ids['notice']!].sort());
    expect(await idsOf({ recipient: `PERSON3@${domain.toUpperCase()}` })).toEqual([ids['escalation']![3]].sort());
    expect(await idsOf({ recipient: 'beheer@' + domain })).toEqual([ids['system']![0]]);
    expect((await page(officer, { recipient: `nobody-${domain}` })).total).toBe(0);
    // the unpaged list takes the same filters and still answers an array
    const list = (await officer.get(`/api/mail?breachId=${breachId}&status=failed`).expect(200)).body as Row[];
    expect(list.map((r) => r.id).sort()).toEqual([...ids['notice']!.slice(0, 2)].sort());
  });

  it('answers a bad filter with 400 naming it', async () => {
    const cases: [string, string][] = [
      ['kind=newsletter', 'kind'],
      ['status=sending', 'status'],
      ['status=bogus', 'status'],
      ['breachId=DL-2026-0001', 'breachId'],
      ['limit=0', 'limit'],
      ['limit=201', 'limit'],
      ['limit=ten', 'limit'],
      ['cursor=not%20a%20cursor', 'cursor'],
      [`cursor=${Buffer.from('2026-01-01|nope').toString('base64url')}`, 'cursor'],
      ['recipient=' + 'x'.repeat(300), 'recipient'],
      ['colour=red', 'colour'],
    ];
    for (const [query, field] of cases) {
      const res = await officer.get(`/api/mail/page?${query}`);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(field);
      expect(JSON.stringify(res.body.message)).toContain(field);
    }
    expect((await officer.get('/api/mail?kind=newsletter').expect(400)).body.errors[0].path).toBe('kind');
  });

  it('retries only a failed message, as an admin, audited', async () => {
    const [failed] = ids['notice']!;
    const queued = ids['escalation']![6]!;
    expect((await officer.post(`/api/mail/${failed}/retry`)).status).toBe(403);
    const retried = (await admin.post(`/api/mail/${failed}/retry`).expect(200)).body as Row;
    expect(retried).toMatchObject({ id: failed, status: 'queued' });
    expect((await admin.post(`/api/mail/${failed}/retry`)).status).toBe(409);
    const conflict = await admin.post(`/api/mail/${queued}/retry`).expect(409);
    expect(JSON.stringify(conflict.body)).toContain('only a failed message can be retried');
    expect((await admin.post(`/api/mail/${ids['escalation']![0]}/retry`)).status).toBe(409); // sent
    await admin.post(`/api/mail/00000000-0000-4000-8000-000000000000/retry`).expect(404);
    const [audit] = (await t.app
      .get(DataSource)
      .query(`SELECT actor_label, breach_id FROM audit_events WHERE action = 'mail.retried' AND entity_id = $1`, [
        failed,
      ])) as { actor_label: string; breach_id: string }[];
    expect(audit).toEqual({ actor_label: 'admin@lekwacht.test', breach_id: breachId });
    expect((await page(officer, { breachId, status: 'failed' })).items.map((r) => r.id)).toEqual([ids['notice']![1]]);
  });

  it('masks portal tokens and one-time codes on every path: page, list and the message itself', async () => {
    const answers = [
      JSON.stringify(await allPages({ breachId, limit: 3 })),
      JSON.stringify((await officer.get(`/api/mail?breachId=${breachId}`).expect(200)).body),
      JSON.stringify((await admin.get(`/api/mail/page?recipient=${domain}&kind=notice`).expect(200)).body),
      ...(await Promise.all(
        ids['notice']!.slice(0, 3).map(async (id) =>
          JSON.stringify((await officer.get(`/api/mail/${id}`).expect(200)).body),
        ),
      )),
    ];
    for (const body of answers) {
      expect(body).not.toContain(PORTAL_TOKEN);
      expect(body).not.toContain(ONE_TIME_CODE);
    }
    // the route of the link is still there for the reader
    expect(answers[0]).toContain('https://lekwacht.example/portal/[redacted]');
    // …while the stored message keeps the real link for its recipient
    const [stored] = (await t.app
      .get(DataSource)
      .query(`SELECT text FROM outbox_messages WHERE id = $1`, [ids['notice']![0]])) as { text: string }[];
    expect(stored!.text).toContain(PORTAL_TOKEN);
  });

  it('is for officers and admins only', async () => {
    const manager = await t.loginAs('manager');
    expect((await manager.get('/api/mail/page')).status).toBe(403);
    expect((await t.http().get('/api/mail/page')).status).toBe(401);
  });
});
