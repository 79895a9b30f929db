import type { BreachCause, BreachStatus } from '@lekwacht/contracts';
import { mayBePartOfReference } from '@lekwacht/domain';
import type { EntityManager } from 'typeorm';
import { type ObligationDto, toObligationDto } from '../obligations/obligation.dto';
import { obligationFromRow } from '../obligations/obligation-row';
import { type BreachListCursor, encodeBreachListCursor } from './breach-list-cursor';
import { type BreachListDto, type BreachSummaryDto, sortObligations } from './breach-view.dto';

/** Above this many matches the list says "1,000+" instead of counting every row (issue #19). */
export const BREACH_LIST_COUNT_LIMIT = 1000;
/**
 * A search counts to 200 ("200+"): each row counted is a case-insensitive match on its texts, so
 * a common term (one breach in five) would read 5,000 rows to reach 1,000.
 */
export const BREACH_SEARCH_COUNT_LIMIT = 200;

export interface BreachListFilter {
  status?: BreachStatus;
  ownerId?: string;
  /** Part of the reference, title or internal description. */
  q?: string;
}

export type BreachListPosition = { after: BreachListCursor } | { offset: number };

interface BreachListRow {
  id: string;
  reference: string;
  title: string;
  cause: BreachCause;
  status: BreachStatus;
  discovered_at: Date;
  created_at: Date;
  owner_id: string | null;
  owner_name: string | null;
  discovered_key: string;
  obligations: Record<string, unknown>[];
  total: number;
}

/**
 * One page of the register as a projection in one statement: the page by keyset (or offset for
 * numbered pages), each row's obligations as JSON and its owner's name, and the number of matches
 * counted one past its limit (BREACH_LIST_COUNT_LIMIT, or BREACH_SEARCH_COUNT_LIMIT for a search). No entities are hydrated; the clocks are computed
 * from the rows at `now`.
 */
export async function queryBreachList(
  db: EntityManager,
  filter: BreachListFilter,
  position: BreachListPosition,
  pageSize: number,
  now: Date,
): Promise<BreachListDto> {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const where: string[] = [];
  if (filter.status) where.push(`b.status = ${param(filter.status)}`);
  if (filter.ownerId) where.push(`b.owner_id = ${param(filter.ownerId)}`);
  const q = filter.q?.trim();
  if (q) {
    const like = param(`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const texts = mayBePartOfReference(q) ? ['b.reference', 'b.title', 'b.description'] : ['b.title', 'b.description'];
    where.push(`(${texts.map((t) => `${t} ILIKE ${like}`).join(' OR ')})`);
  }
  const matching = where.length > 0 ? where.join(' AND ') : 'TRUE';
  const countLimit = q ? BREACH_SEARCH_COUNT_LIMIT : BREACH_LIST_COUNT_LIMIT;
  const countSql = `SELECT count(*)::int FROM (SELECT 1 FROM breaches b WHERE ${matching} LIMIT ${countLimit + 1}) c`;
  // the count's parameters are the filter's, all of them taken by now; the position's come after
  const countParams = [...params];

  let pageWhere = matching;
  let offset = 0;
  if ('after' in position) {
    const at = param(position.after.discoveredAt);
    const ref = param(position.after.reference);
    pageWhere += ` AND (b.discovered_at, b.reference) < ((${at})::timestamp AT TIME ZONE 'UTC', ${ref})`;
  } else {
    offset = position.offset;
  }
  // A first page that is not full holds every match: its count is known without counting (the
  // count's subquery is an InitPlan, which PostgreSQL runs only when the CASE needs it).
  const firstPage = offset === 0 && !('after' in position);
  const rows = (await db.query(
    `SELECT p.*, (p.discovered_at AT TIME ZONE 'UTC')::text AS discovered_key, u.name AS owner_name,
            (SELECT coalesce(json_agg(o), '[]'::json) FROM obligations o WHERE o.breach_id = p.id) AS obligations,
            ${firstPage ? `CASE WHEN p.page_rows <= ${pageSize} THEN p.page_rows ELSE (${countSql}) END` : `(${countSql})`} AS total
       FROM (SELECT l.*, count(*) OVER ()::int AS page_rows -- over the page's rows, after its LIMIT
               FROM (SELECT b.id, b.reference, b.title, b.cause, b.status, b.discovered_at, b.created_at, b.owner_id
                       FROM breaches b
                      WHERE ${pageWhere}
                      ORDER BY b.discovered_at DESC, b.reference DESC
                     OFFSET ${offset} LIMIT ${pageSize + 1}) l) p
       LEFT JOIN users u ON u.id = p.owner_id
      ORDER BY p.discovered_at DESC, p.reference DESC`,
    params,
  )) as BreachListRow[];

  const page = rows.slice(0, pageSize);
  // past the end of the list there are no rows to carry the count: ask for it alone
  const counted =
    rows.length > 0 ? rows[0].total : ((await db.query(countSql, countParams)) as { count: number }[])[0].count;
  const last = page[page.length - 1];
  return {
    items: page.map((r) => toSummary(r, now)),
    total: Math.min(counted, countLimit),
    totalExact: counted <= countLimit,
    nextCursor:
      rows.length > pageSize && last
        ? encodeBreachListCursor({ discoveredAt: last.discovered_key, reference: last.reference })
        : null,
  };
}

function toSummary(r: BreachListRow, now: Date): BreachSummaryDto {
  return {
    id: r.id,
    reference: r.reference,
    title: r.title,
    cause: r.cause,
    status: r.status,
    discoveredAt: new Date(r.discovered_at).toISOString(),
    createdAt: new Date(r.created_at).toISOString(),
    owner: r.owner_id ? { id: r.owner_id, name: r.owner_name ?? '' } : null,
    obligations: sortObligations(r.obligations.map(obligationFromRow)).map((o) =>
      withoutEmptyDetails(toObligationDto(o, now)),
    ),
  };
}

const OPTIONAL_DETAILS = [
  'delayReason',
  'notRequiredProposal',
  'notRequiredDecision',
  'dataSubjectsInformed',
  'art34Exception',
] as const satisfies readonly (keyof ObligationDto)[];

/**
 * The list leaves out an obligation's optional details when they are empty (they are optional in
 * ObligationDto): a third of the page's bytes, which are most of its cost (issue #19).
 */
function withoutEmptyDetails(o: ObligationDto): ObligationDto {
  const out: Partial<ObligationDto> = { ...o };
  for (const key of OPTIONAL_DETAILS) if (out[key] === null) delete out[key];
  return out as ObligationDto;
}
