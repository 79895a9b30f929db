import { simpleParser } from 'mailparser';
import { createServer } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { startTestApp, type TestApp, unique } from '../testing/test-app';
import { EscalationEngine } from '../escalations/escalation-engine';
import { MailWorker } from './mail-worker';

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('mail delivery over SMTP (real SMTP peer)', () => {
  let t: TestApp;
  let port: number;
  let smtp: SMTPServer | null = null;
  const received: { messageId: string; to: string; subject: string; text: string }[] = [];

  beforeAll(async () => {
    port = await freePort();
    t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_RETRY_BASE_MS: '200' });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((r) => (smtp ? smtp.close(() => r()) : r()));
  });

  const startSmtp = () =>
    new Promise<void>((resolve) => {
      smtp = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        onData(stream, _session, callback) {
          simpleParser(stream)
            .then((mail) => {
              received.push({
                messageId: mail.messageId ?? '',
                to: mail.to && !Array.isArray(mail.to) ? mail.to.text : '',
                subject: mail.subject ?? '',
                text: mail.text ?? '',
              });
              callback();
            })
            .catch(callback);
        },
      });
      smtp.listen(port, '127.0.0.1', () => resolve());
    });

  it('retries while the SMTP peer refuses connections and delivers every message exactly once after it comes back', async () => {
    const officer = await t.loginAs('officer');
    const breach = (
      await officer
        .post('/api/breaches', {
          title: unique('Phishing'),
          cause: 'social_engineering',
          discoveredAt: new Date(Date.now() - 61 * 3_600_000).toISOString(),
        })
        .expect(201)
    ).body;
    await t.app.get(EscalationEngine).fireDue();
    const worker = t.app.get(MailWorker);
    type Row = { id: string; status: string; attempts: number; lastError: string | null };
    const mails = async () => (await officer.get(`/api/mail?breachId=${breach.id}`).expect(200)).body as Row[];
    const queued = await mails();
    expect(queued.length).toBeGreaterThan(0);

    // the peer is down: every attempt fails and the message stays queued with the error
    await worker.kick();
    await sleep(450);
    await worker.kick();
    const failing = await mails();
    for (const m of failing) {
      expect(m.status).toBe('queued');
      expect(m.attempts).toBeGreaterThanOrEqual(1);
      expect(m.lastError).toMatch(/ECONNREFUSED|connect/i);
    }

    await startSmtp();
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && (await mails()).some((m) => m.status !== 'sent')) {
      await worker.kick();
      await sleep(200);
    }
    const sent = await mails();
    expect(sent.every((m) => m.status === 'sent')).toBe(true);
    const ours = received.filter((r) => r.subject.includes(breach.reference));
    expect(ours).toHaveLength(queued.length);
    expect(new Set(ours.map((r) => r.messageId)).size).toBe(queued.length);
    const detail = (await officer.get(`/api/mail/${sent[0]!.id}`).expect(200)).body;
    expect(ours.map((r) => r.messageId)).toContain(detail.messageId);
    expect(ours[0]!.text).toContain(breach.reference);
  });
});
