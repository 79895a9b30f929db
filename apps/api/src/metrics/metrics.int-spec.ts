import { EscalationEngine } from '../escalations/escalation-engine';
import { MailWorker } from '../mail/mail-worker';
import { startTestApp, type TestApp, unique } from '../testing/test-app';
import { METRIC } from './app-metrics';

const TOKEN = 'metrics-token-for-the-test-0123456789';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/**
 * The Prometheus text format 0.0.4, strictly: every line is a HELP or TYPE comment or a sample
 * `name{label="value",…} number`; throws on anything else.
 */
function parsePrometheus(text: string): { samples: Sample[]; types: Map<string, string> } {
  const samples: Sample[] = [];
  const types = new Map<string, string>();
  const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
  const sample = new RegExp(`^(${NAME})(?:\\{(.*)\\})? (\\S+)(?: -?\\d+)?$`);
  const label = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)",?/g;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const type = new RegExp(`^# TYPE (${NAME}) (counter|gauge|histogram|summary|untyped)$`).exec(line);
    if (type) {
      types.set(type[1]!, type[2]!);
      continue;
    }
    if (new RegExp(`^# HELP ${NAME} .*$`).test(line)) continue;
    const m = sample.exec(line);
    if (!m) throw new Error(`not Prometheus text: ${line}`);
    const labels: Record<string, string> = {};
    const rest = m[2] ?? '';
    if (rest.replace(label, '') !== '') throw new Error(`bad labels: ${line}`);
    for (const l of rest.matchAll(label)) labels[l[1]!] = l[2]!;
    const value = m[3] === '+Inf' ? Infinity : m[3] === '-Inf' ? -Infinity : Number(m[3]);
    if (Number.isNaN(value) && m[3] !== 'NaN') throw new Error(`bad value: ${line}`);
    samples.push({ name: m[1]!, labels, value });
  }
  return { samples, types };
}

