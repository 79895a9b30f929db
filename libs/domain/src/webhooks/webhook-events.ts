import { SEVERITY_BANDS } from '../assessment/assessment-outcome';

/**
 * What an administrator can subscribe an outgoing webhook to (issue #21 point 3). Each is derived
 * from an audit event written in the same transaction as the change, so a webhook delivery exists
 * exactly when the change committed.
 */
export const WEBHOOK_EVENT_TYPES = [
  'breach.registered',
  'assessment.outcome',
  'escalation.fired',
  'obligation.overdue',
  'notice.delivery_failing',
  'authority_notification.submitted',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** The test button's event: sent to the one endpoint tested, whatever it subscribes to. */
export const WEBHOOK_TEST_EVENT = 'webhook.test' as const;
export type AnyWebhookEventType = WebhookEventType | typeof WEBHOOK_TEST_EVENT;

export const WEBHOOK_PRESETS = ['generic', 'teams', 'slack'] as const;
export type WebhookPreset = (typeof WEBHOOK_PRESETS)[number];

/** Audit actions of the mail outage monitor: one per outage and one per recovery, not per message. */
export const MAIL_OUTAGE_STARTED = 'mail.delivery_down';
export const MAIL_OUTAGE_ENDED = 'mail.delivery_recovered';
/** Audit action of the test button. */
export const WEBHOOK_TESTED = 'webhook.tested';

/** One audit event as appended (the fields the mapping may look at). */
export interface AuditedChange {
  /** The audit event's sequence number, kept on the delivery for tracing. */
  seq?: string;
  action: string;
  entityType: string;
  entityId: string;
  breachId?: string | null;
  after?: unknown;
}

/** Only scalars: the data a webhook carries is a short list of codes, numbers and times. */
export type WebhookData = Record<string, string | number | boolean>;

/** A webhook event before it is addressed to endpoints. */
export interface WebhookEvent {
  type: AnyWebhookEventType;
  /** The breach it is about; its reference is looked up when the delivery is written. */
  breachId: string | null;
  /** For `webhook.test`: the endpoint tested (the only recipient). */
  endpointId?: string;
  /** Path in the web app the message links to (appended to PUBLIC_URL). */
  path: string;
  data: WebhookData;
  /** The audit event it came from (the last one, for notices counted together). */
  auditSeq?: string;
}

const OBLIGATION_KINDS = ['authority', 'customer', 'data_subjects'] as const;
/** Policy step ids are short codes (`management-4h`); anything else is left out rather than passed on. */
const STEP_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;
/** The AP's case number: letters, digits and separators only, so no free text slips through. */
const AP_REFERENCE = /^[A-Za-z0-9][A-Za-z0-9 ._/-]{0,39}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const record = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const oneOf = <T extends string>(v: unknown, allowed: readonly T[]): T | undefined =>
  typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
const int = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);
const instant = (v: unknown): string | undefined => {
  if (typeof v !== 'string' && !(v instanceof Date)) return undefined;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
};
const matching = (v: unknown, pattern: RegExp): string | undefined =>
  typeof v === 'string' && pattern.test(v) ? v : undefined;

/** Drops the keys whose value was not accepted. */
const data = (fields: Record<string, string | number | boolean | undefined>): WebhookData => {
  const out: WebhookData = {};
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) out[k] = v;
  return out;
};

const breachPath = (breachId: string) => `/breaches/${breachId}`;

/**
 * The webhook events a set of audit events (one append, one transaction) gives rise to. Only
 * whitelisted fields are copied, each checked for its type or pattern: the audit `after` of an
 * escalation names its recipients, a breach carries its description, a failed mail its SMTP error
 * with an address in it, and none of that may leave the system by webhook.
 *
 * Notices that fail in one go (a run of thousands during an outage) give one event per breach with
 * their count, not one per message.
 */
export function webhookEventsFor(changes: readonly AuditedChange[]): WebhookEvent[] {
  const events: WebhookEvent[] = [];
  const failedNotices = new Map<string, { count: number; seq?: string }>();
  for (const c of changes) {
    const start = events.length;
    const after = record(c.after);
    const breachId = c.breachId && UUID.test(c.breachId) ? c.breachId : null;
    switch (c.action) {
      case 'breach.registered':
        if (breachId) events.push({ type: 'breach.registered', breachId, path: breachPath(breachId), data: {} });
        break;
      case 'assessment.created': {
        if (!breachId) break;
        const final = record(after['final']);
        events.push({
          type: 'assessment.outcome',
          breachId,
          path: breachPath(breachId),
          data: data({
            version: int(after['version']),
            severity: oneOf(record(final['enisa'])['band'], SEVERITY_BANDS),
            authorityRequired: bool(record(final['authority'])['required']),
            dataSubjectsRequired: bool(record(final['dataSubjects'])['required']),
            overridden: after['override'] !== null && after['override'] !== undefined,
          }),
        });
        break;
      }
      case 'escalation.fired': {
        if (!breachId) break;
        const kind = oneOf(after['kind'], OBLIGATION_KINDS);
        events.push({
          type: 'escalation.fired',
          breachId,
          path: breachPath(breachId),
          data: data({
            obligationKind: kind,
            step: matching(after['step'], STEP_ID),
            occurrence: int(after['occurrence']),
            dueAt: instant(after['dueAt']),
          }),
        });
        if (after['becameOverdue'] === true)
          events.push({
            type: 'obligation.overdue',
            breachId,
            path: breachPath(breachId),
            data: data({ obligationKind: kind, dueAt: instant(after['dueAt']) }),
          });
        break;
      }
      case 'notice.failed':
        if (breachId) failedNotices.set(breachId, { count: (failedNotices.get(breachId)?.count ?? 0) + 1, seq: c.seq });
        break;
      case MAIL_OUTAGE_STARTED:
        events.push({
          type: 'notice.delivery_failing',
          breachId: null,
          path: '/mail',
          data: data({ cause: 'mail_outage', state: 'failing', since: instant(after['since']) }),
        });
        break;
      case MAIL_OUTAGE_ENDED:
        events.push({
          type: 'notice.delivery_failing',
          breachId: null,
          path: '/mail',
          data: data({ cause: 'mail_outage', state: 'recovered', since: instant(after['since']) }),
        });
        break;
      case 'authority_notification.submission_recorded':
        if (!breachId) break;
        events.push({
          type: 'authority_notification.submitted',
          breachId,
          path: breachPath(breachId),
          data: data({
            apReference: matching(after['apReference'], AP_REFERENCE),
            submittedAt: instant(after['submittedAt']),
            late: bool(after['late']),
          }),
        });
        break;
      case WEBHOOK_TESTED:
        if (UUID.test(c.entityId))
          events.push({
            type: WEBHOOK_TEST_EVENT,
            breachId: null,
            endpointId: c.entityId,
            path: '/admin/webhooks',
            data: {},
          });
        break;
    }
    if (c.seq !== undefined) for (let i = start; i < events.length; i++) (events[i] as WebhookEvent).auditSeq = c.seq;
  }
  for (const [breachId, { count, seq }] of failedNotices)
    events.push({
      type: 'notice.delivery_failing',
      breachId,
      path: breachPath(breachId),
      data: { cause: 'notices_failed', state: 'failing', count },
      ...(seq !== undefined ? { auditSeq: seq } : {}),
    });
  return events;
}
