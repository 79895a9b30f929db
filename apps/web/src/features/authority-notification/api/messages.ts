import type { TFunction } from 'i18next';
import { isApiError } from '../../../api/api-error';

/**
 * What to tell the user about a failed call: the API's own messages (also for 403, so the
 * drafter or proposer reads why four-eyes refuses), or a generic text.
 */
export function apiMessagesOf(error: unknown, t: TFunction): string[] {
  if (!isApiError(error)) return [t('errors.network')];
  if (error.messages.length) return error.messages;
  return [error.status === 403 ? t('errors.forbidden') : t('errors.unexpected')];
}

/** Splits 400 messages into those naming a field and the rest. */
export function splitByField(messages: string[], field: string): { atField: string[]; rest: string[] } {
  const pattern = new RegExp(`\\b${field}\\b`, 'i');
  return { atField: messages.filter((m) => pattern.test(m)), rest: messages.filter((m) => !pattern.test(m)) };
}
