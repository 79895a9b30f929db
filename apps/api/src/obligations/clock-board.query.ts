import {
  BOARD_WHO_LABELS,
  type BoardDirection,
  type BoardLang,
  type BoardSortKey,
  OBLIGATION_KINDS,
  type ObligationKind,
  rankNames,
} from '@lekwacht/domain';
import type { EntityManager } from 'typeorm';
import { BOARD_KEY_PARTS, type BoardCursor, type BoardKeyPart, encodeBoardCursor } from './clock-board-cursor';
import type { ClockBoardCustomerDto, ClockBoardPageDto, ClockBoardSummaryDto } from './clock-board.dto';
import { type OpenObligationDto, toObligationDto } from './obligation.dto';
import { obligationFromRow } from './obligation-row';
import { termsOf } from './terms-of';

/** Above this many matches of a combination of filters the board says "1,000+" instead of counting on. */
export const BOARD_COUNT_LIMIT = 1000;

export interface BoardFilter {
  kind?: ObligationKind;
  overdue?: boolean;
  /** A customer's name. */
  customer?: string;
  notRequiredPending?: boolean;
  proposalPending?: boolean;
}

export interface BoardOrder {
  sort: BoardSortKey;
  direction: BoardDirection;
  lang: BoardLang;
}

// The board's rules (libs/domain clock-board.ts) in SQL, over `obligations o`; $1 is now. A
// rule's negation is `IS NOT TRUE`: a duty without a deadline is not overdue (NULL, not false).
const OVERDUE = `(o.required IS DISTINCT FROM false AND o.due_at < $1)`;
const DUE_SOON = `(o.required IS DISTINCT FROM false AND o.due_at >= $1 AND o.due_at <= $1 + interval '24 hours')`;
const PROPOSED = `(o.not_required_proposed_by_id IS NOT NULL AND o.not_required_proposed_at IS NOT NULL)`;
const DECIDED = `(o.not_required_decided_by_id IS NOT NULL AND o.not_required_decided_at IS NOT NULL)`;
const PROPOSAL_PENDING = `(${PROPOSED} AND NOT ${DECIDED})`;
const NOT_REQUIRED_PENDING = `(o.required = false OR ${PROPOSAL_PENDING})`;

/**
 * Each key part as a column of the page and as a cursor value cast back. The deadline counts to
 * the millisecond, as the domain's order and the API's ISO times do: two deadlines a few
 * microseconds apart (rows written by SQL, not through the API) are a tie, broken by the rest of
 * the key, not an order the client cannot see. In UTC, so the expression is immutable (indexed).
 */
const DUE = `date_trunc('milliseconds', coalesce(o.due_at, 'infinity'::timestamptz) AT TIME ZONE 'UTC')`;
const KEY_SQL: Record<BoardKeyPart, { expr: (rank: string) => string; param: (p: string) => string }> = {
  due: { expr: () => DUE, param: (p) => `(${p}::timestamp)` },
  refPrefix: {
    expr: () => `regexp_replace(b.reference, '[0-9]+$', '') COLLATE "C"`,
    param: (p) => `${p}::text COLLATE "C"`,
  },
  refLength: { expr: () => `length(b.reference)`, param: (p) => `${p}::int` },
  reference: { expr: () => `b.reference COLLATE "C"`, param: (p) => `${p}::text COLLATE "C"` },
  rank: { expr: (rank) => rank, param: (p) => `${p}::int` },
  id: { expr: () => `o.id`, param: (p) => `${p}::uuid` },
};
const KIND_RANK = `CASE o.kind WHEN 'authority' THEN 0 WHEN 'customer' THEN 1 ELSE 2 END`;

/** A page row: `o.*`, the breach's reference and title, the customer's name, the terms, `k0`… the key columns. */
interface PageRow extends Record<string, unknown> {
  due_key: string;
}

interface Result {
  items: PageRow[];
  summary: Omit<ClockBoardSummaryDto, 'asOf' | 'customers' | 'byKind'> & Record<ObligationKind, number>;
  customers: ClockBoardCustomerDto[];
  counted: number | null;
  groups: ClockBoardPageDto['groups'];
}

/**
 * One page of the clock board in one statement: the page by keyset over the sort's key columns
 * (the deadline through `obligations_open_due_idx`), the summary over every open duty as
 * aggregates (no rows loaded), the customers for the filter, the match count (taken from the
 * summary where one figure answers the filters, else counted one past BOARD_COUNT_LIMIT) and the
 * page's breaches' matching and overdue duties. For `sort=who` the customers' names are ranked
 * first in Dutch order (rankNames) and the ranks joined in, since SQL's collation differs per
 * installation.
 */
