import { type FieldError, fieldErrorOf } from './field-error';

/**
 * Errors services throw; one filter maps them to HTTP (services never throw HTTP exceptions).
 * Each carries its messages (for people) and the same problems as {@link FieldError}s (for the
 * web app): given explicitly, or read from messages worded "<path> <rule phrase>".
 */
export abstract class DomainError extends Error {
  abstract readonly kind:
    | 'invalid'
    | 'not_found'
    | 'conflict'
    | 'forbidden'
    | 'unauthenticated'
    | 'too_large'
    | 'unsupported_type';
  readonly errors: FieldError[];

  constructor(
    readonly messages: string[],
    errors?: FieldError[],
  ) {
    super(messages.join('; '));
    this.errors = errors ?? messages.map((message) => fieldErrorOf(message, this.fallbackRule()));
  }

  /** The rule of a message that names no rule of its own. */
  protected abstract fallbackRule(): string;
}

export class InvalidInputError extends DomainError {
  readonly kind = 'invalid' as const;
  protected fallbackRule() {
    return 'invalid';
  }

  /** Problems with their path and rule named by the caller, e.g. from the validation pipe. */
  static of(errors: FieldError[]): InvalidInputError {
    return new InvalidInputError(
      errors.map((e) => e.message),
      errors,
    );
  }
}

export class NotFoundError extends DomainError {
  readonly kind = 'not_found' as const;
  constructor(entity: string, id?: string) {
    const message = id ? `${entity} ${id} not found` : `${entity} not found`;
    super([message], [{ path: '', rule: 'notFound', message, params: { entity } }]);
  }
  protected fallbackRule() {
    return 'notFound';
  }
}

export class ConflictError extends DomainError {
  readonly kind = 'conflict' as const;
  protected fallbackRule() {
    return 'conflict';
  }
}

export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden' as const;
  protected fallbackRule() {
    return 'forbidden';
  }
}

export class UnauthenticatedError extends DomainError {
  readonly kind = 'unauthenticated' as const;
  protected fallbackRule() {
    return 'unauthenticated';
  }
}

/** An upload larger than its limit (413); the message names the limit. */
export class TooLargeError extends DomainError {
  readonly kind = 'too_large' as const;
  protected fallbackRule() {
    return 'tooLarge';
  }
}

/** Content of a type that is not accepted (415); the message says which types are. */
export class UnsupportedTypeError extends DomainError {
  readonly kind = 'unsupported_type' as const;
  protected fallbackRule() {
    return 'unsupportedType';
  }
}
