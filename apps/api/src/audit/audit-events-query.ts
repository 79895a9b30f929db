import { InvalidInputError } from '../errors/domain-errors';
import type { AuditEventFilters } from './audit-events.dto';

const MAX_BIGINT = 9223372036854775807n;

/** `to` is the last day of the period (inclusive), so it must not be before `from`. */
export function checkPeriod(filters: Pick<AuditEventFilters, 'from' | 'to'>): void {
  if (filters.from !== undefined && filters.to !== undefined && filters.to < filters.from) {
    throw new InvalidInputError(['to must not be before from']);
  }
}

/** The seq a page starts below; a number beyond a bigint is no cursor this API gave out. */
export function decodeCursor(cursor: string | undefined): string | null {
  if (cursor === undefined) return null;
  if (!/^[1-9]\d{0,18}$/.test(cursor) || BigInt(cursor) > MAX_BIGINT) {
    throw new InvalidInputError(['cursor must be the nextCursor of an earlier page']);
  }
  return cursor;
}

/**
 * The audit query, newest first. Every filter is a parameter; the period is whole days in
 * Europe/Amsterdam (`to` inclusive), as the reports count them. Keyset paging on seq, the chain's
 * own order: a page starts below the previous page's last seq, so events appended while someone
 * pages never shift a row onto the next page twice or off it.
 */
export function auditEventsSql(
  filters: AuditEventFilters,
  page?: { below: string | null; limit: number },
): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const param = (v: unknown) => {
    values.push(v);
    return `$${values.length}`;
  };
  const where: string[] = [];
  if (filters.breachId) where.push(`e.breach_id = ${param(filters.breachId)}`);
  if (filters.actorId) where.push(`e.actor_id = ${param(filters.actorId)}`);
  if (filters.action) where.push(`e.action = ${param(filters.action)}`);
  if (filters.from)
    where.push(`e.occurred_at >= ((${param(filters.from)}::date)::timestamp AT TIME ZONE 'Europe/Amsterdam')`);
  if (filters.to)
    where.push(`e.occurred_at < ((${param(filters.to)}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`);
  if (page?.below) where.push(`e.seq < ${param(page.below)}::bigint`);
  const text = `
    SELECT e.seq, e.occurred_at,
           to_char(e.occurred_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD HH24:MI:SS') AS occurred_at_local,
           e.actor_id, e.actor_label, u.name AS actor_name, e.action, e.entity_type, e.entity_id,
           e.breach_id, b.reference AS breach_reference, e.before, e.after, e.hash
      FROM audit_events e
      LEFT JOIN users u ON u.id = e.actor_id
      LEFT JOIN breaches b ON b.id = e.breach_id
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY e.seq DESC
     ${page ? `LIMIT ${param(page.limit + 1)}` : ''}`;
  return { text, values };
}
