import { validateEscalationPolicy } from './validate-escalation-policy';

const step = (overrides: Record<string, unknown> = {}) => ({
  id: 'reminder-24h',
  trigger: { type: 'before_due', hours: 24 },
  recipients: ['officer'],
  ...overrides,
});
const policy = (overrides: Record<string, unknown> = {}) => ({
  acknowledgementTimeoutHours: 2,
  steps: [step()],
  ...overrides,
});
const errorsOf = (input: unknown): string[] => {
  const result = validateEscalationPolicy(input);
  return result.ok ? [] : result.errors;
};

describe('validateEscalationPolicy', () => {
  it('accepts a one-step policy naming a user directly', () => {
    const input = policy({ steps: [step({ recipients: [{ userId: 'u-1' }] })] });
    expect(validateEscalationPolicy(input)).toEqual({ ok: true, policy: input });
  });

  it('strips fields it does not know from the returned policy', () => {
    const result = validateEscalationPolicy({ ...policy(), note: 'x', steps: [{ ...step(), colour: 'red' }] });
    expect(result).toEqual({ ok: true, policy: policy() });
  });

  it('rejects something that is not an object', () => {
    expect(errorsOf([1, 2])).toEqual(['policy must be an object with acknowledgementTimeoutHours and steps']);
  });

  it('rejects a policy without steps', () => {
    expect(errorsOf(policy({ steps: [] }))).toEqual(['steps must be a list with at least one step']);
  });

  it('rejects a zero trigger, naming the step', () => {
    const input = policy({ steps: [step(), step({ id: 'second', trigger: { type: 'before_due', hours: 0 } })] });
    expect(errorsOf(input)).toEqual(['steps.1.trigger.hours must be a positive number']);
  });

  it('rejects hours given as a string', () => {
    expect(errorsOf(policy({ steps: [step({ trigger: { type: 'before_due', hours: '4' } })] }))).toEqual([
      'steps.0.trigger.hours must be a positive number',
    ]);
  });

  it('rejects more than 720 hours', () => {
    expect(errorsOf(policy({ steps: [step({ trigger: { type: 'after_due_every', hours: 721 } })] }))).toEqual([
      'steps.0.trigger.hours must be at most 720',
    ]);
  });

  it('refuses an overdue reminder more often than hourly and an acknowledgement wait under 15 minutes', () => {
    // a policy that mails every 36 seconds is a flood, not an escalation
    expect(errorsOf(policy({ steps: [step({ trigger: { type: 'after_due_every', hours: 0.01 } })] }))).toEqual([
      'steps.0.trigger.hours must be at least 1',
    ]);
    expect(errorsOf(policy({ acknowledgementTimeoutHours: 0.1 }))).toEqual([
      'acknowledgementTimeoutHours must be at least 0.25',
    ]);
    // a reminder shortly before the deadline is fine
    expect(errorsOf(policy({ steps: [step({ trigger: { type: 'before_due', hours: 0.5 } })] }))).toEqual([]);
    expect(errorsOf(policy({ steps: [step({ trigger: { type: 'after_due_every', hours: 1 } })] }))).toEqual([]);
  });

  it('rejects an unknown trigger type', () => {
    expect(errorsOf(policy({ steps: [step({ trigger: { type: 'after_due', hours: 4 } })] }))).toEqual([
      'steps.0.trigger.type must be one of before_due, after_due_every',
    ]);
  });

  it('rejects a missing acknowledgement timeout', () => {
    expect(errorsOf(policy({ acknowledgementTimeoutHours: undefined }))).toEqual([
      'acknowledgementTimeoutHours must be a positive number',
    ]);
  });

  it('rejects duplicate step ids', () => {
    const input = policy({ steps: [step(), step({ trigger: { type: 'before_due', hours: 12 } })] });
    expect(errorsOf(input)).toEqual(["steps.1.id must be unique ('reminder-24h' is also steps.0.id)"]);
  });

  it('rejects a step id that is not a slug', () => {
    expect(errorsOf(policy({ steps: [step({ id: 'Reminder 24h' })] }))).toEqual([
      'steps.0.id must be 1-64 lowercase letters, digits or hyphens, starting with a letter or digit',
    ]);
  });

  it('rejects two one-off steps at the same threshold', () => {
    const input = policy({ steps: [step(), step({ id: 'other' })] });
    expect(errorsOf(input)).toEqual([
      'steps.1.trigger.hours must differ from steps.0.trigger.hours (both 24 h before due; put all recipients in one step)',
    ]);
  });

  it('rejects a second recurring step', () => {
    const every = (id: string, hours: number) => step({ id, trigger: { type: 'after_due_every', hours } });
    expect(errorsOf(policy({ steps: [every('a', 4), every('b', 8)] }))).toEqual([
      'steps.1.trigger.type: only one after_due_every step is allowed (steps.0 is one)',
    ]);
  });

  it('rejects an unknown recipient and an empty user id', () => {
    expect(errorsOf(policy({ steps: [step({ recipients: ['ceo', { userId: ' ' }] })] }))).toEqual([
      'steps.0.recipients.0 must be one of officer, contact_person, management or { userId }',
      'steps.0.recipients.1.userId must be a non-empty string',
    ]);
  });

  it('rejects a step without recipients', () => {
    expect(errorsOf(policy({ steps: [step({ recipients: [] })] }))).toEqual([
      'steps.0.recipients must be a list with at least one recipient',
    ]);
  });

  it('reports every broken field at once', () => {
    const input = { acknowledgementTimeoutHours: -1, steps: [{ id: 'x', trigger: null, recipients: 'officer' }] };
    expect(errorsOf(input)).toEqual([
      'acknowledgementTimeoutHours must be a positive number',
      'steps.0.trigger must be an object with type and hours',
      'steps.0.recipients must be a list with at least one recipient',
    ]);
  });

  it('rejects more than 20 steps', () => {
    const steps = Array.from({ length: 21 }, (_, i) =>
      step({ id: `s-${i}`, trigger: { type: 'before_due', hours: i + 1 } }),
    );
    expect(errorsOf(policy({ steps }))).toEqual(['steps must have at most 20 steps']);
  });
});
