import { DEFAULT_ESCALATION_POLICY } from './default-escalation-policy';
import { type EscalationStep } from './escalation-policy';
import { nextRecurrence, planNextRecurrence } from './recurrence';

const stepById = (id: string): EscalationStep => {
  const step = DEFAULT_ESCALATION_POLICY.steps.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`no default step ${id}`);
  return step;
};
const overdue = stepById('overdue-every-4h');
const firedAt = new Date('2026-11-23T09:30:00Z');

describe('recurring overdue escalation', () => {
  it('the next overdue escalation to management comes 4 h after the previous one fired', () => {
    expect(nextRecurrence(overdue, firedAt)).toEqual(new Date('2026-11-23T13:30:00Z'));
  });

  it('a one-off step has no next occurrence', () => {
    expect(nextRecurrence(stepById('management-4h'), firedAt)).toBeNull();
  });

  it('an occurrence fired late after a restart schedules the next one 4 h after that firing, not at once', () => {
    const lateFiring = new Date('2026-11-23T20:00:00Z');
    expect(nextRecurrence(overdue, lateFiring)).toEqual(new Date('2026-11-24T00:00:00Z'));
  });

  it('firing occurrence 0 while still open plans occurrence 1 to management', () => {
    expect(
      planNextRecurrence({
        step: overdue,
        fired: { occurrence: 0, firedAt },
        hasContactPerson: true,
        obligationState: 'open',
      }),
    ).toEqual({
      stepId: 'overdue-every-4h',
      occurrence: 1,
      dueAt: new Date('2026-11-23T13:30:00Z'),
      thresholdAt: new Date('2026-11-23T13:30:00Z'),
      recipients: ['management'],
      contactPersonReplaced: false,
      catchUp: false,
    });
  });

  it('a fulfilled obligation stops the recurrence', () => {
    expect(
      planNextRecurrence({
        step: overdue,
        fired: { occurrence: 3, firedAt },
        hasContactPerson: true,
        obligationState: 'fulfilled',
      }),
    ).toBeNull();
  });

  it('a decided not_required obligation stops the recurrence', () => {
    expect(
      planNextRecurrence({
        step: overdue,
        fired: { occurrence: 3, firedAt },
        hasContactPerson: true,
        obligationState: 'not_required',
      }),
    ).toBeNull();
  });
});
