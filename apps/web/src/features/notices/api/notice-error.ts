import type { TFunction } from 'i18next';
import { isApiError } from '../../../api/api-error';

/** The text to show for a failed notice action: the API's own words where it gives them. */
export function noticeErrorText(error: unknown, t: TFunction): string {
  if (isApiError(error, 403)) return t('errors.forbidden');
  if (isApiError(error) && error.messages.length) return error.messages.join(' ');
  if (isApiError(error)) return t('errors.unexpected');
  return t('errors.network');
}
