import type { TFunction } from 'i18next';
import { type FieldLabels, lineOf, shownErrorsOf } from '../../../shared/errors/translate-api-error';

/**
 * What to tell the user about a failed call, one translated line per problem (by the API's
 * `rule`, never its English). Where the full list can be shown, prefer `shownErrorsOf` with
 * `ShownErrorList`, which also keeps the API's reason for a generic refusal.
 */
export function errorMessagesOf(error: unknown, t: TFunction, labels: FieldLabels = {}): string[] {
  return shownErrorsOf(error, t, labels).map(lineOf);
}
