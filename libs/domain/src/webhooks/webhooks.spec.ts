import fc from 'fast-check';
import {
  MAIL_OUTAGE_ENDED,
  MAIL_OUTAGE_STARTED,
  WEBHOOK_PRESETS,
  WEBHOOK_TESTED,
  webhookEventsFor,
  type AuditedChange,
} from './webhook-events';
import { webhookBody, webhookTitle, type WebhookPayload } from './webhook-messages';
import { maskWebhookUrl, webhookUrlProblem } from './webhook-url';

const BREACH = '6f1c2d3e-4a5b-4c6d-8e7f-001122334455';
const ENDPOINT = '0a1b2c3d-4e5f-4a6b-8c7d-998877665544';

/** Audit events of every mapped kind, their `after` stuffed with what must never leave. */
const changes = (pii: string): AuditedChange[] => [
  {
    action: 'breach.registered',
    entityType: 'breach',
    entityId: BREACH,
    breachId: BREACH,
    after: { title: pii, description: pii, reference: 'DL-2026-0042', affectedCustomers: [{ name: pii }] },
  },
  {
    action: 'assessment.created',
    entityType: 'assessment',
    entityId: BREACH,
    breachId: BREACH,
    after: {
      version: 2,
      final: { enisa: { band: 'high' }, authority: { required: true }, dataSubjects: { required: false } },
      override: { justification: pii },
    },
  },
  {
    action: 'escalation.fired',
    entityType: 'escalation',
    entityId: BREACH,
    breachId: BREACH,
    after: {
      step: 'overdue-every-4h',
      occurrence: 1,
      kind: 'authority',
      dueAt: '2026-03-01T10:00:00.000Z',
      becameOverdue: true,
      recipients: [{ name: pii, email: `${pii}@example.nl`, kind: 'management' }],
    },
  },
  {
    action: 'notice.failed',
    entityType: 'notice',
    entityId: BREACH,
    breachId: BREACH,
    after: { status: 'failed', error: `550 ${pii}@klant.nl unknown` },
  },
  {
    action: MAIL_OUTAGE_STARTED,
    entityType: 'mail',
    entityId: 'smtp',
    after: { since: '2026-03-01T09:00:00Z', lastError: pii },
  },
  {
    action: 'authority_notification.submission_recorded',
    entityType: 'authority_notification',
    entityId: BREACH,
    breachId: BREACH,
    after: { apReference: 'AP-2026-123', late: false, content: { description: pii }, delayReason: pii },
  },
  { action: WEBHOOK_TESTED, entityType: 'webhook_endpoint', entityId: ENDPOINT, after: { name: pii } },
];

const payloadsOf = (events: ReturnType<typeof webhookEventsFor>): WebhookPayload[] =>
  events.map((e, i) => ({
    id: `d-${i}`,
    type: e.type,
    occurredAt: '2026-03-01T10:00:00.000Z',
    breach: e.breachId ? { id: e.breachId, reference: 'DL-2026-0042' } : null,
    link: `https://lekwacht.example.nl${e.path}`,
    data: e.data,
  }));

describe('webhook events from audit events', () => {
  it('maps each subscribed change to its event type, an overdue escalation to two', () => {
    expect(webhookEventsFor(changes('x')).map((e) => e.type)).toEqual([
      'breach.registered',
      'assessment.outcome',
      'escalation.fired',
      'obligation.overdue',
      'notice.delivery_failing',
      'authority_notification.submitted',
      'webhook.test',
      'notice.delivery_failing',
    ]);
  });

  it('gives one event per breach for a run of failed notices, with their count', () => {
    const failed = Array.from({ length: 5000 }, () => ({
      action: 'notice.failed',
      entityType: 'notice',
      entityId: BREACH,
      breachId: BREACH,
      after: {},
    }));
    const events = webhookEventsFor(failed);
    expect(events).toHaveLength(1);
    expect(events[0]?.data).toEqual({ cause: 'notices_failed', state: 'failing', count: 5000 });
  });

  it('sends the test event only to the endpoint tested', () => {
    const [e] = webhookEventsFor([{ action: WEBHOOK_TESTED, entityType: 'webhook_endpoint', entityId: ENDPOINT }]);
    expect(e).toMatchObject({ type: 'webhook.test', endpointId: ENDPOINT, breachId: null });
  });

  it('says when mail delivery recovers', () => {
    const [e] = webhookEventsFor([{ action: MAIL_OUTAGE_ENDED, entityType: 'mail', entityId: 'smtp', after: {} }]);
    expect(e?.data).toEqual({ cause: 'mail_outage', state: 'recovered' });
  });

  it('ignores changes nobody can subscribe to', () => {
    expect(webhookEventsFor([{ action: 'user.created', entityType: 'user', entityId: 'x', after: {} }])).toEqual([]);
  });

  it('leaves out a step id or AP reference that is free text', () => {
    const [fired] = webhookEventsFor([
      {
        action: 'escalation.fired',
        entityType: 'escalation',
        entityId: BREACH,
        breachId: BREACH,
        after: { step: 'Bel Jan de Vries', kind: 'customer' },
      },
    ]);
    expect(fired?.data).toEqual({ obligationKind: 'customer' });
  });
});

