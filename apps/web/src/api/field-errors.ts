import i18n from '../i18n/i18n';
import {
  type FieldLabels,
  fieldLineOf,
  lineOf,
  type ShownError,
  shownErrorsOf,
  translateFieldError,
} from '../shared/errors/translate-api-error';
import type { ApiError, ApiFieldError } from './api-error';

export interface FieldErrors<F extends string> {
  /** The first problem per form field, translated, for under the field (without its label). */
  fields: Partial<Record<F, string>>;
  /** Problems that name no form field, translated, as lines for an alert ("Label: text"). */
  other: string[];
  /** The same as `other`, with the API's English `detail` where the translation is generic. */
  otherErrors: ShownError[];
}

/** The form field an API path belongs to: itself or its parent ("facts.role" → "facts" when only "facts" is a field). */
function fieldOfPath<F extends string>(path: string, fields: readonly F[]): F | undefined {
  if (!path) return undefined;
  return (
    fields.find((f) => f === path) ??
    [...fields].sort((a, b) => b.length - a.length).find((f) => path.startsWith(`${f}.`))
  );
}

/** Old APIs and proxies send messages only: the field is the message's first word, the rule unknown. */
function legacyErrorsOf(error: ApiError, fields: readonly string[]): ApiFieldError[] {
  return error.messages.map((message) => {
    const field = fields.find((f) => message === f || message.startsWith(`${f} `));
    return { path: field ?? '', rule: 'unknown', message };
  });
}

/**
 * The one way to put an API error on a form: each problem on the field its `path` names,
 * translated by its `rule` in the current UI language; the rest for an alert above the form.
 * `labels` names the fields for messages that mention another field or end up in the alert.
 */
export function fieldErrorsOf<F extends string>(
  error: ApiError,
  fields: readonly F[],
  labels: FieldLabels = {},
): FieldErrors<F> {
  const t = i18n.t.bind(i18n);
  const result: FieldErrors<F> = { fields: {}, other: [], otherErrors: [] };
  const problems: ShownError[] =
    error.errors.length > 0 || error.messages.length === 0
      ? shownErrorsOf(error, t, labels)
      : legacyErrorsOf(error, fields).map((e) => translateFieldError(e, t, labels));
  for (const problem of problems) {
    const field = fieldOfPath(problem.path, fields);
    if (field && !result.fields[field]) {
      result.fields[field] = fieldLineOf(problem, i18n.language);
    } else if (!field) {
      result.other.push(lineOf(problem));
      result.otherErrors.push(problem);
    }
  }
  return result;
}