export async function queryClockBoard(
  db: EntityManager,
  filter: BoardFilter,
  order: BoardOrder,
  after: BoardCursor | null,
  limit: number,
  now: Date,
): Promise<ClockBoardPageDto> {
  const params: unknown[] = [now];
  const param = (value: unknown) => `$${params.push(value)}`;

  const where: string[] = [`o.state = 'open'`];
  if (filter.kind) where.push(`o.kind = ${param(filter.kind)}`);
  if (filter.overdue !== undefined) where.push(filter.overdue ? OVERDUE : `${OVERDUE} IS NOT TRUE`);
  if (filter.customer !== undefined) where.push(`c.name = ${param(filter.customer)}`);
  if (filter.notRequiredPending !== undefined)
    where.push(filter.notRequiredPending ? NOT_REQUIRED_PENDING : `${NOT_REQUIRED_PENDING} IS NOT TRUE`);
  if (filter.proposalPending !== undefined)
    where.push(filter.proposalPending ? PROPOSAL_PENDING : `${PROPOSAL_PENDING} IS NOT TRUE`);
  const matching = where.join(' AND ');

  let rank = 'NULL::int';
  let rankJoin = '';
  if (order.sort === 'kind') rank = KIND_RANK;
  if (order.sort === 'who') {
    const labels = BOARD_WHO_LABELS[order.lang];
    const customers = (await db.query(`SELECT id, name FROM customers`)) as { id: string; name: string }[];
    const ranks = rankNames([
      labels.authority,
      labels.data_subjects,
      labels.unknownCustomer,
      ...customers.map((c) => c.name),
    ]);
    const ids = param(customers.map((c) => c.id));
    const values = param(customers.map((c) => ranks.get(c.name)));
    rankJoin = `LEFT JOIN unnest(${ids}::uuid[], ${values}::int[]) AS r(customer_id, rank) ON r.customer_id = o.customer_id`;
    rank = `CASE o.kind WHEN 'authority' THEN ${ranks.get(labels.authority)} WHEN 'data_subjects' THEN ${ranks.get(
      labels.data_subjects,
    )} ELSE coalesce(r.rank, ${ranks.get(labels.unknownCustomer)}) END`;
  }

  const parts = BOARD_KEY_PARTS[order.sort];
  const dir = order.direction === 'asc' ? 'ASC' : 'DESC';
  const orderBy = (alias: string) => parts.map((_, i) => `${alias}k${i} ${dir}`).join(', ');
  let pageWhere = matching;
  if (after) {
    const cmp = order.direction === 'asc' ? '>' : '<';
    const values = after.values.map((v, i) => KEY_SQL[parts[i] as BoardKeyPart].param(param(v)));
    const columns = parts.map((p) => KEY_SQL[p].expr(rank));
    // the leading column alone as well, so that the deadline's index starts at the position
    pageWhere += ` AND ${columns[0]} ${cmp}= ${values[0]} AND (${columns.join(', ')}) ${cmp} (${values.join(', ')})`;
  }
  const from = `obligations o JOIN breaches b ON b.id = o.breach_id LEFT JOIN customers c ON c.id = o.customer_id`;

  const total = totalFromSummary(filter);
  const countSql = `SELECT count(*)::int FROM (SELECT 1 FROM ${from} WHERE ${matching} LIMIT ${BOARD_COUNT_LIMIT + 1}) n`;
  const keyColumns = parts.map((p, i) => `${KEY_SQL[p].expr(rank)} AS k${i}`).join(', ');
  const [row] = (await db.query(
    `WITH page AS MATERIALIZED (
       SELECT o.*, b.reference, b.title, c.name AS customer_name,
              t.agreed AS terms_agreed, (t.terms->>'deadlineHours')::int AS terms_deadline_hours,
              t.terms->>'countedFrom' AS terms_counted_from,
              (${DUE})::text AS due_key, ${keyColumns}
         FROM ${from}
         LEFT JOIN breach_notification_terms t ON t.breach_id = o.breach_id AND t.customer_id = o.customer_id
         ${rankJoin}
        WHERE ${pageWhere}
        ORDER BY ${orderBy('')}
        LIMIT ${limit + 1})
     SELECT (SELECT coalesce(json_agg(p ORDER BY ${orderBy('p.')}), '[]'::json) FROM page p) AS items,
            (SELECT json_build_object(
                      'open', count(*)::int,
                      'overdue', (count(*) FILTER (WHERE ${OVERDUE}))::int,
                      'dueWithin24h', (count(*) FILTER (WHERE ${DUE_SOON}))::int,
                      'notRequiredPending', (count(*) FILTER (WHERE ${NOT_REQUIRED_PENDING}))::int,
                      'proposalPending', (count(*) FILTER (WHERE ${PROPOSAL_PENDING}))::int,
                      ${OBLIGATION_KINDS.map((k) => `'${k}', (count(*) FILTER (WHERE o.kind = '${k}'))::int`).join(', ')})
               FROM obligations o WHERE o.state = 'open') AS summary,
            (SELECT coalesce(json_agg(json_build_object('name', x.name, 'open', x.open)), '[]'::json)
               FROM (SELECT c.name, count(*)::int AS open
                       FROM obligations o JOIN customers c ON c.id = o.customer_id
                      WHERE o.state = 'open' GROUP BY c.name) x) AS customers,
            ${total ? 'NULL::int' : `(${countSql})`} AS counted,
            (SELECT coalesce(json_agg(json_build_object('breachId', g.breach_id, 'count', g.count, 'overdue', g.overdue)), '[]'::json)
               FROM (SELECT o.breach_id, count(*)::int AS count, (count(*) FILTER (WHERE ${OVERDUE}))::int AS overdue
                       FROM obligations o LEFT JOIN customers c ON c.id = o.customer_id
                      WHERE ${matching}
                        AND o.breach_id IN (SELECT s.breach_id FROM (SELECT p.breach_id FROM page p ORDER BY ${orderBy('p.')} LIMIT ${limit}) s)
                      GROUP BY o.breach_id) g) AS groups`,
    params,
  )) as Result[];
  const result = row as Result;

  const dutch = new Intl.Collator('nl');
  const s = result.summary;
  const summary: ClockBoardSummaryDto = {
    asOf: now.toISOString(),
    open: s.open,
    overdue: s.overdue,
    dueWithin24h: s.dueWithin24h,
    notRequiredPending: s.notRequiredPending,
    proposalPending: s.proposalPending,
    byKind: { authority: s.authority, customer: s.customer, data_subjects: s.data_subjects },
    customers: [...result.customers].sort((a, b) => dutch.compare(a.name, b.name)),
  };
  const counted = total ? total(summary) : (result.counted as number);

  const page = result.items.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => toOpenObligation(r, now)),
    nextCursor:
      result.items.length > limit && last
        ? encodeBoardCursor({
            sort: order.sort,
            direction: order.direction,
            values: parts.map((p, i) => keyValue(last, p, i)),
          })
        : null,
    total: total ? counted : Math.min(counted, BOARD_COUNT_LIMIT),
    totalExact: total ? true : counted <= BOARD_COUNT_LIMIT,
    groups: result.groups,
    summary,
  };
}

