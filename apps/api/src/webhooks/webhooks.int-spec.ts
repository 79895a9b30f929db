import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '../audit/actor';
import { UnitOfWork } from '../database/unit-of-work';
import { EscalationEngine } from '../escalations/escalation-engine';
import { completeApForm } from '../testing/ap-content';
import { HACKED_DATABASE_FACTS } from '../testing/breach-facts';
import { keepSetting } from '../testing/keep-rows';
import { startTestApp, type LoggedIn, type TestApp, unique } from '../testing/test-app';
import { MAIL_OUTAGE_SETTING, MailOutageMonitor } from './mail-outage-monitor';
import { verifyWebhookSignature } from './webhook-signature';
import { WebhookWorker } from './webhook-worker';

const HOUR = 3_600_000;

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  json: { id: string; type: string; breach: { id: string; reference: string } | null; link: string; data: object };
  signatureValid: boolean;
  answered: number;
}

/** A local receiver that checks X-Lekwacht-Signature like a real one would, and can be made to fail. */
class Receiver {
  readonly received: Received[] = [];
  secret = '';
  answer = 200;
  private server: Server | null = null;
  port = 0;

  async start(port = 0): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const signatureValid = verifyWebhookSignature(
          this.secret,
          req.headers['x-lekwacht-signature'] as string | undefined,
          req.headers['x-lekwacht-timestamp'] as string | undefined,
          body,
        );
        const answered = signatureValid ? this.answer : 401;
        this.received.push({ headers: req.headers, body, json: JSON.parse(body), signatureValid, answered });
        res.writeHead(answered).end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }

  get url() {
    return `http://127.0.0.1:${this.port}/hooks/lekwacht`;
  }

  /** Accepted deliveries by id: each must be there once. */
  accepted() {
    return this.received.filter((r) => r.answered === 200);
  }
}

/** Personal data that must never reach a receiver. */
const PII = {
  title: 'Inbraak bij Familie Zwartjes-Oudewater',
  description: 'Adresgegevens van mevrouw Henriëtte Zwartjes-Oudewater (henriette.zwartjes@voorbeeld.nl) gelekt',
  customer: 'Zorgboerderij De Klompenmakerij',
  contactEmail: 'klompenmakerij.contact@voorbeeld.nl',
};

