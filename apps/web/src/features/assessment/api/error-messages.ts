import type { TFunction } from 'i18next';
import { isApiError } from '../../../api/api-error';

/** What to tell the user about a failed call: the API's messages, or a generic text. */
export function errorMessagesOf(error: unknown, t: TFunction): string[] {
  if (!isApiError(error)) return [t('errors.network')];
  if (error.status === 403) return [t('errors.forbidden')];
  return error.messages.length ? error.messages : [t('errors.unexpected')];
}
