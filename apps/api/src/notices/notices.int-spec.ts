import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { MailWorker } from '../mail/mail-worker';
import { keepRows } from '../testing/keep-rows';
import { startTestApp, type LoggedIn, type TestApp, unique } from '../testing/test-app';
import { DEFAULT_TEMPLATES } from './notice-rendering';

const HOUR = 3_600_000;

interface Notice {
  id: string;
  customerId: string;
  customerName: string;
  recipient: { name: string; email: string; kind: string };
  language: string;
  status: string;
  subject: string;
  text: string;
  html: string;
  sentAt: string | null;
  acknowledgedAt: string | null;
  acknowledgedByName: string | null;
  outboxMessageId: string | null;
}

const tokenIn = (text: string) => /\/portal\/([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? '';

describe('customer notices (HTTP, real database)', () => {
  let t: TestApp;
  let officer: LoggedIn;
  let manager: LoggedIn;
  let admin: LoggedIn;
  let processorCustomer: { id: string; name: string; contactEmail: string };
  let controllerCustomer: { id: string; name: string; managementEmail: string };
  let breach: { id: string; reference: string; obligations: { id: string; kind: string; customerId: string | null }[] };
  const title = `Phishing bij ${Date.now()}`;
  const internal = `INTERN: phishing-mail trof klant A en klant B ${Date.now()}`;
  const summaryNl = '<script>alert(1)</script> Een phishing-mail gaf toegang tot een mailbox & "co".';
  let restoreTemplate: () => Promise<void>;

  beforeAll(async () => {
    t = await startTestApp();
    // the template test saves the English template: later files in this worker get it back as it was
    restoreTemplate = await keepRows(t.app.get(DataSource), 'notice_templates', `language = 'en'`);
    officer = await t.loginAs('officer');
    manager = await t.loginAs('manager');
    admin = await t.loginAs('admin');
    const contactEmail = `${unique('contact')}@klant-a.example`;
    const a = await admin
      .post('/api/customers', {
        name: unique('Klant A'),
        contactPerson: { name: 'Carla Contact', email: contactEmail },
        management: { name: 'Directie A', email: 'directie@klant-a.example' },
        language: 'nl',
      })
      .expect(201);
    processorCustomer = { id: a.body.id, name: a.body.name, contactEmail };
    const managementEmail = `${unique('board')}@customer-b.example`;
    const b = await admin
      .post('/api/customers', {
        name: unique('Customer B'),
        contactPerson: null,
        management: { name: 'Board B', email: managementEmail },
        language: 'en',
      })
      .expect(201);
    controllerCustomer = { id: b.body.id, name: b.body.name, managementEmail };
    breach = (
      await officer
        .post('/api/breaches', {
          title,
          description: internal,
          customerSummary: { nl: summaryNl, en: 'A phishing e-mail gave access to a mailbox.' },
          cause: 'hacking',
          discoveredAt: new Date(Date.now() - 10 * HOUR).toISOString(),
          affectedCustomers: [
            { customerId: processorCustomer.id, subjectsCount: 1234, role: 'processor' },
            { customerId: controllerCustomer.id, subjectsCount: 5, role: 'controller' },
          ],
        })
        .expect(201)
    ).body;
  });
  afterAll(async () => {
    await restoreTemplate();
    await t.close();
  });

  const notices = async () => (await officer.get(`/api/breaches/${breach.id}/notices`).expect(200)).body as Notice[];
  const noticeOf = async (customerId: string) => (await notices()).find((n) => n.customerId === customerId)!;
  const mailsOf = async () =>
    (await officer.get(`/api/mail?breachId=${breach.id}`).expect(200)).body as {
      id: string;
      kind: string;
      to: string;
      status: string;
      createdAt: string;
    }[];
  // Straight from the outbox: the mail view masks portal tokens, which is right for readers but not for this test.
  const mailDetail = async (id: string) => {
    const [row] = (await t.app
      .get(DataSource)
      .query(`SELECT text, html, subject FROM outbox_messages WHERE id = $1`, [id])) as {
      text: string;
      html: string;
      subject: string;
    }[];
    return row!;
  };

  it('generates one draft per affected customer, to the contact person else management, in the customer language; processors get the hand-over', async () => {
    await manager.post(`/api/breaches/${breach.id}/notices`).expect(403);
    const res = await officer.post(`/api/breaches/${breach.id}/notices`).expect(201);
    expect(res.body).toMatchObject({ generated: 2, skipped: 0 });
    const list = (await manager.get(`/api/breaches/${breach.id}/notices`).expect(200)).body as Notice[];
    expect(list).toHaveLength(2);
    // the list carries no bodies; one notice does
    expect(list[0]).not.toHaveProperty('html');
    const one = async (customerId: string) =>
      (await manager.get(`/api/notices/${list.find((n) => n.customerId === customerId)!.id}`).expect(200))
        .body as Notice;
    const a = await one(processorCustomer.id);
    const b = await one(controllerCustomer.id);
    expect(a).toMatchObject({
      customerName: processorCustomer.name,
      language: 'nl',
      status: 'draft',
      recipient: { name: 'Carla Contact', email: processorCustomer.contactEmail, kind: 'contact_person' },
    });
    expect(b).toMatchObject({
      customerName: controllerCustomer.name,
      language: 'en',
      status: 'draft',
      recipient: { name: 'Board B', email: controllerCustomer.managementEmail, kind: 'management' },
    });
    expect(a.subject).toContain(breach.reference);
    expect(a.text).toContain('Informatie voor uw eigen beoordeling');
    expect(a.text).toContain('binnen 72 uur');
    expect(a.text).toContain('1.234');
    expect(a.text).toMatch(/Nederlandse tijd/);
    expect(a.html).toContain('Informatie voor uw eigen beoordeling');
    expect(b.text).toContain('Dear Board B');
    expect(b.text).not.toContain('Information for your own assessment');
    expect(b.html).not.toContain('Information for your own assessment');
    // plain text keeps the customer summary as written, HTML escapes it; the internal text and title stay out
    expect(a.text).toContain('<script>alert(1)</script> Een phishing-mail');
    expect(a.html).not.toContain('<script>');
    expect(a.html).toContain('&lt;script&gt;');
    for (const n of [a, b]) {
      expect(`${n.subject}${n.text}${n.html}`).not.toContain(internal);
      expect(`${n.subject}${n.text}${n.html}`).not.toContain(title);
    }
    expect(b.text).not.toContain(processorCustomer.name);
    expect(a.text).not.toContain(controllerCustomer.name);
    expect(b.text).not.toContain('1.234');

    // re-generating replaces drafts only
    const again = await officer.post(`/api/breaches/${breach.id}/notices`).expect(201);
    expect(again.body).toMatchObject({ generated: 2, skipped: 0 });
    expect(await notices()).toHaveLength(2);
  });

  it('edits a draft; the HTML is re-rendered from the text, escaped', async () => {
    const b = await noticeOf(controllerCustomer.id);
    const res = await officer
      .patch(`/api/notices/${b.id}`, {
        subject: 'Notice about <b>incident</b>',
        text: 'Dear Board,\n\n<img src=x onerror=alert(1)> happened.\nSecond line.',
      })
      .expect(200);
    expect(res.body.html).toBe(
      '<p>Dear Board,</p>\n<p>&lt;img src=x onerror=alert(1)&gt; happened.<br>Second line.</p>',
    );
    await officer.patch(`/api/notices/${b.id}`, { subject: '' }).expect(400);
    await officer.patch(`/api/notices/${b.id}`, { bogus: 1 }).expect(400);
    await manager.patch(`/api/notices/${b.id}`, { subject: 'x' }).expect(403);
    await officer.patch(`/api/notices/${randomUUID()}`, { subject: 'x' }).expect(404);
  });

  it('sends every reviewed draft through the outbox; delivery marks them sent and fulfils the customer obligations; the portal link works; acknowledgement is recorded', async () => {
    const drafts = await notices();
    expect(drafts.every((n) => (n as unknown as { reviewState: string }).reviewState === 'not_reviewed')).toBe(true);
    const unreviewed = await officer.post(`/api/breaches/${breach.id}/notices/send`).expect(200);
    expect(unreviewed.body).toEqual({
      queued: 0,
      skipped: 2,
      skippedReasons: { notReviewed: 2, outdated: 0, changedMeanwhile: 0 },
    });
    await officer.post(`/api/breaches/${breach.id}/notices/review`, { noticeIds: drafts.map((n) => n.id) }).expect(200);
    const sent = await officer.post(`/api/breaches/${breach.id}/notices/send`).expect(200);
    expect(sent.body).toMatchObject({ queued: 2, skipped: 0 });
    expect((await notices()).every((n) => n.status === 'queued')).toBe(true);
    await officer
      .patch(`/api/notices/${(await noticeOf(controllerCustomer.id)).id}`, { subject: 'late edit' })
      .expect(409);
    const again = await officer.post(`/api/breaches/${breach.id}/notices/send`).expect(200);
    expect(again.body).toMatchObject({ queued: 0, skipped: 0 });

    const mails = (await mailsOf()).filter((m) => m.kind === 'notice');
    expect(mails.map((m) => m.to).sort()).toEqual(
      [processorCustomer.contactEmail, controllerCustomer.managementEmail].sort(),
    );
    const a = await noticeOf(processorCustomer.id);
    const mailA = await mailDetail(a.outboxMessageId!);
    expect(mailA.html).not.toContain('<script>alert(1)</script>');
    expect(mailA.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const tokenA = tokenIn(mailA.text);
    expect(mailA.text).toContain(`/portal/${tokenA}`);
    expect(mailA.html).toContain(`/portal/${tokenA}`);

    await t.app.get(MailWorker).kick();
    const after = await notices();
    expect(after.every((n) => n.status === 'sent' && n.sentAt)).toBe(true);
    const b = (await officer.get(`/api/breaches/${breach.id}`).expect(200)).body as {
      obligations: {
        kind: string;
        customerId: string | null;
        state: string;
        fulfilledAt: string | null;
        late: boolean;
      }[];
    };
    const customerDuties = b.obligations.filter((o) => o.kind === 'customer');
    expect(customerDuties).toHaveLength(2);
    for (const o of customerDuties) {
      expect(o.state).toBe('fulfilled');
      expect(o.late).toBe(false);
      expect(o.fulfilledAt).toBe(after.find((n) => n.customerId === o.customerId)!.sentAt);
    }
    const escalations = (await officer.get(`/api/escalations?breachId=${breach.id}`).expect(200)).body as {
      obligationId: string;
      state: string;
    }[];
    const dutyIds = new Set(breach.obligations.filter((o) => o.kind === 'customer').map((o) => o.id));
    expect(escalations.filter((e) => dutyIds.has(e.obligationId) && e.state === 'scheduled')).toEqual([]);

    // the portal, without a session or CSRF token
    const anon = t.http();
    const view = await anon.get(`/api/portal/notices/${tokenA}`).expect(200);
    expect(view.body).toMatchObject({
      customerName: processorCustomer.name,
      reference: breach.reference,
      language: 'nl',
      acknowledgedAt: null,
    });
    expect(view.body.html).toContain('&lt;script&gt;');
    expect(view.body.sentAt).toBe(a.sentAt ?? after.find((n) => n.id === a.id)!.sentAt);
    expect(view.headers['cache-control']).toContain('no-store');
    const pdf = await anon
      .get(`/api/portal/notices/${tokenA}/pdf`)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');

    await anon.post(`/api/portal/notices/${tokenA}/acknowledge`).send({ name: '   ' }).expect(400);
    await anon
      .post(`/api/portal/notices/${tokenA}/acknowledge`)
      .send({ name: 'x'.repeat(201) })
      .expect(400);
    await anon.post(`/api/portal/notices/${tokenA}/acknowledge`).send({}).expect(400);
    const ack = await anon
      .post(`/api/portal/notices/${tokenA}/acknowledge`)
      .send({ name: '  Carla Contact  ' })
      .expect(200);
    expect(ack.body.acknowledgedByName).toBe('Carla Contact');
    expect(ack.body.acknowledgedAt).toBeTruthy();
    const second = await anon
      .post(`/api/portal/notices/${tokenA}/acknowledge`)
      .send({ name: 'Someone Else' })
      .expect(200);
    expect(second.body).toMatchObject({ acknowledgedByName: 'Carla Contact', acknowledgedAt: ack.body.acknowledgedAt });
    const seen = await noticeOf(processorCustomer.id);
    expect(seen).toMatchObject({
      status: 'acknowledged',
      acknowledgedByName: 'Carla Contact',
      acknowledgedAt: ack.body.acknowledgedAt,
    });

    const timeline = (await officer.get(`/api/breaches/${breach.id}/timeline`).expect(200)).body as {
      action?: string;
      description?: { en: string };
    }[];
    expect(JSON.stringify(timeline)).toContain('Carla Contact');

    // re-generating leaves notices that went out alone
    const regen = await officer.post(`/api/breaches/${breach.id}/notices`).expect(201);
    expect(regen.body).toMatchObject({ generated: 0, skipped: 2 });
  });

  it('answers 404 for forged, tampered, cross-customer and revoked tokens, never revealing another notice', async () => {
    const anon = t.http();
    const a = await noticeOf(processorCustomer.id);
    const b = await noticeOf(controllerCustomer.id);
    const tokenA = tokenIn((await mailDetail(a.outboxMessageId!)).text);
    const tokenB = tokenIn((await mailDetail(b.outboxMessageId!)).text);
    expect(tokenA).not.toBe(tokenB);

    const forged = randomBytes(32).toString('base64url');
    const tampered = tokenA.slice(0, -1) + (tokenA.endsWith('A') ? 'B' : 'A');
    for (const bad of [forged, tampered, b.id, a.id, 'x', `${tokenA}x`, encodeURIComponent("' OR 1=1 --")]) {
      const res = await anon.get(`/api/portal/notices/${bad}`).expect(404);
      const body = JSON.stringify(res.body);
      expect(body).not.toContain(processorCustomer.name);
      expect(body).not.toContain(controllerCustomer.name);
      expect(body).not.toContain(breach.reference);
      await anon.post(`/api/portal/notices/${bad}/acknowledge`).send({ name: 'Mallory' }).expect(404);
      await anon.get(`/api/portal/notices/${bad}/pdf`).expect(404);
    }
    // each token opens exactly its own notice
    expect((await anon.get(`/api/portal/notices/${tokenB}`).expect(200)).body.customerName).toBe(
      controllerCustomer.name,
    );
    expect((await anon.get(`/api/portal/notices/${tokenA}`).expect(200)).body.customerName).toBe(
      processorCustomer.name,
    );

    // revoke B's link: 404 from now on, and the message is the same as for a forged one
    await manager.post(`/api/notices/${b.id}/revoke-token`).expect(403);
    await officer.post(`/api/notices/${b.id}/revoke-token`).expect(200);
    const revoked = await anon.get(`/api/portal/notices/${tokenB}`).expect(404);
    const unknown = await anon.get(`/api/portal/notices/${forged}`).expect(404);
    expect(revoked.body.message ?? revoked.body).toEqual(unknown.body.message ?? unknown.body);
    await officer.post(`/api/notices/${b.id}/revoke-token`).expect(409);
    // A is untouched by B's revocation
    await anon.get(`/api/portal/notices/${tokenA}`).expect(200);

    // an explicit resend issues a new link; the old one stays dead
    const resent = await officer.post(`/api/notices/${b.id}/resend`).expect(200);
    expect(resent.body.status).toBe('queued');
    expect(resent.body.outboxMessageId).not.toBe(b.outboxMessageId);
    const newToken = tokenIn((await mailDetail(resent.body.outboxMessageId as string)).text);
    expect(newToken).not.toBe(tokenB);
    await t.app.get(MailWorker).kick();
    expect((await noticeOf(controllerCustomer.id)).status).toBe('sent');
    await anon.get(`/api/portal/notices/${tokenB}`).expect(404);
    expect((await anon.get(`/api/portal/notices/${newToken}`).expect(200)).body.customerName).toBe(
      controllerCustomer.name,
    );

    // resending A keeps its acknowledgement and first send time
    const resentA = await officer.post(`/api/notices/${a.id}/resend`).expect(200);
    await t.app.get(MailWorker).kick();
    await anon.get(`/api/portal/notices/${tokenA}`).expect(404);
    expect(await noticeOf(processorCustomer.id)).toMatchObject({
      status: 'acknowledged',
      sentAt: a.sentAt,
      acknowledgedByName: 'Carla Contact',
    });
    expect(resentA.body.outboxMessageId).not.toBe(a.outboxMessageId);
  });

  it('expired links answer 404', async () => {
    const a = await noticeOf(processorCustomer.id);
    const token = tokenIn((await mailDetail(a.outboxMessageId!)).text);
    await t.http().get(`/api/portal/notices/${token}`).expect(200);
    const ds = t.app.get(DataSource);
    await ds.query(`UPDATE notices SET token_expires_at = now() - interval '1 second' WHERE id = $1`, [a.id]);
    await t.http().get(`/api/portal/notices/${token}`).expect(404);
  });

  it('marks a notice failed when its mail cannot be delivered', async () => {
    const c = await admin
      .post('/api/customers', {
        name: unique('Klant C'),
        contactPerson: null,
        management: { name: 'Directie C', email: `${unique('d')}@klant-c.example` },
        language: 'nl',
      })
      .expect(201);
    const br = (
      await officer
        .post('/api/breaches', {
          title: unique('Verloren laptop'),
          customerSummary: { nl: 'Een laptop is verloren.' },
          cause: 'lost_or_stolen_device',
          discoveredAt: new Date(Date.now() - HOUR).toISOString(),
          affectedCustomers: [{ customerId: c.body.id, subjectsCount: null, role: 'controller' }],
        })
        .expect(201)
    ).body as { id: string };
    await officer.post(`/api/breaches/${br.id}/notices`).expect(201);
    const [draft] = (await officer.get(`/api/breaches/${br.id}/notices`).expect(200)).body as Notice[];
    await officer.post(`/api/breaches/${br.id}/notices/review`, { noticeIds: [draft!.id] }).expect(200);
    await officer.post(`/api/breaches/${br.id}/notices/send`).expect(200);
    const [n] = (await officer.get(`/api/breaches/${br.id}/notices`).expect(200)).body as Notice[];
    const ds = t.app.get(DataSource);
    await ds.query(`UPDATE outbox_messages SET status = 'failed', last_error = 'mailbox unavailable' WHERE id = $1`, [
      n!.outboxMessageId,
    ]);
    await t.app.get(MailWorker).kick();
    await ds.query(`SELECT 1`);
    // the periodic sweep (scheduler is off in tests) – run it directly
    const { ReconcileNoticeDeliveries } = await import('./reconcile-notice-deliveries.use-case');
    await t.app.get(ReconcileNoticeDeliveries).execute();
    expect(((await officer.get(`/api/breaches/${br.id}/notices`).expect(200)).body as Notice[])[0]!.status).toBe(
      'failed',
    );
    const detail = (await officer.get(`/api/breaches/${br.id}`).expect(200)).body as {
      obligations: { kind: string; state: string }[];
    };
    expect(detail.obligations.find((o) => o.kind === 'customer')!.state).toBe('open');
  });

  it('notice templates: officer and admin read, admin edits with validation and previews', async () => {
    const list = (await officer.get('/api/notice-templates').expect(200)).body as {
      language: string;
      subject: string;
      body: string;
    }[];
    expect(list.map((l) => l.language).sort()).toEqual(['en', 'nl']);
    await manager.get('/api/notice-templates').expect(403);
    const en = DEFAULT_TEMPLATES.en;
    await officer.put('/api/notice-templates/en', en).expect(403);
    const broken = await admin
      .put('/api/notice-templates/en', { ...en, body: '{{#if processor}}unclosed' })
      .expect(400);
    expect(broken.body.message).toEqual([expect.stringMatching(/^body: /)]);
    const unescaped = await admin.put('/api/notice-templates/en', { ...en, body: '{{{breach.summary}}}' }).expect(400);
    expect(unescaped.body.message).toEqual([expect.stringMatching(/^body: .*unescaped output/)]);
    const badSubject = await admin.put('/api/notice-templates/en', { ...en, subject: '{{#each}}' }).expect(400);
    expect(JSON.stringify(badSubject.body)).toContain('subject');
    await admin.put('/api/notice-templates/en', { ...en, subject: '' }).expect(400);
    await admin.put('/api/notice-templates/de', en).expect(404);

    const preview = await admin
      .post('/api/notice-templates/nl/preview', {
        body: '{{customer.name}} – {{breach.reference}} – {{slice.subjectsCount}}',
      })
      .expect(200);
    expect(preview.body.html).toMatch(/<\/div>\n<p>Voorbeeldklant B\.V\. – DL-2026-0001 – 1\.250<\/p>$/);
    expect(preview.body.text).toBe('Voorbeeldklant B.V. – DL-2026-0001 – 1.250');
    expect(preview.body.subject).toContain('DL-2026-0001');
    await admin.post('/api/notice-templates/nl/preview', { body: '{{/if}}' }).expect(400);
    await officer.post('/api/notice-templates/nl/preview', {}).expect(403);

    const saved = await admin
      .put('/api/notice-templates/en', { ...en, subject: `[Lekwacht] ${en.subject}` })
      .expect(200);
    expect(saved.body).toMatchObject({ language: 'en', isDefault: false, updatedBy: admin.user.email });
    const listed = (await officer.get('/api/notice-templates').expect(200)).body as {
      language: string;
      subject: string;
    }[];
    expect(listed.find((l) => l.language === 'en')!.subject).toBe(`[Lekwacht] ${en.subject}`);
    await admin.put('/api/notice-templates/en', en).expect(200);
  });

  it('queues 2,000 notices exactly once under two concurrent sends; a notice that cannot be queued stays a draft and holds back no other', async () => {
    const ds = t.app.get(DataSource);
    const n = 2000;
    const ids = Array.from({ length: n }, () => randomUUID());
    const prefix = unique('Bulk');
    await ds.query(
      `INSERT INTO customers (id, name, contact_person_name, contact_person_email, management_name, management_email, language)
       SELECT id, $2 || '-' || ord, CASE WHEN ord % 2 = 0 THEN 'Contact ' || ord END, CASE WHEN ord % 2 = 0 THEN 'c' || ord || '@bulk.example' END,
              'Directie ' || ord, 'd' || ord || '@bulk.example', CASE WHEN ord % 3 = 0 THEN 'en' ELSE 'nl' END
         FROM unnest($1::uuid[]) WITH ORDINALITY AS u(id, ord)`,
      [ids, prefix],
    );
    const br = (
      await officer
        .post('/api/breaches', {
          title: unique('Bulk breach'),
          customerSummary: { nl: 'Een systeem is gehackt.', en: 'A system was hacked.' },
          cause: 'hacking',
          discoveredAt: new Date(Date.now() - HOUR).toISOString(),
        })
        .expect(201)
    ).body as { id: string };
    await ds.query(
      `INSERT INTO affected_customers (breach_id, customer_id, subjects_count, role)
       SELECT $1, id, 10, CASE WHEN random() < 0.5 THEN 'processor' ELSE 'controller' END FROM unnest($2::uuid[]) AS u(id)`,
      [br.id, ids],
    );
    expect((await officer.post(`/api/breaches/${br.id}/notices`).expect(201)).body.generated).toBe(n);
    const all = (await officer.get(`/api/breaches/${br.id}/notices`).expect(200)).body as Notice[];
    await officer.post(`/api/breaches/${br.id}/notices/review`, { noticeIds: all.map((x) => x.id) }).expect(200);
    // One recipient the database refuses (a stand-in for any failure inside one notice's queuing).
    const poisoned = 'd7@bulk.example';
    await ds.query(`CREATE OR REPLACE FUNCTION refuse_poisoned() RETURNS trigger AS $$ BEGIN
        IF NEW.to_address = '${poisoned}' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await ds.query(
      `CREATE TRIGGER refuse_poisoned BEFORE INSERT ON outbox_messages FOR EACH ROW EXECUTE FUNCTION refuse_poisoned()`,
    );
    try {
      const [a, b] = await Promise.all([
        officer.post(`/api/breaches/${br.id}/notices/send`).expect(200),
        officer.post(`/api/breaches/${br.id}/notices/send`).expect(200),
      ]);
      expect(a.body.queued + b.body.queued).toBe(n - 1);
    } finally {
      await ds.query(`DROP TRIGGER refuse_poisoned ON outbox_messages`);
      await ds.query(`DROP FUNCTION refuse_poisoned()`);
    }
    const [mails] = (await ds.query(
      `SELECT count(*)::int AS total, count(DISTINCT source_id)::int AS notices FROM outbox_messages WHERE breach_id = $1 AND kind = 'notice'`,
      [br.id],
    )) as { total: number; notices: number }[];
    expect(mails).toEqual({ total: n - 1, notices: n - 1 });
    const statuses = (await ds.query(
      `SELECT status, count(*)::int AS c FROM notices WHERE breach_id = $1 GROUP BY status ORDER BY status`,
      [br.id],
    )) as { status: string; c: number }[];
    expect(statuses).toEqual([
      { status: 'draft', c: 1 },
      { status: 'queued', c: n - 1 },
    ]);
    const [{ tokens }] = (await ds.query(
      `SELECT count(DISTINCT token_hash)::int AS tokens FROM notices WHERE breach_id = $1 AND status = 'queued'`,
      [br.id],
    )) as { tokens: number }[];
    expect(tokens).toBe(n - 1);
    const [{ audited }] = (await ds.query(
      `SELECT count(*)::int AS audited FROM audit_events WHERE breach_id = $1 AND action = 'notice.queued'`,
      [br.id],
    )) as { audited: number }[];
    expect(audited).toBe(n - 1);
    // the refused one goes out on the next send
    expect((await officer.post(`/api/breaches/${br.id}/notices/send`).expect(200)).body).toMatchObject({
      queued: 1,
      skipped: 0,
    });
    expect((await admin.get('/api/audit/verify').expect(200)).body.ok).toBe(true);
    // keep the shared test database's outbox small for later suites
    await ds.query(`UPDATE outbox_messages SET status = 'sent', sent_at = now() WHERE breach_id = $1`, [br.id]);
  }, 300_000);
});

describe('customer portal rate limit (HTTP, real database)', () => {
  it('answers 429 after PORTAL_RATE_LIMIT requests a minute from one address, and login is not affected', async () => {
    const t = await startTestApp({ PORTAL_RATE_LIMIT: '5' });
    try {
      const http = t.http();
      const statuses: number[] = [];
      for (let i = 0; i < 7; i += 1) statuses.push((await http.get(`/api/portal/notices/${'x'.repeat(43)}`)).status);
      expect(statuses.slice(0, 5)).toEqual([404, 404, 404, 404, 404]);
      expect(statuses.slice(5)).toEqual([429, 429]);
      const limited = await http.get(`/api/portal/notices/${'y'.repeat(43)}`).expect(429);
      expect(JSON.stringify(limited.body)).toMatch(/Too Many Requests/i);
      await t.loginAs('officer');
    } finally {
      await t.close();
    }
  });
});
