/**
 * Errors services throw; one filter maps them to HTTP (services never throw HTTP exceptions).
 */
export abstract class DomainError extends Error {
  abstract readonly kind: 'invalid' | 'not_found' | 'conflict' | 'forbidden' | 'unauthenticated';
  constructor(readonly messages: string[]) {
    super(messages.join('; '));
  }
}

export class InvalidInputError extends DomainError {
  readonly kind = 'invalid' as const;
}

export class NotFoundError extends DomainError {
  readonly kind = 'not_found' as const;
  constructor(entity: string, id?: string) {
    super([id ? `${entity} ${id} not found` : `${entity} not found`]);
  }
}

export class ConflictError extends DomainError {
  readonly kind = 'conflict' as const;
}

export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden' as const;
}

export class UnauthenticatedError extends DomainError {
  readonly kind = 'unauthenticated' as const;
}
