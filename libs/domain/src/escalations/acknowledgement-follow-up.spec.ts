import fc from 'fast-check';
import {
  acknowledgementFollowUpStepId,
  acknowledgementTimeoutAt,
  parseAcknowledgementFollowUpStepId,
  planAcknowledgementFollowUp,
  shouldFireAcknowledgementFollowUp,
} from './acknowledgement-follow-up';
import { DEFAULT_ESCALATION_POLICY } from './default-escalation-policy';
import { planEscalations } from './plan-escalations';

const firedAt = new Date('2026-11-22T21:30:00Z');

describe('acknowledgement timeout', () => {
  it('contact never acknowledges → management after 2 h', () => {
    const [contactRow] = planEscalations({
      policy: DEFAULT_ESCALATION_POLICY,
      dueAt: new Date('2026-11-23T09:30:00Z'),
      now: new Date('2026-11-22T21:30:00Z'),
      hasContactPerson: true,
    });
    expect(contactRow?.stepId).toBe('contact-person-12h');
    const followUp = planAcknowledgementFollowUp(DEFAULT_ESCALATION_POLICY, {
      stepId: 'contact-person-12h',
      occurrence: 0,
      firedAt,
      recipients: contactRow?.recipients ?? [],
    });
    expect(followUp).toEqual({
      stepId: 'contact-person-12h:ack-timeout',
      occurrence: 0,
      dueAt: new Date('2026-11-22T23:30:00Z'),
      thresholdAt: new Date('2026-11-22T23:30:00Z'),
      recipients: ['management'],
      contactPersonReplaced: false,
      catchUp: false,
    });
    expect(shouldFireAcknowledgementFollowUp({ obligationState: 'open', acknowledgedAt: null })).toBe(true);
  });

  it('contact acknowledges within the timeout → the follow-up does not fire', () => {
    expect(
      shouldFireAcknowledgementFollowUp({ obligationState: 'open', acknowledgedAt: new Date('2026-11-22T22:00:00Z') }),
    ).toBe(false);
  });

  it('obligation fulfilled before the timeout → the follow-up does not fire', () => {
    expect(shouldFireAcknowledgementFollowUp({ obligationState: 'fulfilled', acknowledgedAt: null })).toBe(false);
  });

  it('management already stood in for a missing contact person → no follow-up is planned', () => {
    expect(
      planAcknowledgementFollowUp(DEFAULT_ESCALATION_POLICY, {
        stepId: 'contact-person-12h',
        occurrence: 0,
        firedAt,
        recipients: ['management'],
      }),
    ).toBeNull();
  });

  it('an officer-only reminder needs no acknowledgement follow-up', () => {
    expect(
      planAcknowledgementFollowUp(DEFAULT_ESCALATION_POLICY, {
        stepId: 'reminder-24h',
        occurrence: 0,
        firedAt,
        recipients: ['officer'],
      }),
    ).toBeNull();
  });

  it('a policy with a 30-minute timeout escalates 30 minutes after firing', () => {
    const policy = { ...DEFAULT_ESCALATION_POLICY, acknowledgementTimeoutHours: 0.5 };
    expect(acknowledgementTimeoutAt(policy, firedAt)).toEqual(new Date('2026-11-22T22:00:00Z'));
  });

  it('the follow-up id cannot collide with a policy step id', () => {
    expect(acknowledgementFollowUpStepId('contact-person-12h')).toMatch(/:/);
  });
});

describe('parseAcknowledgementFollowUpStepId', () => {
  it("the contact person's follow-up belongs to the contact-person step", () => {
    expect(parseAcknowledgementFollowUpStepId('contact-person-12h:ack-timeout')).toBe('contact-person-12h');
  });

  it('a policy step is not a follow-up', () => {
    expect(parseAcknowledgementFollowUpStepId('contact-person-12h')).toBeNull();
  });

  it('the approval and decision reminders are not follow-ups', () => {
    expect(parseAcknowledgementFollowUpStepId('approval-waiting')).toBeNull();
    expect(parseAcknowledgementFollowUpStepId('not-required-decision')).toBeNull();
  });

  it('any policy step id comes back from its follow-up id, and is never taken for one', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,63}$/), (stepId) => {
        expect(parseAcknowledgementFollowUpStepId(acknowledgementFollowUpStepId(stepId))).toBe(stepId);
        expect(parseAcknowledgementFollowUpStepId(stepId)).toBeNull();
      }),
    );
  });
});