describe('GET /api/metrics (Prometheus)', () => {
  let t: TestApp;
  const scrape = async () => {
    const res = await t.http().get('/api/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain;.*\bversion=0\.0\.4\b/);
    return { text: res.text, ...parsePrometheus(res.text) };
  };
  const value = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
    samples
      .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
      .reduce((sum, s) => sum + s.value, 0);

  beforeAll(async () => {
    t = await startTestApp({ METRICS_TOKEN: TOKEN });
  });
  afterAll(() => t.close());

  it('needs the bearer token: none or a wrong one is 401, a session is not enough', async () => {
    const none = await t.http().get('/api/metrics').expect(401);
    expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(none.text).not.toContain('lekwacht_');
    await t.http().get('/api/metrics').set('Authorization', `Bearer ${TOKEN}x`).expect(401);
    await t.http().get('/api/metrics').set('Authorization', `Basic ${TOKEN}`).expect(401);
    await t.http().get('/api/metrics').set('Authorization', TOKEN).expect(401);
    const admin = await t.loginAs('admin');
    expect((await admin.get('/api/metrics')).status).toBe(401);
  });

  it("answers Prometheus' conventional /metrics with a redirect to /api/metrics", async () => {
    const res = await t.http().get('/metrics').expect(308);
    expect(res.headers['location']).toBe('/api/metrics');
  });

  it('does not exist without METRICS_TOKEN', async () => {
    const other = await startTestApp();
    try {
      await other.http().get('/api/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(404);
      await other.http().get('/api/metrics').expect(404);
    } finally {
      await other.close();
    }
  });

  it('reports escalations, the outbox, deliveries, obligations and HTTP timings with sane values', async () => {
    const officer = await t.loginAs('officer');
    // discovered 80 h ago: the AP deadline (72 h) has passed, so every step fires late
    const breach = (
      await officer
        .post('/api/breaches', {
          title: unique('Metrics'),
          cause: 'hacking',
          discoveredAt: new Date(Date.now() - 80 * 3_600_000).toISOString(),
        })
        .expect(201)
    ).body as { id: string; reference: string };
    const before = await scrape();
    await t.app.get(EscalationEngine).fireDue();
    const queued = await scrape();

    // escalation lateness: one observation per fired step, never negative, buckets cumulative
    const count = METRIC.escalationLateness + '_count';
    const sum = METRIC.escalationLateness + '_sum';
    expect(value(queued.samples, count) - value(before.samples, count)).toBeGreaterThan(0);
    expect(value(queued.samples, sum)).toBeGreaterThanOrEqual(value(before.samples, sum));
    expect(value(queued.samples, count, { kind: 'authority' })).toBeGreaterThan(0);
    expect(queued.types.get(METRIC.escalationLateness)).toBe('histogram');
    for (const kind of ['authority', 'customer', 'data_subjects']) {
      const buckets = queued.samples.filter(
        (s) => s.name === `${METRIC.escalationLateness}_bucket` && s.labels['kind'] === kind,
      );
      const counts = buckets.map((b) => b.value);
      expect(counts).toEqual([...counts].sort((a, b) => a - b));
      expect(buckets.find((b) => b.labels['le'] === '+Inf')!.value).toBe(value(queued.samples, count, { kind }));
    }

    // the escalation digests wait in the outbox (the test app's scheduler is off)
    expect(value(queued.samples, METRIC.outboxDepth, { kind: 'escalation' })).toBeGreaterThan(0);
    const age = value(queued.samples, METRIC.outboxOldestAge, { kind: 'escalation' });
    expect(age).toBeGreaterThanOrEqual(0);
    expect(age).toBeLessThan(7 * 24 * 3_600);
    for (const kind of ['escalation', 'notice', 'system']) {
      expect(queued.samples.some((s) => s.name === METRIC.outboxDepth && s.labels['kind'] === kind)).toBe(true);
      expect(queued.samples.some((s) => s.name === METRIC.outboxFailed && s.labels['kind'] === kind)).toBe(true);
    }

    // obligations: this breach's three duties are open, the AP one overdue
    for (const kind of ['authority', 'customer', 'data_subjects']) {
      expect(queued.samples.some((s) => s.name === METRIC.obligationsOpen && s.labels['kind'] === kind)).toBe(true);
    }
    expect(value(queued.samples, METRIC.obligationsOpen, { kind: 'authority' })).toBeGreaterThan(0);
    expect(value(queued.samples, METRIC.obligationsOverdue, { kind: 'authority' })).toBeGreaterThan(0);
    expect(value(queued.samples, METRIC.obligationsOverdue, { kind: 'authority' })).toBeLessThanOrEqual(
      value(queued.samples, METRIC.obligationsOpen, { kind: 'authority' }),
    );

    // delivered into the built-in mailbox: the counter rises, the outbox drains
    await t.app.get(MailWorker).kick();
    const delivered = await scrape();
    expect(value(delivered.samples, METRIC.mailDeliveries)).toBeGreaterThan(
      value(queued.samples, METRIC.mailDeliveries),
    );
    expect(value(delivered.samples, METRIC.mailFailures)).toBeGreaterThanOrEqual(0);
    expect(value(delivered.samples, METRIC.mailUndeliverable)).toBeGreaterThanOrEqual(0);
    expect(delivered.types.get(METRIC.mailDeliveries)).toBe('counter');
    expect(delivered.types.get(METRIC.mailFailures)).toBe('counter');
    expect(delivered.types.get(METRIC.mailUndeliverable)).toBe('counter');
    // (mail other test files left for a later retry may still wait)
    expect(value(delivered.samples, METRIC.outboxDepth, { kind: 'escalation' })).toBeLessThan(
      value(queued.samples, METRIC.outboxDepth, { kind: 'escalation' }),
    );

    // HTTP timings by route pattern: the breach page and a portal link, never their ids or tokens
    const portalToken = 'NotARealPortalToken0123456789abcdefABCDEF';
    await officer.get(`/api/breaches/${breach.id}`).expect(200);
    await t.http().get(`/api/portal/notices/${portalToken}`).expect(404);
    await t.http().get(`/api/no-such-route/${breach.id}`).expect(404);
    const timed = await scrape();
    const httpCount = METRIC.httpDuration + '_count';
    expect(value(timed.samples, httpCount, { method: 'GET', route: '/api/breaches/:id', status: '200' })).toBe(1);
    expect(value(timed.samples, httpCount, { route: '/api/portal/notices/:token', status: '404' })).toBe(1);
    expect(value(timed.samples, httpCount, { route: 'unmatched', status: '404' })).toBe(1);
    expect(value(timed.samples, httpCount, { route: '/api/metrics', status: '200' })).toBeGreaterThan(0);
    expect(timed.text).not.toContain(breach.id);
    expect(timed.text).not.toContain(portalToken);
    expect(timed.text).not.toContain(breach.reference);
    for (const s of timed.samples) {
      if (s.name.startsWith(METRIC.httpDuration)) expect(s.labels['route']).toMatch(/^(\/api[\w/:.{}*-]*|unmatched)$/);
      expect(s.value).not.toBeNaN();
    }

    // the process itself, for the dashboard's memory and CPU panels
    expect(timed.types.get('process_cpu_user_seconds_total')).toBe('counter');
    expect(value(timed.samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });
});
