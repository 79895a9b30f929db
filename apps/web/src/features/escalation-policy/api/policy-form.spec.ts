import { formToBody, freshStepId, moveStep, policyErrorsOf, policyToForm, settingsToForm } from './policy-form';

describe('policyErrorsOf', () => {
  it('puts step messages next to the step field they name', () => {
    const errors = policyErrorsOf([
      'policy.steps.1.trigger.hours must be a positive number',
      'policy.steps.0.id must be 1-64 lowercase letters, digits or hyphens, starting with a letter or digit',
      "policy.steps.2.id must be unique ('a' is also steps.0.id)",
      'policy.steps.3.trigger.type: only one after_due_every step is allowed (steps.2 is one)',
      'policy.steps.0.recipients must be a list with at least one recipient',
      'policy.steps.4.recipients.0 must be one of officer, contact_person, management or { userId }',
    ]);
    expect(errors.steps[1]?.hours).toMatch(/positive/);
    expect(errors.steps[0]?.id).toMatch(/lowercase/);
    expect(errors.steps[2]?.id).toMatch(/unique/);
    expect(errors.steps[3]?.type).toMatch(/only one/);
    expect(errors.steps[0]?.recipients).toMatch(/at least one/);
    expect(errors.steps[4]?.recipients).toBeDefined();
    expect(errors.other).toEqual([]);
  });

  it('knows the timeout and the mailbox, and keeps the rest apart', () => {
    const errors = policyErrorsOf([
      'policy.acknowledgementTimeoutHours must be at most 720',
      'managementMailbox.email must be an email',
      'managementMailbox.name must be a non-empty string',
      'policy.steps must have at most 20 steps',
    ]);
    expect(errors.timeout).toMatch(/720/);
    expect(errors.mailboxEmail).toMatch(/email/);
    expect(errors.mailboxName).toMatch(/non-empty/);
    expect(errors.other).toEqual(['policy.steps must have at most 20 steps']);
  });
});

describe('approval reminder errors', () => {
  it('land next to the approval fields', () => {
    const errors = policyErrorsOf(['approvalEscalation.afterHours must be a number of hours between 0.25 and 720']);
    expect(errors.approvalAfterHours).toMatch(/afterHours/);
    expect(errors.other).toEqual([]);
  });
});

describe('policy form', () => {
  const policy = {
    acknowledgementTimeoutHours: 2,
    steps: [
      {
        id: 'a',
        trigger: { type: 'before_due' as const, hours: 24 },
        recipients: ['officer' as const, { userId: 'u1' }],
      },
      {
        id: 'b',
        trigger: { type: 'after_due_every' as const, hours: 4 },
        recipients: ['management' as const],
      },
    ],
  };

  it('round-trips a policy, named users included', () => {
    const form = policyToForm(policy, { name: 'Directie', email: 'directie@x.nl' }, { afterHours: 2, everyHours: 6 });
    expect(formToBody(form)).toEqual({
      policy,
      managementMailbox: { name: 'Directie', email: 'directie@x.nl' },
      approvalEscalation: { afterHours: 2, everyHours: 6 },
      digestIntervalMinutes: 15,
    });
    expect(formToBody(policyToForm(policy, null)).approvalEscalation).toEqual({
      afterHours: 4,
      everyHours: 4,
    });
    expect(formToBody({ ...form, mailboxEnabled: false }).managementMailbox).toBeNull();
  });

  it('moves steps and invents unused ids', () => {
    expect(moveStep(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveStep(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    const form = policyToForm(policy, null);
    expect(freshStepId(form.steps)).toBe('step-3');
  });
});

describe('digest interval', () => {
  it('round-trips, defaults to 15 minutes and lands its error next to the field', () => {
    const policy = { acknowledgementTimeoutHours: 2, steps: [] };
    expect(formToBody(policyToForm(policy, null)).digestIntervalMinutes).toBe(15);
    expect(
      formToBody(settingsToForm({ policy, managementMailbox: null, digestIntervalMinutes: 30 })).digestIntervalMinutes,
    ).toBe(30);
    expect(policyErrorsOf(['digestIntervalMinutes must be between 0 and 1440']).digestIntervalMinutes).toMatch(
      /digestIntervalMinutes/,
    );
  });
});
