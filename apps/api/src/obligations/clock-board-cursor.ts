import { BOARD_DIRECTIONS, BOARD_SORT_KEYS, type BoardDirection, type BoardSortKey } from '@lekwacht/domain';

/**
 * Keyset position on the clock board (issue #19): the sort and direction it belongs to and the
 * last row's sort values as SQL orders them (clock-board.query.ts): the deadline as PostgreSQL's
 * UTC text (microseconds kept, `infinity` for none), the reference's parts, the "who" rank, the
 * kind's rank, the id. Opaque to clients: base64url of a JSON array.
 */
export interface BoardCursor {
  sort: BoardSortKey;
  direction: BoardDirection;
  /** In the order of the sort's key columns. */
  values: (string | number)[];
}

const DUE = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?|infinity)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const text = (max: number) => (v: unknown) => typeof v === 'string' && v.length <= max;
const int = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
const checks = {
  due: (v: unknown) => typeof v === 'string' && DUE.test(v),
  refPrefix: text(64),
  refLength: int,
  reference: (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= 64,
  rank: int,
  id: (v: unknown) => typeof v === 'string' && UUID.test(v),
};
export type BoardKeyPart = keyof typeof checks;

/** The key columns of each sort, most significant first (the id makes the order total). */
export const BOARD_KEY_PARTS: Record<BoardSortKey, BoardKeyPart[]> = {
  due: ['due', 'refPrefix', 'refLength', 'reference', 'id'],
  breach: ['refPrefix', 'refLength', 'reference', 'due', 'id'],
  who: ['rank', 'due', 'refPrefix', 'refLength', 'reference', 'id'],
  kind: ['rank', 'due', 'refPrefix', 'refLength', 'reference', 'id'],
};

export const encodeBoardCursor = (c: BoardCursor): string =>
  Buffer.from(JSON.stringify([c.sort, c.direction, ...c.values]), 'utf8').toString('base64url');

/** The cursor, or null when the text is not one this server issued. */
export function decodeBoardCursor(text: string): BoardCursor | null {
  if (!/^[A-Za-z0-9_-]{1,600}$/.test(text)) return null;
  let list: unknown;
  try {
    list = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(list)) return null;
  const [sort, direction, ...values] = list as unknown[];
  if (!(BOARD_SORT_KEYS as readonly unknown[]).includes(sort)) return null;
  if (!(BOARD_DIRECTIONS as readonly unknown[]).includes(direction)) return null;
  const parts = BOARD_KEY_PARTS[sort as BoardSortKey];
  if (values.length !== parts.length || !parts.every((p, i) => checks[p](values[i]))) return null;
  return { sort: sort as BoardSortKey, direction: direction as BoardDirection, values: values as (string | number)[] };
}
