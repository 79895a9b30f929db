import fc from 'fast-check';
import {
  awaitsNotRequiredDecision,
  NOT_REQUIRED_DECISION_STEP_ID,
  planNotRequiredDecisionReminder,
} from './not-required-decision';
import { DEFAULT_APPROVAL_ESCALATION } from './approval-escalation';
import { planEscalations } from './plan-escalations';
import { DEFAULT_ESCALATION_POLICY } from './default-escalation-policy';

describe('awaitsNotRequiredDecision', () => {
  it('an open obligation the outcome calls not required, with a pending proposal, is a decision to confirm', () => {
    expect(awaitsNotRequiredDecision({ state: 'open', required: false, proposalPending: true })).toBe(true);
  });
  it('a manual proposal against an outcome that says required keeps the deadline running', () => {
    expect(awaitsNotRequiredDecision({ state: 'open', required: true, proposalPending: true })).toBe(false);
  });
  it('a rejected proposal (none pending) puts the deadline back on, as does an unassessed breach', () => {
    expect(awaitsNotRequiredDecision({ state: 'open', required: false, proposalPending: false })).toBe(false);
    expect(awaitsNotRequiredDecision({ state: 'open', required: null, proposalPending: true })).toBe(false);
  });
  it('a settled obligation awaits nothing', () => {
    expect(awaitsNotRequiredDecision({ state: 'not_required', required: false, proposalPending: true })).toBe(false);
  });
});

describe('planNotRequiredDecisionReminder', () => {
  it('reminds management once, afterHours after the proposal, under its own step id', () => {
    const planned = planNotRequiredDecisionReminder({
      policy: DEFAULT_APPROVAL_ESCALATION,
      proposedAt: new Date('2026-11-20T10:00:00Z'),
      occurrence: 0,
    });
    expect(planned).toEqual({
      stepId: NOT_REQUIRED_DECISION_STEP_ID,
      occurrence: 0,
      dueAt: new Date('2026-11-20T14:00:00Z'),
      thresholdAt: new Date('2026-11-20T14:00:00Z'),
      recipients: ['management'],
      contactPersonReplaced: false,
      catchUp: false,
    });
  });

  it('property: the reminder is exactly afterHours (real hours) after the proposal', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01Z'), max: new Date('2100-01-01Z'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 2880 }).map((q) => q / 4),
        fc.nat(50),
        (proposedAt, afterHours, occurrence) => {
          const p = planNotRequiredDecisionReminder({ policy: { afterHours, everyHours: 4 }, proposedAt, occurrence });
          expect(p.dueAt.getTime() - proposedAt.getTime()).toBe(Math.round(afterHours * 3_600_000));
          expect(p.occurrence).toBe(occurrence);
        },
      ),
    );
  });

  it('the step id cannot collide with a policy step or its acknowledgement follow-up', () => {
    expect(DEFAULT_ESCALATION_POLICY.steps.map((s) => s.id)).not.toContain(NOT_REQUIRED_DECISION_STEP_ID);
    expect(NOT_REQUIRED_DECISION_STEP_ID).not.toContain(':');
  });
});

describe('planEscalations for a decision to confirm', () => {
  it('plans no deadline or overdue step, even long past the due time', () => {
    expect(
      planEscalations({
        policy: DEFAULT_ESCALATION_POLICY,
        dueAt: new Date('2026-02-01T00:00:00Z'),
        now: new Date('2026-11-20T00:00:00Z'),
        hasContactPerson: true,
        awaitingNotRequiredDecision: true,
      }),
    ).toEqual([]);
  });
});
