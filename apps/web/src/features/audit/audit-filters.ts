import type { AuditFilters } from './api/audit-api';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An audit action as the API accepts it: lower-case words joined by dots. */
const ACTION = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isIsoDate = (s: string): boolean =>
  DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** What is wrong with the period in the address: a field that is no date, or an end before the start. */
export type PeriodProblem = 'from' | 'to' | 'order' | null;

export interface ParsedAuditFilters {
  /** Only well-formed values: what the API is asked. */
  filters: AuditFilters;
  /** The period as typed (a date, '' or the DateField's "invalid"), for the fields. */
  from: string;
  to: string;
  periodProblem: PeriodProblem;
}

/**
 * The audit page's filters from its address (`/audit?breachId=…&actorId=…&action=…&from=…&to=…`),
 * so a filtered view can be linked to (the breach page does) and survives a reload. A value the API
 * would refuse is left out, except the period, whose problem is shown at the field.
 */
export function parseAuditFilters(params: URLSearchParams): ParsedAuditFilters {
  const breachId = params.get('breachId') ?? '';
  const actorId = params.get('actorId') ?? '';
  const action = params.get('action') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const fromOk = from === '' || isIsoDate(from);
  const toOk = to === '' || isIsoDate(to);
  const periodProblem: PeriodProblem = !fromOk
    ? 'from'
    : !toOk
      ? 'to'
      : from !== '' && to !== '' && to < from
        ? 'order'
        : null;
  const filters: AuditFilters = {
    ...(UUID.test(breachId) ? { breachId } : {}),
    ...(UUID.test(actorId) ? { actorId } : {}),
    ...(ACTION.test(action) && action.length <= 100 ? { action } : {}),
    ...(periodProblem === null && from ? { from } : {}),
    ...(periodProblem === null && to ? { to } : {}),
  };
  return { filters, from, to, periodProblem };
}

/** Any filter set (a period with a problem counts: clearing it is a way out). */
export const hasFilters = (p: ParsedAuditFilters) => Object.keys(p.filters).length > 0 || p.from !== '' || p.to !== '';
