// Notice fan-out: a breach affecting 5,000 customers. Times generating and queuing every notice
// through the API (goal ≤ 10 s), then the delivery rate to a local SMTP sink (goal ≥ 200
// messages/s) beside a raw nodemailer send of the same messages to the same sink in the same run
// (goal ≥ 0.8 of it). Every message must arrive exactly once (unique Message-IDs).
// Needs `npx nx build api` first and a PostgreSQL server (BENCH_PG, default 127.0.0.1:5432).
import nodemailer from 'nodemailer';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { freshDatabase, load, record, startApp } from './lib.mjs';

const N = Number(process.env.BENCH_CUSTOMERS ?? 5000);
const PORT = 3903;

/** An SMTP sink that counts messages and Message-IDs. */
async function startSink() {
  const seen = new Map();
  let count = 0;
  let first = 0;
  let last = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    maxClients: 100,
    onData(stream, _session, done) {
      let head = '';
      stream.on('data', (chunk) => {
        if (head.length < 4096) head += chunk.toString('utf8', 0, 4096);
      });
      stream.on('end', () => {
        const id = /^Message-ID:\s*(\S+)/im.exec(head)?.[1] ?? `none-${count}`;
        seen.set(id, (seen.get(id) ?? 0) + 1);
        count += 1;
        last = Date.now();
        if (count === 1) first = last;
        done();
      });
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address();
  return {
    port,
    get count() {
      return count;
    },
    get first() {
      return first;
    },
    get last() {
      return last;
    },
    duplicates: () => [...seen.values()].filter((v) => v > 1).length,
    reset() {
      seen.clear();
      count = 0;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

async function login(base, email) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'lekwacht-demo' }),
  });
  if (!res.ok) throw new Error(`login ${res.status}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  const xsrf = cookies.find((c) => c.startsWith('XSRF-TOKEN='))?.slice('XSRF-TOKEN='.length) ?? '';
  const headers = {
    cookie: cookies.join('; '),
    'x-xsrf-token': decodeURIComponent(xsrf),
    'content-type': 'application/json',
  };
  return async (method, path, body) => {
    const r = await fetch(`${base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!r.ok) throw new Error(`${method} ${path} → ${r.status} ${await r.text()}`);
    return r.json();
  };
}

const waitFor = async (check, timeoutMs) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
};

const sink = await startSink();
const url = freshDatabase('lekwacht_bench_fanout');
const app = await startApp({
  port: PORT,
  env: {
    DATABASE_URL: url,
    DEMO_DATA: 'true',
    SESSION_SECRET: 'x'.repeat(40),
    SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
  },
});
const db = new pg.Client({ connectionString: url });
await db.connect();

// Set-up (not timed): N customers, half with a contact person, a quarter in English.
const customers = (
  await db.query(
    `INSERT INTO customers (name, contact_person_name, contact_person_email, management_name, management_email, language)
     SELECT 'Klant ' || lpad(g::text, 5, '0'),
            CASE WHEN g % 2 = 0 THEN 'Contact ' || g END, CASE WHEN g % 2 = 0 THEN 'contact' || g || '@klant.example' END,
            'Directie ' || g, 'directie' || g || '@klant.example', CASE WHEN g % 4 = 0 THEN 'en' ELSE 'nl' END
       FROM generate_series(1, $1) g RETURNING id`,
    [N],
  )
).rows.map((r) => r.id);
const officer = await login(app.url, 'officer@lekwacht.test');
const breach = await officer('POST', '/api/breaches', {
  title: 'Datalek in het klantportaal',
  description: 'Een fout in het klantportaal maakte gegevens van andere klanten zichtbaar.',
  customerSummary: {
    nl: 'Een fout in het klantportaal maakte gegevens tijdelijk zichtbaar voor andere gebruikers.',
    en: 'A fault in the customer portal briefly made data visible to other users.',
  },
  cause: 'hacking',
  discoveredAt: new Date(Date.now() - 3_600_000).toISOString(),
  measuresTaken: 'Portaal offline gehaald, fout hersteld.',
  likelyConsequences: 'Phishing.',
  facts: {
    role: 'processor',
    dataCategories: ['contact'],
    subjectsCount: N * 10,
    vulnerableSubjects: false,
    confidentiality: 'exposed',
    integrity: 'none',
    availability: 'none',
    malicious: true,
    dataUnintelligible: false,
    recipientTrusted: false,
    exfiltrationEvidence: false,
    backupAvailable: null,
    financialUndertaking: false,
  },
  affectedCustomers: customers.map((customerId, i) => ({
    customerId,
    subjectsCount: 10,
    role: i % 3 === 0 ? 'controller' : 'processor',
  })),
});
console.log(`breach ${breach.reference} with ${N} affected customers; load ${load().join(' ')}`);