describe('webhook bodies carry references and links, never personal data', () => {
  it('in every preset and language, whatever the audit event held', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z][A-Za-z0-9 .]{5,30}$/).filter((s) => !/^(?:Open|Lek|Dat|Test)/.test(s)),
        (pii) => {
          for (const p of payloadsOf(webhookEventsFor(changes(pii))))
            for (const preset of WEBHOOK_PRESETS)
              for (const language of ['nl', 'en'] as const)
                expect(JSON.stringify(webhookBody(preset, p, language))).not.toContain(pii);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('has no field for names, addresses or descriptions', () => {
    const keys = new Set<string>();
    const walk = (v: unknown) => {
      if (!v || typeof v !== 'object') return;
      for (const [k, x] of Object.entries(v)) {
        keys.add(k);
        walk(x);
      }
    };
    payloadsOf(webhookEventsFor(changes('Jan de Vries'))).forEach(walk);
    for (const k of ['name', 'email', 'description', 'title', 'recipients', 'error', 'customer', 'justification'])
      expect(keys).not.toContain(k);
  });
});

describe('chat messages', () => {
  const [escalation] = payloadsOf(webhookEventsFor(changes('x')).filter((e) => e.type === 'escalation.fired'));
  const p = escalation as WebhookPayload;

  it('reads as a sentence with the reference', () => {
    expect(webhookTitle(p, 'nl')).toBe('Datalek DL-2026-0042: escalatie afgegaan (melding aan de AP)');
    expect(webhookTitle(p, 'en')).toBe('Data breach DL-2026-0042: escalation fired (AP notification)');
  });

  it('Teams: an Adaptive Card with a button to the breach', () => {
    const body = webhookBody('teams', p, 'nl') as {
      attachments: { contentType: string; content: { actions: { url: string }[] } }[];
    };
    expect(body.attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(body.attachments[0]?.content.actions[0]?.url).toBe(`https://lekwacht.example.nl/breaches/${BREACH}`);
  });

  it('Slack: a text fallback with the link, and blocks', () => {
    const body = webhookBody('slack', p, 'nl') as { text: string; blocks: unknown[] };
    expect(body.text).toBe(
      `Datalek DL-2026-0042: escalatie afgegaan (melding aan de AP) — <https://lekwacht.example.nl/breaches/${BREACH}|open in lekwacht>`,
    );
    expect(body.blocks).toHaveLength(3);
  });
});

describe('endpoint URLs', () => {
  it.each([
    ['https://hooks.slack.com/services/T1/B2/abc', null],
    ['http://10.0.0.5:8080/hook', null],
    ['ftp://example.nl/x', 'must be an http:// or https:// URL'],
    ['javascript:alert(1)', 'must be an http:// or https:// URL'],
    ['not a url', 'must be an absolute http:// or https:// URL'],
  ])('%s', (url, problem) => expect(webhookUrlProblem(url)).toBe(problem));

  it('masks the tokens in chat webhook URLs', () => {
    expect(maskWebhookUrl('https://hooks.slack.com/services/T0123/B0456/XXXXXXXXXXXXXXXXXXXXXXXX')).toBe(
      'https://hooks.slack.com/services/T0123/B0456/…',
    );
    expect(maskWebhookUrl('https://prod.logic.azure.com/workflows/0123456789abcdef0123/triggers?sig=secret')).toBe(
      'https://prod.logic.azure.com/workflows/…/triggers?…',
    );
    expect(maskWebhookUrl('https://user:pw@example.nl/hook')).toBe('https://example.nl/hook');
  });
});
