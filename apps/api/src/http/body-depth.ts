import { InvalidInputError } from '../errors/domain-errors';

/**
 * The deepest JSON body the API accepts. No request shape of ours nests deeper than about six
 * levels; the limit only has to stop bodies that would overflow the stack in validation and
 * class-transformer (a 59 KB body of depth 10,000 did), so it is generous.
 */
export const MAX_BODY_DEPTH = 32;

/** Nesting depth of a parsed JSON value, walked iteratively so that measuring cannot overflow. */
export function jsonDepth(value: unknown, stopAt = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (node === null || typeof node !== 'object') continue;
    const here = depth + 1;
    if (here > deepest) deepest = here;
    if (deepest > stopAt) return deepest;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, here]);
  }
  return deepest;
}

/** Refused before validation ever sees the body (the error filter answers it like any 400). */
export function bodyTooDeep(limit = MAX_BODY_DEPTH): InvalidInputError {
  const message = `body: nesting deeper than ${limit} levels is not accepted`;
  return InvalidInputError.of([{ path: '', rule: 'tooDeep', message, params: { limit } }]);
}
