import {
  type EscalationPolicy,
  type EscalationStep,
  MAX_ESCALATION_STEPS,
  MIN_ACKNOWLEDGEMENT_TIMEOUT_HOURS,
} from './escalation-policy';
import { hoursErrors, isRecord, parseEscalationStep } from './validate-escalation-step';

export type EscalationPolicyValidation = { ok: true; policy: EscalationPolicy } | { ok: false; errors: string[] };

/**
 * Cross-step rules. Each keeps planning unambiguous: the step id is the key that makes a
 * threshold fire once per obligation; two one-off steps at the same threshold would be two
 * "most recent" steps for a late registration; two recurring steps would each need their own
 * catch-up and both flood management.
 */
function crossStepErrors(steps: ReadonlyArray<{ index: number; step: EscalationStep }>): string[] {
  const errors: string[] = [];
  const idAt = new Map<string, number>();
  const beforeDueHoursAt = new Map<number, number>();
  let recurringAt: number | null = null;
  for (const { index, step } of steps) {
    const sameId = idAt.get(step.id);
    if (sameId === undefined) {
      idAt.set(step.id, index);
    } else {
      errors.push(`steps.${index}.id must be unique ('${step.id}' is also steps.${sameId}.id)`);
    }
    if (step.trigger.type === 'before_due') {
      const sameHours = beforeDueHoursAt.get(step.trigger.hours);
      if (sameHours === undefined) {
        beforeDueHoursAt.set(step.trigger.hours, index);
      } else {
        errors.push(
          `steps.${index}.trigger.hours must differ from steps.${sameHours}.trigger.hours ` +
            `(both ${step.trigger.hours} h before due; put all recipients in one step)`,
        );
      }
    } else if (recurringAt === null) {
      recurringAt = index;
    } else {
      errors.push(
        `steps.${index}.trigger.type: only one after_due_every step is allowed (steps.${recurringAt} is one)`,
      );
    }
  }
  return errors;
}

export function validateEscalationPolicy(input: unknown): EscalationPolicyValidation {
  if (!isRecord(input)) {
    return { ok: false, errors: ['policy must be an object with acknowledgementTimeoutHours and steps'] };
  }
  const errors = hoursErrors(
    'acknowledgementTimeoutHours',
    input['acknowledgementTimeoutHours'],
    MIN_ACKNOWLEDGEMENT_TIMEOUT_HOURS,
  );
  const rawSteps = input['steps'];
  if (!Array.isArray(rawSteps) || rawSteps.length === 0) {
    errors.push('steps must be a list with at least one step');
    return { ok: false, errors };
  }
  if (rawSteps.length > MAX_ESCALATION_STEPS) {
    errors.push(`steps must have at most ${MAX_ESCALATION_STEPS} steps`);
    return { ok: false, errors };
  }
  const parsed = rawSteps.map((raw, index) => ({ index, step: parseEscalationStep(`steps.${index}`, raw, errors) }));
  // Cross-step rules look only at steps that parsed, so one malformed step reports once.
  const valid = parsed.filter((entry): entry is { index: number; step: EscalationStep } => entry.step !== null);
  errors.push(...crossStepErrors(valid));
  if (errors.length > 0) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    policy: {
      acknowledgementTimeoutHours: input['acknowledgementTimeoutHours'] as number,
      steps: valid.map((entry) => entry.step),
    },
  };
}
