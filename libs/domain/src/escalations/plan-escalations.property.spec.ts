import fc from 'fast-check';
import { type EscalationPolicy, type EscalationStep } from './escalation-policy';
import { planEscalations } from './plan-escalations';
import { validateEscalationPolicy } from './validate-escalation-policy';

const HOUR = 3_600_000;

/** Valid policies only: distinct before_due thresholds and at most one recurring step. */
const policyArb: fc.Arbitrary<EscalationPolicy> = fc
  .record({
    beforeDueHours: fc.uniqueArray(fc.integer({ min: 1, max: 720 }), { minLength: 0, maxLength: 8 }),
    everyHours: fc.option(fc.integer({ min: 1, max: 720 }), { nil: null }),
    ackHours: fc.integer({ min: 1, max: 720 }),
  })
  .filter(({ beforeDueHours, everyHours }) => beforeDueHours.length > 0 || everyHours !== null)
  .map(({ beforeDueHours, everyHours, ackHours }) => {
    const steps: EscalationStep[] = beforeDueHours.map((hours, index) => ({
      id: `before-${index}`,
      trigger: { type: 'before_due', hours },
      recipients: index % 2 === 0 ? ['contact_person'] : ['officer', 'management'],
    }));
    if (everyHours !== null) {
      steps.push({
        id: 'overdue',
        trigger: { type: 'after_due_every', hours: everyHours },
        recipients: ['management'],
      });
    }
    return { acknowledgementTimeoutHours: ackHours, steps };
  });

const instantArb = fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 11, 31) });

const inputArb = fc.record({
  policy: policyArb,
  dueMs: instantArb,
  // From a month before the deadline to a month after it.
  nowOffsetMs: fc.integer({ min: -720 * HOUR, max: 720 * HOUR }),
  hasContactPerson: fc.boolean(),
});

interface PlanCase {
  policy: EscalationPolicy;
  dueMs: number;
  nowOffsetMs: number;
  hasContactPerson: boolean;
}

const planFor = ({ policy, dueMs, nowOffsetMs, hasContactPerson }: PlanCase) =>
  planEscalations({ policy, dueAt: new Date(dueMs), now: new Date(dueMs + nowOffsetMs), hasContactPerson });

describe('planEscalations properties', () => {
  it('the generated policies are valid ones', () => {
    fc.assert(fc.property(policyArb, (policy) => validateEscalationPolicy(policy).ok));
  });

  it('no escalation is planned before now', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const nowMs = input.dueMs + input.nowOffsetMs;
        return planFor(input).every((row) => row.dueAt.getTime() >= nowMs);
      }),
    );
  });

  it('before_due steps registered in time fire at or before the due time', () => {
    fc.assert(
      fc.property(
        inputArb.filter((input) => input.nowOffsetMs <= 0),
        (input) => {
          const beforeDueIds = new Set(
            input.policy.steps.filter((step) => step.trigger.type === 'before_due').map((step) => step.id),
          );
          return planFor(input)
            .filter((row) => beforeDueIds.has(row.stepId))
            .every((row) => row.dueAt.getTime() <= input.dueMs);
        },
      ),
    );
  });

  it('planning is deterministic', () => {
    fc.assert(fc.property(inputArb, (input) => expect(planFor(input)).toEqual(planFor(input))));
  });

  it('a late registration has at most one step due now', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const nowMs = input.dueMs + input.nowOffsetMs;
        const dueNow = planFor(input).filter((row) => row.dueAt.getTime() === nowMs);
        return dueNow.length <= 1 && planFor(input).filter((row) => row.catchUp).length <= 1;
      }),
    );
  });

  it('every step fires at most once per plan and rows come in firing order', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const rows = planFor(input);
        const ids = rows.map((row) => row.stepId);
        const times = rows.map((row) => row.dueAt.getTime());
        return (
          new Set(ids).size === ids.length && times.every((time, i) => i === 0 || (times[i - 1] as number) <= time)
        );
      }),
    );
  });

  it('without a named contact person nobody is addressed as contact person', () => {
    fc.assert(
      fc.property(inputArb, (input) =>
        planFor({ ...input, hasContactPerson: false }).every((row) => !row.recipients.includes('contact_person')),
      ),
    );
  });
});