/** The summary's figure that answers the filters, when there is one (no filter, or one). */
function totalFromSummary(f: BoardFilter): ((s: ClockBoardSummaryDto) => number) | null {
  const given = Object.entries(f).filter(([, v]) => v !== undefined);
  if (given.length === 0) return (s) => s.open;
  if (given.length > 1) return null;
  if (f.kind) return (s) => s.byKind[f.kind as ObligationKind];
  if (f.overdue === true) return (s) => s.overdue;
  if (f.notRequiredPending === true) return (s) => s.notRequiredPending;
  if (f.proposalPending === true) return (s) => s.proposalPending;
  if (f.customer !== undefined) return (s) => s.customers.find((c) => c.name === f.customer)?.open ?? 0;
  return null;
}

/** A key column's value for the cursor; the deadline as UTC text (a JSON timestamp would lose microseconds). */
const keyValue = (r: PageRow, part: BoardKeyPart, i: number): string | number =>
  part === 'due' ? r.due_key : (r[`k${i}`] as string | number);

export function toOpenObligation(r: Record<string, unknown>, now: Date): OpenObligationDto {
  const entity = obligationFromRow(r);
  return {
    ...toObligationDto(entity, now),
    breachId: entity.breachId,
    reference: r['reference'] as string,
    title: r['title'] as string,
    customerName: (r['customer_name'] as string | null) ?? null,
    ...termsOf(r),
  };
}
