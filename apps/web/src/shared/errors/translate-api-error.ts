import type { TFunction } from 'i18next';
import { type ApiFieldError, isApiError } from '../../api/api-error';

/**
 * Every error the UI shows, in the UI language. The API names each problem by field `path` and
 * `rule` (see apps/api/src/errors/field-error.ts); the text comes from `apiErrors.rules.<rule>`
 * with the field's label, never from the API's English. A rule without a translation gets a
 * translated generic text and keeps the English as `detail`, shown muted (so nothing is lost).
 */
export interface ShownError {
  /** The API's field path ("" for the request as a whole). */
  path: string;
  /** The label of the field, when known: prefixed in lists, left out next to the field itself. */
  field?: string;
  text: string;
  /** The API's English wording, only when `text` is the generic fallback. */
  detail?: string;
}

/** Labels of the form's fields by API path ("containedAt" → "Ingedamd op"). */
export type FieldLabels = Partial<Record<string, string>>;

/** Class-validator's and our names for the same check. */
const ALIASES: Record<string, string> = {
  isNotEmpty: 'required',
  isDefined: 'required',
  isEnum: 'isIn',
  isNumber: 'isInt',
  isUUID: 'isUuid',
  whitelistValidation: 'unknownProperty',
};

/** Rules whose translation cannot say what exactly was wrong: the API's English goes along as detail. */
const GENERIC_RULES = new Set(['invalid', 'conflict', 'forbidden']);

/** "affectedCustomers.0.subjectsCount" → "affectedCustomers.subjectsCount" (labels are per field, not per row). */
const fieldKey = (path: string) =>
  path
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('.');

/** The label of a path: the form's own, else a shared one from `apiErrors.fields`. */
export function labelOfPath(path: string, t: TFunction, labels: FieldLabels = {}): string | undefined {
  if (!path) return undefined;
  const own = labels[path] ?? labels[fieldKey(path)];
  if (own) return own;
  const key = `apiErrors.fields.${fieldKey(path)}`;
  const shared = t(key, { defaultValue: '' });
  return shared && shared !== key ? shared : undefined;
}

/** One API problem in the UI language. */
export function translateFieldError(error: ApiFieldError, t: TFunction, labels: FieldLabels = {}): ShownError {
  const rule = ALIASES[error.rule] ?? error.rule;
  const field = labelOfPath(error.path, t, labels);
  const other = typeof error.params?.['other'] === 'string' ? error.params['other'] : undefined;
  const key = `apiErrors.rules.${rule}`;
  const text = t(key, {
    defaultValue: '',
    limit: error.params?.['limit'],
    other: other ? (labelOfPath(other, t, labels) ?? other) : undefined,
  });
  const base = { path: error.path, ...(field ? { field } : {}) };
  if (!text || text === key) return { ...base, text: t('apiErrors.generic'), detail: error.message };
  // these rules only say *that* it was refused; the English says why (four-eyes, a notice already sent)
  return GENERIC_RULES.has(rule) ? { ...base, text, detail: error.message } : { ...base, text };
}

/**
 * What to show for a failed request: each API problem translated, or one line for a network
 * failure, a missing login or permission, or a server error.
 */
export function shownErrorsOf(error: unknown, t: TFunction, labels: FieldLabels = {}): ShownError[] {
  if (!isApiError(error)) return [{ path: '', text: t('errors.network') }];
  if (error.status === 401) return [{ path: '', text: t('apiErrors.rules.unauthenticated') }];
  if (error.status === 403 && error.errors.length === 0) return [{ path: '', text: t('errors.forbidden') }];
  if (error.status >= 500) {
    return [{ path: '', text: t(error.status === 503 ? 'apiErrors.unavailable' : 'errors.unexpected') }];
  }
  if (error.errors.length > 0) return error.errors.map((e) => translateFieldError(e, t, labels));
  // an answer without structured errors (an older API, a proxy): generic text, English kept as detail
  return error.messages.length > 0
    ? error.messages.map((message) => ({ path: '', text: t('apiErrors.generic'), detail: message }))
    : [{ path: '', text: t('errors.unexpected') }];
}

/** A problem as one line of a list: "Ingedamd op: mag niet in de toekomst liggen". */
export const lineOf = (e: ShownError) => (e.field ? `${e.field}: ${e.text}` : e.text);

/**
 * The API's English wording where it adds to a generic translation, only on the English screen:
 * a Dutch user reads the Dutch text and never raw API English (issue #16 point 7).
 */
export const shownDetail = (e: ShownError, language: string): string | undefined =>
  language.startsWith('en') ? e.detail : undefined;

/** A problem as one line next to its field, with the English detail on the English screen. */
export const fieldLineOf = (e: ShownError, language: string): string => {
  const detail = shownDetail(e, language);
  return detail ? `${e.text} (${detail})` : e.text;
};
