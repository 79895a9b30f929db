import type { ApiError } from './api-error';

export interface FieldErrors<F extends string> {
  /** The first API message per field, keyed by the field it starts with. */
  fields: Partial<Record<F, string>>;
  /** Messages that name no known field. */
  other: string[];
}

/**
 * Splits the API's validation messages ("password must be at least 12 characters",
 * "email x@y is already in use") over the form fields they name.
 */
export function fieldErrorsOf<F extends string>(error: ApiError, fields: readonly F[]): FieldErrors<F> {
  const result: FieldErrors<F> = { fields: {}, other: [] };
  for (const message of error.messages) {
    const field = fields.find((f) => message === f || message.startsWith(`${f} `));
    if (field && !result.fields[field]) result.fields[field] = message;
    else if (!field) result.other.push(message);
  }
  return result;
}
