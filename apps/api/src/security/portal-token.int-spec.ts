import { randomBytes } from 'node:crypto';
import type request from 'supertest';
import { DataSource } from 'typeorm';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '../auth/session-user';
import { type DeliveredMail, deliveredMail } from '../testing/delivered-mail';
import { startTestApp, type LoggedIn, type TestApp, unique } from '../testing/test-app';
import { MATRIX } from './access-matrix';
import { concretePath, key, type Operation, operationsOf } from './openapi-operations';

const HOUR = 3_600_000;
const tokenIn = (text: string) => /\/portal\/([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? '';
const isPortal = (op: Operation) => op.path.startsWith('/api/portal/');
/** Health's clock readings differ from one request to the next. */
const withoutVolatile = (body: unknown) =>
  body && typeof body === 'object' ? { ...(body as object), scheduler: undefined, mail: undefined } : body;

interface SentNotice {
  id: string;
  customerId: string;
  customerName: string;
  subject: string;
  token: string;
}

/**
 * The 'portal' principal of the authorization matrix: a customer contact holds nothing but the
 * personal link of one notice. That token must open exactly that notice through /api/portal/*
 * and nothing else: not another notice, not any other API route, however it is presented
 * (path, cookie — even as the session cookie —, Authorization header, query string).
 * Forged, tampered, expired and revoked tokens get the same 404 as an unknown one.
 */
describe('authorization matrix: the portal token principal', () => {
  let t: TestApp;
  let officer: LoggedIn;
  let breach: { id: string; reference: string; title: string };
  const notice: Record<'a' | 'b' | 'expired' | 'revoked', SentNotice> = {} as never;
  const secrets: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.loginAs('officer');
    const admin = await t.loginAs('admin');
    const customers: { id: string; name: string }[] = [];
    for (const label of ['A', 'B', 'Verlopen', 'Ingetrokken']) {
      const name = unique(`Portaalklant ${label}`);
      const res = await admin
        .post('/api/customers', {
          name,
          contactPerson: null,
          management: { name: `Directie ${label}`, email: `${unique('d')}@portal.example` },
          language: 'nl',
        })
        .expect(201);
      customers.push({ id: res.body.id, name });
    }
    breach = (
      await officer
        .post('/api/breaches', {
          title: unique('Portaaltest'),
          customerSummary: { nl: 'Samenvatting voor klanten.', en: 'Summary for customers.' },
          cause: 'hacking',
          discoveredAt: new Date(Date.now() - HOUR).toISOString(),
          affectedCustomers: customers.map((c) => ({ customerId: c.id, subjectsCount: 3, role: 'controller' })),
        })
        .expect(201)
    ).body;
    await officer.post(`/api/breaches/${breach.id}/notices`).expect(201);
    await officer
      .post(`/api/breaches/${breach.id}/notices/review`, {
        noticeIds: ((await officer.get(`/api/breaches/${breach.id}/notices`).expect(200)).body as { id: string }[]).map(
          (n) => n.id,
        ),
      })
      .expect(200);
    await officer.post(`/api/breaches/${breach.id}/notices/send`).expect(200);
    const list = (await officer.get(`/api/breaches/${breach.id}/notices`).expect(200)).body as {
      id: string;
      customerId: string;
      subject: string;
      outboxMessageId: string;
    }[];
    const sent = async (i: number): Promise<SentNotice> => {
      const n = list.find((x) => x.customerId === customers[i]!.id)!;
      const mail = await deliveredMail(t, n.outboxMessageId);
      // the built-in mailbox shows the mail with its link masked: only the recipient can use it
      const shown = (await officer.get(`/api/mail/${n.outboxMessageId}`).expect(200)).body as DeliveredMail;
      expect(shown.text).not.toContain(tokenIn(mail.text));
      expect(shown.html).not.toContain(tokenIn(mail.text));
      expect(shown.text).toContain('/portal/[redacted]');
      return {
        id: n.id,
        customerId: n.customerId,
        customerName: customers[i]!.name,
        subject: n.subject,
        token: tokenIn(mail.text),
      };
    };
    notice.a = await sent(0);
    notice.b = await sent(1);
    notice.expired = await sent(2);
    notice.revoked = await sent(3);
    for (const n of Object.values(notice)) expect(n.token).toHaveLength(43);
    await t.app
      .get(DataSource)
      .query(`UPDATE notices SET token_expires_at = now() - interval '1 second' WHERE id = $1`, [notice.expired.id]);
    await officer.post(`/api/notices/${notice.revoked.id}/revoke-token`).expect(200);
    // what no response to a wrong token may contain
    secrets.push(breach.reference, breach.title, ...Object.values(notice).flatMap((n) => [n.customerName, n.id]));
  });
  afterAll(() => t.close());

  /** Every way a client might present the token without a session. */
  const carriers: { name: string; apply: (req: request.Test, token: string) => request.Test; query?: boolean }[] = [
    { name: 'no token', apply: (req) => req },
    { name: 'Authorization: Bearer', apply: (req, tok) => req.set('Authorization', `Bearer ${tok}`) },
    { name: 'X-Portal-Token header', apply: (req, tok) => req.set('X-Portal-Token', tok) },
    { name: 'cookie portal_token', apply: (req, tok) => req.set('Cookie', `portal_token=${tok}`) },
    {
      name: `cookie ${SESSION_COOKIE}`,
      apply: (req, tok) => req.set('Cookie', `${SESSION_COOKIE}=${tok}; ${CSRF_COOKIE}=${tok}`).set(CSRF_HEADER, tok),
    },
    { name: 'query ?token=', apply: (req) => req, query: true },
  ];

  const leaks = (body: unknown) => {
    const text = JSON.stringify(body ?? '');
    return secrets.filter((s) => text.includes(s));
  };

  it('a valid portal token opens its own notice and nothing else', async () => {
    const own = await t.http().get(`/api/portal/notices/${notice.a.token}`).expect(200);
    expect(own.body).toMatchObject({ customerName: notice.a.customerName, reference: breach.reference });
    expect(JSON.stringify(own.body)).not.toContain(notice.b.customerName);
    expect((await t.http().get(`/api/portal/notices/${notice.b.token}`).expect(200)).body.customerName).toBe(
      notice.b.customerName,
    );
  });

  it('gives a portal token no access to any non-portal route, however it is presented', async () => {
    const ops = operationsOf(t.openApi).filter((op) => !isPortal(op) && key(op) !== 'POST /api/auth/logout');
    expect(ops.length).toBeGreaterThan(40);
    // real ids, so that "your own notice / breach / customer" is tried too, and the token itself as id
    const idsFor = (op: Operation, asToken: boolean) => {
      const id = asToken
        ? notice.a.token
        : op.path.startsWith('/api/notices/')
          ? notice.a.id
          : op.path.startsWith('/api/customers/')
            ? notice.a.customerId
            : breach.id;
      return { id, token: notice.a.token, language: 'nl' };
    };
    const failures: string[] = [];
    // A public read that gives the token-bearer exactly what anyone gets without a token (health,
    // the organisation's branding) opens nothing.
    const answersEveryoneAlike = async (op: Operation, path: string, body: unknown) => {
      if (op.method !== 'get') return false;
      const anyone = await t.http().get(path.replace(notice.a.token, 'x'));
      return (
        anyone.status === 200 && JSON.stringify(withoutVolatile(anyone.body)) === JSON.stringify(withoutVolatile(body))
      );
    };
    const byStatus: Record<number, number> = {};
    let cells = 0;
    for (const op of ops) {
      const rule = MATRIX[key(op)];
      for (const asToken of [false, true]) {
        const path = concretePath(op.path, idsFor(op, asToken));
        if (asToken && path === concretePath(op.path, idsFor(op, false))) continue;
        for (const carrier of carriers) {
          const url = carrier.query ? `${path}${path.includes('?') ? '&' : '?'}token=${notice.a.token}` : path;
          const req = carrier.apply(t.http()[op.method](url), notice.a.token);
          const res =
            op.method === 'get' || op.method === 'delete'
              ? await req
              : await req.send({ name: 'Mallory', email: 'm@x.example', password: 'x' });
          cells++;
          byStatus[res.status] = (byStatus[res.status] ?? 0) + 1;
          const where = `${key(op)} [${carrier.name}${asToken ? ', token as path parameter' : ''}]`;
          if (rule === 'public') {
            // public routes answer the token-bearer exactly as anyone else: no more, no notice data
            if (res.status >= 500) failures.push(`${where}: ${res.status}`);
            if (res.status >= 200 && res.status < 300 && !(await answersEveryoneAlike(op, path, res.body)))
              failures.push(`${where}: ${res.status} (the portal token opened it)`);
          } else if (![401, 403, 404].includes(res.status)) {
            failures.push(`${where}: expected 401/403/404, got ${res.status}`);
          }
          const leaked = leaks(res.body);
          if (leaked.length > 0) failures.push(`${where}: response reveals ${leaked.join(', ')}`);
        }
      }
    }
    process.stdout.write(
      `portal-token matrix: ${cells} cells (non-portal routes × token carriers) checked, answers ${JSON.stringify(byStatus)}\n`,
    );
    expect(failures).toEqual([]);
  });

  it("notice A's token cannot reach notice B; forged, tampered, expired and revoked tokens get the same 404", async () => {
    const portalOps = operationsOf(t.openApi).filter(isPortal);
    expect(portalOps.map(key).sort()).toEqual([
      'GET /api/portal/notices/{token}',
      'GET /api/portal/notices/{token}/pdf',
      'POST /api/portal/notices/{token}/acknowledge',
    ]);
    const a = notice.a.token;
    const wrong: Record<string, string> = {
      "notice B's id": notice.b.id,
      "notice A's id": notice.a.id,
      "B's customer id": notice.b.customerId,
      'breach id': breach.id,
      'forged token': randomBytes(32).toString('base64url'),
      "A's token tampered": a.slice(0, -1) + (a.endsWith('A') ? 'B' : 'A'),
      "A's token + B's id": `${a}${notice.b.id}`,
      "A's token upper-cased": a.toUpperCase() === a ? a.toLowerCase() : a.toUpperCase(),
      'expired token': notice.expired.token,
      'revoked token': notice.revoked.token,
    };
    const failures: string[] = [];
    const bodies = new Set<string>();
    let cells = 0;
    for (const op of portalOps) {
      for (const [label, value] of Object.entries(wrong)) {
        for (const carrier of carriers) {
          // the wrong token in the path, while A's valid token rides along in the other places
          const path = concretePath(op.path, { token: value });
          const url = carrier.query ? `${path}?token=${a}` : path;
          const req = carrier.apply(t.http()[op.method](url), a);
          const res = op.method === 'post' ? await req.send({ name: 'Mallory' }) : await req;
          cells++;
          const where = `${key(op)} with ${label} [A's token via ${carrier.name}]`;
          if (res.status !== 404) failures.push(`${where}: expected 404, got ${res.status}`);
          const leaked = leaks(res.body);
          if (leaked.length > 0) failures.push(`${where}: response reveals ${leaked.join(', ')}`);
          bodies.add(
            JSON.stringify({
              message: (res.body as { message?: unknown }).message,
              error: (res.body as { error?: unknown }).error,
            }),
          );
        }
      }
    }
    process.stdout.write(
      `portal-token cross-notice cells: ${cells} (portal routes × wrong tokens × carriers), all 404\n`,
    );
    expect(failures).toEqual([]);
    // one and the same answer for every kind of wrong token: nothing to tell them apart
    expect([...bodies]).toHaveLength(1);
    // nothing was acknowledged by all those POSTs
    const list = (await officer.get(`/api/breaches/${breach.id}/notices`).expect(200)).body as {
      id: string;
      acknowledgedAt: string | null;
    }[];
    expect(list.filter((n) => n.acknowledgedAt)).toEqual([]);
  });
});
