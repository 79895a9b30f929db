import { type ObligationState } from './obligation-kinds';

export const OBLIGATION_EVENTS = ['fulfil', 'decide_not_required', 'reopen'] as const;
export type ObligationEvent = (typeof OBLIGATION_EVENTS)[number];

/**
 * Thrown for a transition the current state does not allow: a conflict with the obligation's
 * state (`code: 'conflict'`), not bad input. Nothing maps it to HTTP by itself: the API's one
 * settlement service catches it and answers 409 with a message naming the obligation's kind.
 */
export class ObligationTransitionError extends Error {
  readonly code = 'conflict' as const;

  constructor(
    readonly from: ObligationState,
    readonly event: ObligationEvent,
  ) {
    super(`An obligation that is ${from} cannot be changed by ${event}.`);
    this.name = 'ObligationTransitionError';
  }
}

/**
 * A fulfilled duty is final: it was met at a recorded moment, and a changed view is a new fact
 * (e.g. a follow-up notification), not a new state. A not_required decision rested on an
 * assessment; when a later assessment says the duty applies after all, the decision no longer
 * holds and the duty is open again (`reopen`), its clock counted from discovery as always.
 */
export function canTransitionObligation(state: ObligationState, event: ObligationEvent): boolean {
  if (event === 'reopen') return state === 'not_required';
  return state === 'open';
}

export function transitionObligation(state: ObligationState, event: ObligationEvent): ObligationState {
  if (!canTransitionObligation(state, event)) {
    throw new ObligationTransitionError(state, event);
  }
  switch (event) {
    case 'fulfil':
      return 'fulfilled';
    case 'decide_not_required':
      return 'not_required';
    case 'reopen':
      return 'open';
  }
}