// Timed: generate + queue, as an officer would (two clicks). Reviewing in between is the
// officer reading previews; its request (recording the review of every draft) is timed apart.
const t0 = Date.now();
const generated = await officer('POST', `/api/breaches/${breach.id}/notices`);
const tReviewStart = Date.now();
const drafts = await officer('GET', `/api/breaches/${breach.id}/notices`);
await officer('POST', `/api/breaches/${breach.id}/notices/review`, { noticeIds: drafts.map((n) => n.id) });
const reviewMs = Date.now() - tReviewStart;
console.log(`review of ${drafts.length} drafts recorded in ${reviewMs} ms (not part of generate + queue)`);
const t1 = Date.now();
const sent = await officer('POST', `/api/breaches/${breach.id}/notices/send`);
const t2 = Date.now();
const deliveredWhileQueuing = sink.count;
console.log(`generated ${generated.generated} in ${tReviewStart - t0} ms, queued ${sent.queued} in ${t2 - t1} ms`);

// Delivery by the app's worker (it starts while queuing still runs): first to last message at the sink.
const delivered = await waitFor(() => sink.count >= N, 300_000);
const appDeliveryMs = sink.last - sink.first;
const lastDeliveredAfterSendMs = sink.last - t1;
// The worker alone, once queuing no longer shares the CPU with it: messages after the send
// request returned, over the time from then to the last one.
const steadyRate = Math.round(((sink.count - deliveredWhileQueuing) / Math.max(1, sink.last - t2)) * 1000);
const appDuplicates = sink.duplicates();
const appCount = sink.count;
const settledOk = await waitFor(async () => {
  const [{ n }] = (
    await db.query(`SELECT count(*)::int AS n FROM notices WHERE breach_id = $1 AND status = 'sent'`, [breach.id])
  ).rows;
  return n === N;
}, 120_000);
const [{ fulfilled }] = (
  await db.query(
    `SELECT count(*)::int AS fulfilled FROM obligations WHERE breach_id = $1 AND kind = 'customer' AND state = 'fulfilled'`,
    [breach.id],
  )
).rows;
app.kill();

// Baseline: the same messages (as stored in the outbox) through a bare pooled nodemailer
// transport with the app's settings (5 connections) to the same sink.
const messages = (
  await db.query(
    `SELECT to_name, to_address, subject, text, html, message_id FROM outbox_messages WHERE breach_id = $1 AND kind = 'notice'`,
    [breach.id],
  )
).rows;
// Three times, the median kept: on this 2-core machine one raw run varies by ±20 %.
const RAW_RUNS = Number(process.env.BENCH_RAW_RUNS ?? 3);
const rawRuns = [];
for (let run = 0; run < RAW_RUNS; run++) {
  sink.reset();
  const transport = nodemailer.createTransport(`smtp://127.0.0.1:${sink.port}?pool=true&maxConnections=5`);
  await transport.verify();
  const r0 = Date.now();
  await Promise.all(
    messages.map((m) =>
      transport.sendMail({
        from: { name: 'Lekwacht', address: 'lekwacht@localhost' },
        to: { name: m.to_name, address: m.to_address },
        subject: m.subject,
        text: m.text,
        html: m.html,
        messageId: m.message_id,
      }),
    ),
  );
  rawRuns.push(Date.now() - r0);
  transport.close();
}
const rawMs = [...rawRuns].sort((a, b) => a - b)[Math.floor(rawRuns.length / 2)];
await db.end();
await sink.close();

const appRate = Math.round((appCount / appDeliveryMs) * 1000);
const rawRate = Math.round((messages.length / rawMs) * 1000);
record('notice-fanout', {
  database: 'PostgreSQL server (127.0.0.1)',
  customers: N,
  generateMs: tReviewStart - t0,
  reviewMs,
  queueMs: t2 - t1,
  generateAndQueueMs: t2 - t0,
  goalGenerateAndQueueMs: 10_000,
  delivered: appCount,
  allDelivered: delivered,
  duplicates: appDuplicates,
  noticesSent: settledOk,
  customerObligationsFulfilled: fulfilled,
  appDeliveryMs,
  lastDeliveredAfterSendClickMs: lastDeliveredAfterSendMs,
  appMessagesPerSecond: appRate,
  deliveredWhileQueuing,
  appMessagesPerSecondAfterQueuing: steadyRate,
  ratioToRawAfterQueuing: Number((steadyRate / rawRate).toFixed(2)),
  goalMessagesPerSecond: 200,
  rawNodemailerMs: rawMs,
  rawNodemailerRunsMs: rawRuns,
  rawNodemailerMessagesPerSecond: rawRate,
  ratioToRaw: Number((appRate / rawRate).toFixed(2)),
  goalRatioToRaw: 0.8,
  loadAverage: load(),
});
process.exit(0);
