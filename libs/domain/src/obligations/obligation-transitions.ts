import { type ObligationState } from './obligation-kinds';

export const OBLIGATION_EVENTS = ['fulfil', 'decide_not_required'] as const;
export type ObligationEvent = (typeof OBLIGATION_EVENTS)[number];

/**
 * Thrown for a transition the current state does not allow. `code: 'conflict'` lets the API map
 * it to HTTP 409 without knowing about obligations.
 */
export class ObligationTransitionError extends Error {
  readonly code = 'conflict' as const;

  constructor(
    readonly from: ObligationState,
    readonly event: ObligationEvent,
  ) {
    super(`An obligation that is ${from} cannot be changed by ${event}; only an open obligation can.`);
    this.name = 'ObligationTransitionError';
  }
}

/**
 * Both outcomes are final: a fulfilled duty was met at a recorded moment, and a not_required
 * decision was approved by a second person. Reopening either would rewrite the register, so a
 * changed view must be recorded as a new fact (e.g. a follow-up notification), not a new state.
 */
export function canTransitionObligation(state: ObligationState, _event: ObligationEvent): boolean {
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
  }
}
