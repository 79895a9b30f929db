import { simpleParser } from 'mailparser';
import { createServer } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { MailWorker } from '../mail/mail-worker';
import { keepSetting } from '../testing/keep-rows';
import { startTestApp, type TestApp, unique } from '../testing/test-app';

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Received {
  to: string;
  from: { name: string; address: string } | null;
  /** Every header name of the message, lower case. */
  headerNames: string[];
  subject: string;
  text: string;
  html: string;
}

describe('customer notice end to end over a real SMTP peer', () => {
  let t: TestApp;
  let smtp: SMTPServer;
  const received: Received[] = [];
  let restoreProfile: () => Promise<void>;

  beforeAll(async () => {
    const port = await freePort();
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((mail) => {
            received.push({
              to: mail.to && !Array.isArray(mail.to) ? mail.to.text : '',
              from: mail.from?.value[0]
                ? { name: mail.from.value[0].name, address: mail.from.value[0].address ?? '' }
                : null,
              headerNames: [...mail.headers.keys()],
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: typeof mail.html === 'string' ? mail.html : '',
            });
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(port, '127.0.0.1', () => resolve()));
    t = await startTestApp({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      PUBLIC_URL: 'http://lekwacht.example',
      MAIL_RETRY_BASE_MS: '200',
    });
    restoreProfile = await keepSetting(t.app.get(DataSource), 'organisation_profile');
  });
  afterAll(async () => {
    // Later files in this worker get the organisation profile back exactly as this file found it.
    await restoreProfile();
    await t.close();
    await new Promise<void>((r) => smtp.close(() => r()));
  });

  it('sends the notice by SMTP; the recipient follows the portal link, reads and acknowledges it; the officer sees it', async () => {
    const officer = await t.loginAs('officer');
    const admin = await t.loginAs('admin');
    // The mail goes out in the organisation's name; quotes and a line break in it cannot add a header.
    await admin
      .put('/api/organisation-profile', {
        name: 'Veilig "Zeker"\r\nBcc: all@evil.example B.V.',
        logoDataUrl: null,
        primaryColour: '#0a7a3e',
        contactPoint: { name: 'Fenna Functionaris', email: 'fg@veilig-zeker.example', phone: null },
      })
      .expect(200);
    const contactEmail = `${unique('contact')}@klant.example`;
    const customer = (
      await admin
        .post('/api/customers', {
          name: unique('Klant SMTP'),
          contactPerson: { name: 'Karin Klant', email: contactEmail },
          management: { name: 'Directie', email: 'directie@klant.example' },
          language: 'nl',
        })
        .expect(201)
    ).body as { id: string; name: string };
    const breach = (
      await officer
        .post('/api/breaches', {
          title: unique('Datalek <b>klantportaal</b>'),
          customerSummary: { nl: 'Een <b>klantportaal</b> was onbedoeld openbaar.' },
          cause: 'hacking',
          discoveredAt: new Date(Date.now() - 3_600_000).toISOString(),
          affectedCustomers: [{ customerId: customer.id, subjectsCount: 42, role: 'processor' }],
        })
        .expect(201)
    ).body as { id: string; reference: string };

    await officer.post(`/api/breaches/${breach.id}/notices`).expect(201);
    await officer
      .post(`/api/breaches/${breach.id}/notices/review`, {
        noticeIds: ((await officer.get(`/api/breaches/${breach.id}/notices`).expect(200)).body as { id: string }[]).map(
          (n) => n.id,
        ),
      })
      .expect(200);
    expect((await officer.post(`/api/breaches/${breach.id}/notices/send`).expect(200)).body).toMatchObject({
      queued: 1,
      skipped: 0,
    });

    const queued = (await t.app
      .get(DataSource)
      .query(`SELECT kind, from_name FROM outbox_messages WHERE breach_id = $1 AND kind = 'notice'`, [breach.id])) as {
      from_name: string;
    }[];
    expect(queued).toEqual([{ kind: 'notice', from_name: 'Veilig "Zeker" Bcc: all@evil.example B.V.' }]);

    const worker = t.app.get(MailWorker);
    const deadline = Date.now() + 15_000;
    let mine: Received | undefined;
    while (Date.now() < deadline && !(mine = received.find((r) => r.subject.includes(breach.reference)))) {
      await worker.kick();
      await sleep(100);
    }
    expect(mine).toBeDefined();
    const mail = mine as Received;
    expect(mail.to).toContain(contactEmail);
    expect(mail.from).toEqual({ name: 'Veilig "Zeker" Bcc: all@evil.example B.V.', address: 'lekwacht@localhost' });
    expect(mail.headerNames).not.toContain('bcc');
    expect(mail.text).toContain('Beste Karin Klant');
    expect(mail.text).toContain('Informatie voor uw eigen beoordeling');
    expect(mail.html).toContain('&lt;b&gt;klantportaal&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>klantportaal</b>');

    const link = /http:\/\/lekwacht\.example\/portal\/([A-Za-z0-9_-]{43})/.exec(mail.text);
    expect(link).not.toBeNull();
    const token = (link as RegExpExecArray)[1] as string;
    expect(mail.html).toContain(`http://lekwacht.example/portal/${token}`);

    const [notice] = (await officer.get(`/api/breaches/${breach.id}/notices`).expect(200)).body as {
      status: string;
      sentAt: string | null;
    }[];
    expect(notice).toMatchObject({ status: 'sent' });

    // the recipient, with no session: the web page at /portal/{token} calls these
    const anon = t.http();
    const view = await anon.get(`/api/portal/notices/${token}`).expect(200);
    expect(view.body).toMatchObject({
      customerName: customer.name,
      reference: breach.reference,
      language: 'nl',
      acknowledgedAt: null,
      sentAt: notice?.sentAt,
    });
    expect(view.body.html).toContain('&lt;b&gt;klantportaal&lt;/b&gt;');
    const ack = await anon.post(`/api/portal/notices/${token}/acknowledge`).send({ name: 'Karin Klant' }).expect(200);
    expect(ack.body.acknowledgedByName).toBe('Karin Klant');

    const [after] = (await officer.get(`/api/breaches/${breach.id}/notices`).expect(200)).body as {
      status: string;
      acknowledgedAt: string;
      acknowledgedByName: string;
    }[];
    expect(after).toMatchObject({
      status: 'acknowledged',
      acknowledgedByName: 'Karin Klant',
      acknowledgedAt: ack.body.acknowledgedAt,
    });
    const detail = (await officer.get(`/api/breaches/${breach.id}`).expect(200)).body as {
      obligations: { kind: string; state: string }[];
    };
    expect(detail.obligations.find((o) => o.kind === 'customer')?.state).toBe('fulfilled');
  });
});
