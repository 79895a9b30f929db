export const AUTHORITY_NOTIFICATION_STATES = [
  'draft',
  'awaiting_approval',
  'approved',
  'submitted',
  'withdrawn',
] as const;
export type AuthorityNotificationState = (typeof AUTHORITY_NOTIFICATION_STATES)[number];

export const AUTHORITY_NOTIFICATION_EVENTS = [
  'edit',
  'submit',
  'approve',
  'reject',
  'record_submission',
  'add_follow_up',
  'withdraw',
] as const;
export type AuthorityNotificationEvent = (typeof AUTHORITY_NOTIFICATION_EVENTS)[number];

/**
 * From state × event to the next state. Editing and follow-ups leave the state as it is.
 * - Only a draft can be edited; a draft awaiting approval must be rejected to change it, so the
 *   manager approves exactly the text that is submitted (four-eyes).
 * - Withdrawal is the AP's "intrekken" of a notification it has received: only from `submitted`.
 *   Before submission nothing has reached the AP; deciding not to notify at all is the governed
 *   "not required" decision on the authority obligation instead.
 * - `withdrawn` is final.
 */
const TRANSITIONS: Record<
  AuthorityNotificationState,
  Partial<Record<AuthorityNotificationEvent, AuthorityNotificationState>>
> = {
  draft: { edit: 'draft', submit: 'awaiting_approval' },
  awaiting_approval: { approve: 'approved', reject: 'draft' },
  approved: { record_submission: 'submitted' },
  submitted: { add_follow_up: 'submitted', withdraw: 'withdrawn' },
  withdrawn: {},
};

const EXPLANATION: Record<AuthorityNotificationEvent, string> = {
  edit: 'only a draft can be edited; a rejected draft returns to draft',
  submit: 'only a draft can be submitted for approval',
  approve: 'only a notification awaiting approval can be approved',
  reject: 'only a notification awaiting approval can be rejected',
  record_submission: 'only an approved notification can be recorded as submitted to the AP',
  add_follow_up: 'a follow-up (art. 33(4)) can only be added to a notification submitted to the AP',
  withdraw: 'only a notification submitted to the AP can be withdrawn',
};

/**
 * A step the notification's state does not allow: a conflict (`code: 'conflict'`), not bad input.
 * Nothing maps it to HTTP by itself: the API's AP-notification service catches it and answers 409
 * with this message.
 */
export class AuthorityNotificationTransitionError extends Error {
  readonly code = 'conflict' as const;

  constructor(
    readonly from: AuthorityNotificationState,
    readonly event: AuthorityNotificationEvent,
  ) {
    super(`The AP notification is ${from}: ${EXPLANATION[event]}.`);
    this.name = 'AuthorityNotificationTransitionError';
  }
}

export function canTransitionAuthorityNotification(
  state: AuthorityNotificationState,
  event: AuthorityNotificationEvent,
): boolean {
  return TRANSITIONS[state][event] !== undefined;
}

export function transitionAuthorityNotification(
  state: AuthorityNotificationState,
  event: AuthorityNotificationEvent,
): AuthorityNotificationState {
  const next = TRANSITIONS[state][event];
  if (next === undefined) throw new AuthorityNotificationTransitionError(state, event);
  return next;
}
