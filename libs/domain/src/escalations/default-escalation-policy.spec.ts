import { DEFAULT_ESCALATION_POLICY } from './default-escalation-policy';
import { validateEscalationPolicy } from './validate-escalation-policy';

describe('DEFAULT_ESCALATION_POLICY', () => {
  it('passes its own validation unchanged', () => {
    expect(validateEscalationPolicy(DEFAULT_ESCALATION_POLICY)).toEqual({
      ok: true,
      policy: DEFAULT_ESCALATION_POLICY,
    });
  });

  it('has a 2 h acknowledgement timeout', () => {
    expect(DEFAULT_ESCALATION_POLICY.acknowledgementTimeoutHours).toBe(2);
  });

  it('cannot be mutated by a caller', () => {
    const steps = DEFAULT_ESCALATION_POLICY.steps as unknown as unknown[];
    expect(() => steps.push({})).toThrow(TypeError);
    expect(Object.isFrozen(DEFAULT_ESCALATION_POLICY.steps[0]?.trigger)).toBe(true);
  });
});
