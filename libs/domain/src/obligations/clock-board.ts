import { type ObligationKind } from './obligation-kinds';

/**
 * The clock board's rules (issue #19): what its filters and orders mean. The API applies them in
 * SQL (apps/api/src/obligations/clock-board.query.ts) to page through 200,000 open duties; these
 * functions are their definition, used by the web for a row's badges and by the tests that check
 * the SQL against them.
 */

export const BOARD_SORT_KEYS = ['due', 'breach', 'who', 'kind'] as const;
export type BoardSortKey = (typeof BOARD_SORT_KEYS)[number];
export const BOARD_DIRECTIONS = ['asc', 'desc'] as const;
export type BoardDirection = (typeof BOARD_DIRECTIONS)[number];
/** The languages the "who" order knows the AP's and the data subjects' names in. */
export const BOARD_LANGS = ['nl', 'en'] as const;
export type BoardLang = (typeof BOARD_LANGS)[number];

/** A page of the board: 100 duties unless asked otherwise, never more than 500. */
export const BOARD_PAGE_SIZE = 100;
export const BOARD_PAGE_SIZE_MAX = 500;
/** "Due within 24 hours" in the board's summary. */
export const BOARD_DUE_SOON_HOURS = 24;

/** What the rules need of an open duty (OpenObligationDto has all of it). */
export interface BoardDuty {
  id: string;
  reference: string;
  kind: ObligationKind;
  customerName?: string | null;
  dueAt: string | null;
  required: boolean | null;
  overdue: boolean;
  notRequiredProposal?: unknown;
  notRequiredDecision?: unknown;
}

const dueMs = (o: Pick<BoardDuty, 'dueAt'>) => (o.dueAt ? Date.parse(o.dueAt) : Infinity);

/**
 * Past its deadline and still owed. A duty the latest assessment says is not required is a
 * decision to confirm, not a late notification (as in the reports), so it is never "te laat".
 */
export const isOverdueOnBoard = (o: Pick<BoardDuty, 'dueAt' | 'required' | 'overdue'>, now: number): boolean =>
  o.required !== false && (o.overdue || dueMs(o) < now);

/** Not overdue, still owed, and due within BOARD_DUE_SOON_HOURS from `now`. */
export const isDueSoonOnBoard = (o: Pick<BoardDuty, 'dueAt' | 'required' | 'overdue'>, now: number): boolean =>
  !isOverdueOnBoard(o, now) && o.required !== false && dueMs(o) <= now + BOARD_DUE_SOON_HOURS * 3_600_000;

/**
 * A "not required" decision waiting for a manager: the latest assessment says not required, or
 * an officer proposed it and nobody has decided yet.
 */
export const isNotRequiredPending = (
  o: Pick<BoardDuty, 'required' | 'notRequiredProposal' | 'notRequiredDecision'>,
): boolean => o.required === false || (o.notRequiredProposal != null && o.notRequiredDecision == null);

/** The names the "who" column gives the duties that are not a customer's, as the web's texts have them. */
export const BOARD_WHO_LABELS: Record<
  BoardLang,
  { authority: string; data_subjects: string; unknownCustomer: string }
> = {
  nl: { authority: 'AP', data_subjects: 'Betrokkenen', unknownCustomer: 'Klant (onbekend)' },
  en: { authority: 'DPA', data_subjects: 'Data subjects', unknownCustomer: 'Customer (unknown)' },
};

/** "AP", the customer's name, or "Betrokkenen": whom the duty is owed to. */
export const whoOnBoard = (o: Pick<BoardDuty, 'kind' | 'customerName'>, lang: BoardLang): string =>
  o.kind === 'customer' ? (o.customerName ?? BOARD_WHO_LABELS[lang].unknownCustomer) : BOARD_WHO_LABELS[lang][o.kind];

const dutch = new Intl.Collator('nl');

/**
 * The "who" order as ranks: names in Dutch alphabetical order (as `localeCompare(…, 'nl')`),
 * names the collator calls equal sharing a rank. The API hands the ranks to SQL, whose own
 * collation differs per installation.
 */
export function rankNames(names: Iterable<string>): Map<string, number> {
  const sorted = [...new Set(names)].sort(dutch.compare);
  const ranks = new Map<string, number>();
  let rank = -1;
  sorted.forEach((name, i) => {
    if (i === 0 || dutch.compare(sorted[i - 1] as string, name) !== 0) rank++;
    ranks.set(name, rank);
  });
  return ranks;
}

/**
 * A reference's order: by what precedes its number, then by the number's value ("DL-2025-9"
 * before "DL-2025-10", as `localeCompare` with `numeric` orders DL-YYYY-NNNN), then the text.
 * SQL: `regexp_replace(reference, '[0-9]+$', '')`, `length(reference)`, `reference` in "C".
 */
export function referenceKey(reference: string): [string, number, string] {
  return [reference.replace(/[0-9]+$/, ''), reference.length, reference];
}

const KIND_ORDER: Record<ObligationKind, number> = { authority: 0, customer: 1, data_subjects: 2 };
export const boardKindOrder = (kind: ObligationKind): number => KIND_ORDER[kind];

type Key = string | number;
const cmp = (a: Key, b: Key): number => (a < b ? -1 : a > b ? 1 : 0);

/** The values a duty is ordered by, most significant first; the id makes the order total. */
export function boardSortKey(o: BoardDuty, key: BoardSortKey, whoRank: (o: BoardDuty) => number): Key[] {
  const due = dueMs(o);
  const ref = referenceKey(o.reference);
  switch (key) {
    case 'due':
      return [due, ...ref, o.id];
    case 'breach':
      return [...ref, due, o.id];
    case 'who':
      return [whoRank(o), due, ...ref, o.id];
    case 'kind':
      return [boardKindOrder(o.kind), due, ...ref, o.id];
  }
}

/**
 * The board's order. `due`: soonest deadline first (longest overdue on top), without a deadline
 * last; `breach`: by reference, then due; `who`: by whom it is owed to (`whoRank`, see
 * rankNames), then due; `kind`: AP, customer, data subjects, then due. Descending reverses the
 * whole order (without a deadline first).
 */
export function compareOnBoard(
  key: BoardSortKey,
  direction: BoardDirection,
  whoRank: (o: BoardDuty) => number,
): (a: BoardDuty, b: BoardDuty) => number {
  const sign = direction === 'asc' ? 1 : -1;
  return (a, b) => {
    const ka = boardSortKey(a, key, whoRank);
    const kb = boardSortKey(b, key, whoRank);
    for (let i = 0; i < ka.length; i++) {
      const c = cmp(ka[i] as Key, kb[i] as Key);
      if (c !== 0) return sign * c;
    }
    return 0;
  };
}
