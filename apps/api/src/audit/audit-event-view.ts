import { REDACTED } from '../http/redact-url';
import { maskCredentials } from '../mail/mailbox-view';
import { describeEvent } from './audit-descriptions';
import type { AuditEventDto } from './audit-events.dto';

/**
 * What the audit page and its CSV may show of a stored payload. Today no feature audits a
 * credential (users are audited as their public view, tokens as "issued"/"revoked", mail by
 * subject only), but the log keeps whatever a feature writes, forever: a key that names a
 * credential is masked here whatever its value, and so are portal/feed tokens and one-time
 * codes inside text (maskCredentials, as the built-in mailbox does).
 */
export function isSecretKey(key: string): boolean {
  const k = key.toLowerCase().replace(/[^a-z0-9]/g, '');
  return (
    k.includes('password') ||
    k.includes('secret') ||
    k.includes('credential') ||
    k.endsWith('token') ||
    k.endsWith('tokenhash') ||
    k === 'code' ||
    k.endsWith('codehash') ||
    k.endsWith('onetimecode') ||
    k === 'otp' ||
    k.endsWith('apikey') ||
    k.endsWith('privatekey') ||
    k === 'key' ||
    k === 'auditkey' ||
    k === 'sig' ||
    k === 'signature' ||
    k === 'cookie' ||
    k === 'authorization'
  );
}

const URL_IN_TEXT = /https?:\/\/\S+/g;

/** Tokens and codes in free text masked; a malformed URL (typed by a user) is masked whole. */
export function maskText(text: string): string {
  try {
    return maskCredentials(text);
  } catch {
    return maskCredentials(text.replace(URL_IN_TEXT, REDACTED));
  }
}

/** A deep copy of a stored payload with every credential masked (see {@link isSecretKey}). */
export function redactSecrets(value: unknown): unknown {
  if (typeof value === 'string') return maskText(value);
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [
        k,
        isSecretKey(k) ? REDACTED : redactSecrets(v),
      ]),
    );
  }
  return value;
}

const redactPayload = (p: Record<string, unknown> | null): Record<string, unknown> | null =>
  p === null ? null : (redactSecrets(p) as Record<string, unknown>);

/** One row of the audit query (audit-events.service.ts). */
export interface AuditEventRow {
  seq: string;
  occurred_at: Date;
  /** The same moment in Europe/Amsterdam, "2026-03-02 11:00:00", for the CSV. */
  occurred_at_local: string;
  actor_id: string | null;
  actor_label: string;
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  breach_id: string | null;
  breach_reference: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  hash: string;
}

/**
 * An event as the audit page shows it. A user is named by their current name (their stored
 * label is the e-mail address they logged in with); the system and the customer portal by label.
 */
export function toAuditEventDto(row: AuditEventRow): AuditEventDto {
  const before = redactPayload(row.before);
  const after = redactPayload(row.after);
  const actor = row.actor_id === null ? null : { id: row.actor_id, name: row.actor_name ?? row.actor_label };
  return {
    seq: String(row.seq),
    at: row.occurred_at.toISOString(),
    actor,
    actorLabel: actor?.name ?? maskText(row.actor_label),
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    breachId: row.breach_id,
    breachReference: row.breach_reference,
    description: describeEvent(row.action, after, before),
    details: { before, after },
    hash: row.hash,
  };
}

/** Columns of the CSV export, in order. */
export const AUDIT_CSV_COLUMNS = [
  'seq',
  'occurred_at',
  'occurred_at_utc',
  'actor',
  'actor_id',
  'action',
  'breach_reference',
  'breach_id',
  'entity_type',
  'entity_id',
  'description_nl',
  'description_en',
  'details',
  'hash',
] as const;

export type AuditCsvRecord = Record<(typeof AUDIT_CSV_COLUMNS)[number], string>;

/** A CSV record: the page's view of the event, details as JSON of the masked before/after. */
export function toAuditCsvRecord(row: AuditEventRow): AuditCsvRecord {
  const e = toAuditEventDto(row);
  const details =
    e.details.before === null && e.details.after === null
      ? ''
      : JSON.stringify({
          ...(e.details.before === null ? {} : { before: e.details.before }),
          ...(e.details.after === null ? {} : { after: e.details.after }),
        });
  return {
    seq: e.seq,
    occurred_at: row.occurred_at_local,
    occurred_at_utc: e.at,
    actor: e.actorLabel,
    actor_id: e.actor?.id ?? '',
    action: e.action,
    breach_reference: e.breachReference ?? '',
    breach_id: e.breachId ?? '',
    entity_type: e.entityType,
    entity_id: e.entityId,
    description_nl: e.description.nl,
    description_en: e.description.en,
    details,
    hash: e.hash,
  };
}

/** Spreadsheets run cells starting with = + - @ (or a tab or CR) as formulas; a quote keeps them text, as the register does. */
export const neutraliseFormula = (v: string): string => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
