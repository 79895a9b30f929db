import {
  AUTHORITY_NOTIFICATION_EVENTS,
  AUTHORITY_NOTIFICATION_STATES,
  type AuthorityNotificationEvent,
  type AuthorityNotificationState,
  AuthorityNotificationTransitionError,
  canTransitionAuthorityNotification,
  transitionAuthorityNotification,
} from './state-machine';

const allowed: [AuthorityNotificationState, AuthorityNotificationEvent, AuthorityNotificationState][] = [
  ['draft', 'edit', 'draft'],
  ['draft', 'submit', 'awaiting_approval'],
  ['awaiting_approval', 'approve', 'approved'],
  ['awaiting_approval', 'reject', 'draft'],
  ['approved', 'record_submission', 'submitted'],
  ['submitted', 'add_follow_up', 'submitted'],
  ['submitted', 'withdraw', 'withdrawn'],
];

describe('transitionAuthorityNotification', () => {
  it.each(allowed)('%s --%s--> %s', (from, event, to) => {
    expect(transitionAuthorityNotification(from, event)).toBe(to);
  });

  it('every other state × event pair is a conflict', () => {
    for (const state of AUTHORITY_NOTIFICATION_STATES) {
      for (const event of AUTHORITY_NOTIFICATION_EVENTS) {
        if (allowed.some(([f, e]) => f === state && e === event)) continue;
        expect(canTransitionAuthorityNotification(state, event)).toBe(false);
        expect(() => transitionAuthorityNotification(state, event)).toThrow(AuthorityNotificationTransitionError);
      }
    }
  });

  it('a draft awaiting approval cannot be edited: the manager approves exactly what is submitted', () => {
    expect(() => transitionAuthorityNotification('awaiting_approval', 'edit')).toThrow(
      /awaiting_approval: only a draft can be edited/,
    );
  });

  it('withdrawal only of a notification the AP has received', () => {
    expect(() => transitionAuthorityNotification('approved', 'withdraw')).toThrow(
      expect.objectContaining({ code: 'conflict', from: 'approved', event: 'withdraw' }),
    );
  });

  it('withdrawn is final', () => {
    for (const event of AUTHORITY_NOTIFICATION_EVENTS)
      expect(canTransitionAuthorityNotification('withdrawn', event)).toBe(false);
  });
});