describe('outgoing webhooks (HTTP, real database, local receiver)', () => {
  let t: TestApp;
  let admin: LoggedIn;
  let officer: LoggedIn;
  let ds: DataSource;
  let worker: WebhookWorker;
  const receiver = new Receiver();
  let endpointsBefore: string[];
  let restoreOutage: () => Promise<void>;

  beforeAll(async () => {
    t = await startTestApp({
      WEBHOOK_RETRY_BASE_MS: '50',
      // http: an https PUBLIC_URL makes the session cookie Secure, which supertest does not send
      PUBLIC_URL: 'http://lekwacht.example.nl',
      // mail "down" needs SMTP configured; the scheduler is off, so nothing is sent to it
      SMTP_URL: 'smtp://127.0.0.1:9',
    });
    ds = t.app.get(DataSource);
    worker = t.app.get(WebhookWorker);
    admin = await t.loginAs('admin');
    officer = await t.loginAs('officer');
    endpointsBefore = ((await ds.query(`SELECT id FROM webhook_endpoints`)) as { id: string }[]).map((r) => r.id);
    restoreOutage = await keepSetting(ds, MAIL_OUTAGE_SETTING);
    await receiver.start();
  });
  afterAll(async () => {
    // Later files in this worker find the webhooks and the mail-outage state as this file found
    // them: its own endpoints go (a failed test leaves them), and no failing mail of its own stays.
    await ds.query(`DELETE FROM webhook_endpoints WHERE NOT (id = ANY($1::uuid[]))`, [endpointsBefore]);
    await ds.query(`DELETE FROM outbox_messages WHERE subject = 'webhook-outage-test'`);
    await restoreOutage();
    await receiver.stop();
    await t.close();
  });

  const create = async (body: object) =>
    (await admin.post('/api/webhooks', body).expect(201)).body as { id: string; secret: string; url: string };

  /** Delivers everything due, retrying failed attempts after their (short) back-off. */
  const deliverAll = async () => {
    const until = Date.now() + 20_000;
    while (Date.now() < until) {
      await worker.kick();
      const [row] = (await ds.query(
        `SELECT count(*)::int AS n FROM webhook_deliveries WHERE status IN ('queued', 'sending')`,
      )) as { n: number }[];
      if (!row?.n) return;
      await new Promise((r) => setTimeout(r, 60));
    }
  };

  it('is for administrators only', async () => {
    await officer.get('/api/webhooks').expect(403);
    await officer.post('/api/webhooks', { name: 'x', url: receiver.url, preset: 'generic', events: [] }).expect(403);
    const manager = await t.loginAs('manager');
    await manager.get('/api/webhooks').expect(403);
  });

  it.each([
    [{ url: 'ftp://example.nl/hook' }, 'url'],
    [{ url: 'not a url' }, 'url'],
    [{ preset: 'discord' }, 'preset'],
    [{ events: ['breach.deleted'] }, 'events'],
    [{ name: '' }, 'name'],
  ])('refuses %j with a 400 naming %s, and stores nothing', async (change, field) => {
    const before = ((await admin.get('/api/webhooks').expect(200)).body as unknown[]).length;
    const res = await admin
      .post('/api/webhooks', { name: 'Ontvanger', url: receiver.url, preset: 'generic', events: [], ...change })
      .expect(400);
    expect((res.body.errors as { path: string }[]).map((e) => e.path)).toContain(field);
    expect(((await admin.get('/api/webhooks').expect(200)).body as unknown[]).length).toBe(before);
  });

  it('shows the secret once, stores it sealed and never audits it', async () => {
    const created = await create({ name: unique('Eenmalig'), url: receiver.url, preset: 'generic', events: [] });
    expect(created.secret).toMatch(/^whsec_/);
    const list = JSON.stringify((await admin.get('/api/webhooks').expect(200)).body);
    expect(list).toContain(created.id);
    expect(list).not.toContain(created.secret);
    const [row] = (await ds.query(`SELECT secret_sealed FROM webhook_endpoints WHERE id = $1`, [created.id])) as {
      secret_sealed: string;
    }[];
    expect(row?.secret_sealed).not.toContain(created.secret.slice(6));
    const audit = JSON.stringify(
      await ds.query(`SELECT action, before, after FROM audit_events WHERE entity_id = $1`, [created.id]),
    );
    expect(audit).toContain('webhook.created');
    expect(audit).not.toContain(created.secret);
    const rotated = (await admin.post(`/api/webhooks/${created.id}/rotate-secret`).expect(200)).body as {
      secret: string;
    };
    expect(rotated.secret).not.toBe(created.secret);
    await admin.delete(`/api/webhooks/${created.id}`).expect(204);
    await admin.delete(`/api/webhooks/${created.id}`).expect(404);
  });

  it('masks the credential in a chat webhook URL when showing it', async () => {
    const slack = await create({
      name: 'Slack',
      url: 'https://hooks.slack.com/services/T0123/B0456/abcdefghijklmnopqrstuvwx',
      preset: 'slack',
      events: [],
      enabled: false,
    });
    expect(slack.url).toBe('https://hooks.slack.com/services/T0123/B0456/…');
    await admin.delete(`/api/webhooks/${slack.id}`).expect(204);
  });

  it('delivers each event type once, signed, with references and links and no personal data', async () => {
    // escalations other specs left due on this database fire now, before the endpoint listens
    await t.app.get(EscalationEngine).fireDue();
    const endpoint = await create({
      name: 'Alles',
      url: receiver.url,
      preset: 'generic',
      events: [
        'breach.registered',
        'assessment.outcome',
        'escalation.fired',
        'obligation.overdue',
        'notice.delivery_failing',
        'authority_notification.submitted',
      ],
    });
    receiver.secret = endpoint.secret;
    const customer = (
      await admin
        .post('/api/customers', {
          name: `${PII.customer} ${unique('k')}`,
          contactPerson: { name: 'Henriëtte Zwartjes', email: PII.contactEmail },
          management: { name: 'Directie', email: 'directie@klompen.example' },
          language: 'nl',
        })
        .expect(201)
    ).body as { id: string };
    // discovered 80 h ago: the AP deadline has passed, so the overdue step is due at once
    const breach = (
      await officer
        .post('/api/breaches', {
          title: PII.title,
          description: PII.description,
          cause: 'hacking',
          discoveredAt: new Date(Date.now() - 80 * HOUR).toISOString(),
          facts: HACKED_DATABASE_FACTS,
          affectedCustomers: [{ customerId: customer.id, subjectsCount: 10, role: 'processor' }],
        })
        .expect(201)
    ).body as { id: string; reference: string };
    await t.app.get(EscalationEngine).fireDue();
    // The AP notification through its real path: drafted, submitted, approved by a manager (four
    // eyes), then the submission recorded, late, with a reason that names people.
    await completeApForm(officer, breach.id);
    await officer.post(`/api/breaches/${breach.id}/authority-notification/submit`, {}).expect(200);
    const manager = await t.loginAs('manager');
    await manager.post(`/api/breaches/${breach.id}/authority-notification/approve`, {}).expect(200);
    await officer
      .post(`/api/breaches/${breach.id}/authority-notification/record-submission`, {
        apReference: 'AP-2026-00123',
        submittedAt: new Date().toISOString(),
        delayReason: PII.description,
      })
      .expect(200);
    // Failed notices as the delivery reconciliation audits them (an SMTP peer refusing three
    // recipients is driven in the notices' own specs).
    await t.app.get(UnitOfWork).run(SYSTEM_ACTOR, async (tx) => {
      for (let i = 0; i < 3; i++)
        tx.audit({
          action: 'notice.failed',
          entityType: 'notice',
          entityId: breach.id,
          breachId: breach.id,
          after: { status: 'failed', error: `550 ${PII.contactEmail} unknown` },
        });
    });
    await deliverAll();

    const got = receiver.received.filter((r) => r.json.breach?.id === breach.id);
    expect(got.every((r) => r.signatureValid)).toBe(true);
    const types = got.map((r) => r.json.type);
    for (const type of ['breach.registered', 'assessment.outcome', 'authority_notification.submitted'])
      expect(types.filter((x) => x === type)).toHaveLength(1);
    // the customer's 48 h are over: overdue once, at the first firing of the overdue step
    expect(types.filter((x) => x === 'obligation.overdue')).toHaveLength(1);
    expect(types).toContain('escalation.fired');
    // three failed notices in one go: one event with their count
    const failing = got.filter((r) => r.json.type === 'notice.delivery_failing');
    expect(failing).toHaveLength(1);
    expect(failing[0]?.json.data).toEqual({ cause: 'notices_failed', state: 'failing', count: 3 });
    // each delivery once, and headers that match the body
    expect(new Set(got.map((r) => r.json.id)).size).toBe(got.length);
    for (const r of got) {
      expect(r.headers['x-lekwacht-delivery']).toBe(r.json.id);
      expect(r.headers['x-lekwacht-event']).toBe(r.json.type);
      expect(r.json.breach).toEqual({ id: breach.id, reference: breach.reference });
      expect(r.json.link).toBe(`http://lekwacht.example.nl/breaches/${breach.id}`);
    }
    // what must be absent
    const everything = got.map((r) => r.body).join('\n');
    for (const value of [...Object.values(PII), 'Henriëtte', 'Zwartjes', '@']) expect(everything).not.toContain(value);

    const log = (await admin.get(`/api/webhooks/${endpoint.id}/deliveries?pageSize=100`).expect(200)).body as {
      items: { id: string; status: string; lastStatusCode: number; createdAt: string }[];
      total: number;
    };
    // the log holds this breach's deliveries, each delivered (other specs' breaches on the same
    // database may add theirs: the endpoint hears every breach)
    const logged = new Map(log.items.map((d) => [d.id, d]));
    for (const r of got) expect(logged.get(r.json.id)).toMatchObject({ status: 'delivered', lastStatusCode: 200 });
    await admin.get(`/api/webhooks/${endpoint.id}/deliveries?page=0`).expect(400);
    await admin.delete(`/api/webhooks/${endpoint.id}`).expect(204);
  });

  it('retries a receiver that answers 500 and delivers each later, once', async () => {
    const endpoint = await create({ name: 'Hapert', url: receiver.url, preset: 'teams', events: [] });
    receiver.secret = endpoint.secret;
    receiver.answer = 500;
    const tests = [];
    for (let i = 0; i < 3; i++) tests.push((await admin.post(`/api/webhooks/${endpoint.id}/test`).expect(202)).body);
    await worker.deliverBatch();
    const [after500] = (await admin.get(`/api/webhooks/${endpoint.id}/deliveries`).expect(200)).body.items as {
      status: string;
      lastStatusCode: number;
      lastError: string;
      attempts: number;
    }[];
    expect(after500).toMatchObject({ status: 'queued', lastStatusCode: 500, lastError: 'HTTP 500', attempts: 1 });

    receiver.answer = 200;
    await deliverAll();
    const ids = tests.map((d: { id: string }) => d.id);
    const accepted = receiver.accepted().filter((r) => ids.includes(r.headers['x-lekwacht-delivery'] as string));
    expect(accepted.map((r) => r.headers['x-lekwacht-delivery']).sort()).toEqual([...ids].sort());
    // a readable Teams card, with the link
    const card = JSON.stringify(accepted[0]?.json);
    expect(card).toContain('AdaptiveCard');
    expect(card).toContain('testbericht');
    expect(card).toContain('http://lekwacht.example.nl/admin/webhooks');
    await admin.delete(`/api/webhooks/${endpoint.id}`).expect(204);
  });

  it('delivers to a receiver that was down (closed port) once it is back', async () => {
    const down = new Receiver();
    await down.start();
    const port = down.port;
    await down.stop();
    const endpoint = await create({ name: 'Uit', url: down.url, preset: 'slack', events: [] });
    down.secret = endpoint.secret;
    const queued = (await admin.post(`/api/webhooks/${endpoint.id}/test`).expect(202)).body as { id: string };
    await worker.kick();
    const [first] = (await admin.get(`/api/webhooks/${endpoint.id}/deliveries`).expect(200)).body.items as {
      status: string;
      lastError: string;
    }[];
    expect(first).toMatchObject({ status: 'queued', lastError: 'connection failed: ECONNREFUSED' });
    await down.start(port);
    try {
      await deliverAll();
      expect(down.accepted().map((r) => r.headers['x-lekwacht-delivery'])).toEqual([queued.id]);
      expect((down.accepted()[0]?.json as unknown as { text: string }).text).toContain('testbericht');
    } finally {
      await down.stop();
    }
    await admin.delete(`/api/webhooks/${endpoint.id}`).expect(204);
  });

  it('gives up after the last attempt and shows it as failed', async () => {
    const endpoint = await create({ name: 'Weg', url: 'http://127.0.0.1:9/nowhere', preset: 'generic', events: [] });
    await admin.post(`/api/webhooks/${endpoint.id}/test`).expect(202);
    await deliverAll();
    const list = (await admin.get('/api/webhooks').expect(200)).body as { id: string; failedDeliveries: number }[];
    expect(list.find((w) => w.id === endpoint.id)?.failedDeliveries).toBe(1);
    const [d] = (await admin.get(`/api/webhooks/${endpoint.id}/deliveries`).expect(200)).body.items as {
      status: string;
      attempts: number;
    }[];
    expect(d).toMatchObject({ status: 'failed', attempts: 8 });
    await admin.delete(`/api/webhooks/${endpoint.id}`).expect(204);
  });

  it('tells "mail delivery failing" once per outage and once on recovery, not per message', async () => {
    const endpoint = await create({
      name: 'Mail',
      url: receiver.url,
      preset: 'generic',
      events: ['notice.delivery_failing'],
    });
    receiver.secret = endpoint.secret;
    const monitor = t.app.get(MailOutageMonitor);
    // a clean start on a reused database: no earlier run's failing mail, nothing told yet
    await ds.query(`DELETE FROM outbox_messages WHERE subject = 'webhook-outage-test'`);
    await ds.query(`DELETE FROM app_settings WHERE key = 'webhooks.mail_outage'`);
    const [mail] = (await ds.query(
      `INSERT INTO outbox_messages (kind, to_address, to_name, subject, text, html, status, attempts, next_attempt_at,
                                    last_error, message_id, created_at)
       SELECT 'system', 'x' || g || '@example.nl', 'x', 'webhook-outage-test', 't', 'h', 'queued', 3, now() + interval '1 hour',
              'connect ECONNREFUSED', '<' || gen_random_uuid() || '@t>', now()
         FROM generate_series(1, 20) g RETURNING id`,
    )) as { id: string }[];
    expect(mail).toBeDefined();
    // seen two minutes on: failing for longer than a minute with nothing delivered since
    const at = (ms: number) => new Date(Date.now() + 120_000 + ms);
    expect(await monitor.check(at(0))).toBe('down');
    expect(await monitor.check(at(6_000))).toBeNull();
    await ds.query(
      `UPDATE outbox_messages SET status = 'sent', sent_at = now(), last_error = NULL WHERE subject = 'webhook-outage-test'`,
    );
    expect(await monitor.check(at(12_000))).toBe('recovered');
    expect(await monitor.check(at(18_000))).toBeNull();
    await deliverAll();
    const told = receiver
      .accepted()
      .filter((r) => r.headers['x-lekwacht-event'] === 'notice.delivery_failing' && r.json.breach === null);
    expect(told.map((r) => (r.json.data as { state: string }).state)).toEqual(['failing', 'recovered']);
    expect(told.every((r) => r.json.link === 'http://lekwacht.example.nl/mail')).toBe(true);
    expect(told.map((r) => r.body).join()).not.toContain('@example.nl');
    await admin.delete(`/api/webhooks/${endpoint.id}`).expect(204);
  });

  it('writes no deliveries for an endpoint that is switched off, nor for events it did not choose', async () => {
    const off = await create({
      name: 'Uit',
      url: receiver.url,
      preset: 'generic',
      events: ['breach.registered'],
      enabled: false,
    });
    const other = await create({ name: 'Ander', url: receiver.url, preset: 'generic', events: ['obligation.overdue'] });
    await officer
      .post('/api/breaches', { title: unique('Stil'), cause: 'hacking', discoveredAt: new Date().toISOString() })
      .expect(201);
    const [row] = (await ds.query(
      `SELECT count(*)::int AS n FROM webhook_deliveries WHERE endpoint_id = ANY($1::uuid[])`,
      [[off.id, other.id]],
    )) as { n: number }[];
    expect(row?.n).toBe(0);
    await admin.patch(`/api/webhooks/${off.id}`, { enabled: true }).expect(200);
    await officer
      .post('/api/breaches', { title: unique('Hoorbaar'), cause: 'hacking', discoveredAt: new Date().toISOString() })
      .expect(201);
    const [after] = (await ds.query(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE endpoint_id = $1`, [
      off.id,
    ])) as { n: number }[];
    expect(after?.n).toBe(1);
    await admin.delete(`/api/webhooks/${off.id}`).expect(204);
    await admin.delete(`/api/webhooks/${other.id}`).expect(204);
  });
});
