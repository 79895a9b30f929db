import type { TFunction } from 'i18next';
import { lineOf, shownErrorsOf } from '../../../shared/errors/translate-api-error';

/**
 * What to tell the user about a failed call: each problem translated by the API's `rule` (also
 * for 403, where the drafter or proposer reads that four-eyes refuses), never the API's English.
 */
export function apiMessagesOf(error: unknown, t: TFunction): string[] {
  return shownErrorsOf(error, t).map(lineOf);
}

/** Splits the translated problems into those at `field` (by the API's path, text only) and the rest. */
export function splitByField(error: unknown, field: string, t: TFunction): { atField: string[]; rest: string[] } {
  const shown = shownErrorsOf(error, t);
  const atField = (path: string) => path === field || path.startsWith(`${field}.`);
  return {
    atField: shown.filter((e) => atField(e.path)).map((e) => e.text),
    rest: shown.filter((e) => !atField(e.path)).map(lineOf),
  };
}
