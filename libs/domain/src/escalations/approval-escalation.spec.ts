import fc from 'fast-check';
import {
  APPROVAL_STEP_ID,
  DEFAULT_APPROVAL_ESCALATION,
  planApprovalEscalation,
  planNextApprovalEscalation,
  validateApprovalEscalation,
} from './approval-escalation';

const submittedAt = new Date('2026-11-23T09:00:00Z');
const H = 3_600_000;

describe('escalating an AP notification that waits for approval', () => {
  it('reminds management 4 hours after submission when the deadline is far away', () => {
    const planned = planApprovalEscalation({
      policy: DEFAULT_APPROVAL_ESCALATION,
      submittedAt,
      dueAt: new Date(submittedAt.getTime() + 60 * H),
      occurrence: 0,
    });
    expect(planned).toEqual({
      stepId: APPROVAL_STEP_ID,
      occurrence: 0,
      dueAt: new Date('2026-11-23T13:00:00Z'),
      thresholdAt: new Date('2026-11-23T13:00:00Z'),
      recipients: ['management'],
      contactPersonReplaced: false,
      catchUp: false,
    });
  });

  it('reminds halfway to the deadline when that is sooner than 4 hours', () => {
    const planned = planApprovalEscalation({
      policy: DEFAULT_APPROVAL_ESCALATION,
      submittedAt,
      dueAt: new Date(submittedAt.getTime() + 2 * H),
      occurrence: 3,
    });
    expect(planned.dueAt).toEqual(new Date('2026-11-23T10:00:00Z'));
    expect(planned.occurrence).toBe(3);
  });

  it('escalates at once when submitted after the deadline', () => {
    const planned = planApprovalEscalation({
      policy: DEFAULT_APPROVAL_ESCALATION,
      submittedAt,
      dueAt: new Date(submittedAt.getTime() - H),
      occurrence: 0,
    });
    expect(planned.dueAt).toEqual(submittedAt);
  });

  it('repeats every 4 hours counted from the firing', () => {
    const next = planNextApprovalEscalation(DEFAULT_APPROVAL_ESCALATION, {
      occurrence: 1,
      firedAt: new Date('2026-11-23T13:00:02Z'),
    });
    expect(next.occurrence).toBe(2);
    expect(next.dueAt).toEqual(new Date('2026-11-23T17:00:02Z'));
  });

  it('never reminds before submission, never after the policy interval, never after the deadline when submitted before it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100 * H, max: 100 * H }),
        fc.double({ min: 0.25, max: 720, noNaN: true }),
        (dueOffset, afterHours) => {
          const dueAt = new Date(submittedAt.getTime() + dueOffset);
          const { dueAt: at } = planApprovalEscalation({
            policy: { afterHours, everyHours: 1 },
            submittedAt,
            dueAt,
            occurrence: 0,
          });
          expect(at.getTime()).toBeGreaterThanOrEqual(submittedAt.getTime());
          expect(at.getTime()).toBeLessThanOrEqual(submittedAt.getTime() + Math.round(afterHours * H));
          if (dueOffset > 0) expect(at.getTime()).toBeLessThanOrEqual(dueAt.getTime());
        },
      ),
    );
  });

  it('validates the settings naming the field', () => {
    expect(validateApprovalEscalation({ afterHours: 2, everyHours: 6 })).toEqual({
      ok: true,
      value: { afterHours: 2, everyHours: 6 },
    });
    expect(validateApprovalEscalation({ afterHours: 0, everyHours: 'x', extra: 1 })).toEqual({
      ok: false,
      errors: [
        'approvalEscalation.extra should not exist',
        'approvalEscalation.afterHours must be a number of hours between 0.25 and 720',
        'approvalEscalation.everyHours must be a number of hours between 0.25 and 720',
      ],
    });
    expect(validateApprovalEscalation(null).ok).toBe(false);
  });
});
