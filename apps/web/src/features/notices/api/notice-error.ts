import type { TFunction } from 'i18next';
import { lineOf, shownErrorsOf } from '../../../shared/errors/translate-api-error';

/** The text to show for a failed notice action: each problem translated by the API's `rule`. */
export function noticeErrorText(error: unknown, t: TFunction): string {
  return shownErrorsOf(error, t).map(lineOf).join(' ');
}
