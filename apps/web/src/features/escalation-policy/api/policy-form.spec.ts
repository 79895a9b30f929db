import type { ApiFieldError } from '../../../api/api-error';
import i18n from '../../../i18n/i18n';
import {
  fieldErrorsOfMessages,
  formToBody,
  freshStepId,
  moveStep,
  policyErrorsOf,
  policyToForm,
  settingsToForm,
} from './policy-form';

const t = i18n.t.bind(i18n);
/** The API's answer: each message with its path and rule, as apps/api/src/errors/field-error.ts makes them. */
const invalid = (path: string, message: string, rule = 'invalid'): ApiFieldError => ({ path, rule, message });

beforeAll(() => i18n.changeLanguage('nl'));

describe('policyErrorsOf', () => {
  it('puts step problems next to the step field they name, in Dutch', () => {
    const errors = policyErrorsOf(
      [
        invalid('policy.steps.1.trigger.hours', 'policy.steps.1.trigger.hours must be a positive number'),
        invalid(
          'policy.steps.0.id',
          'policy.steps.0.id must be 1-64 lowercase letters, digits or hyphens, starting with a letter or digit',
        ),
        invalid('policy.steps.2.id', "policy.steps.2.id must be unique ('a' is also steps.0.id)", 'unique'),
        // the API left this one without a path ("…type:" is not a path): read from the message
        invalid('', 'policy.steps.3.trigger.type: only one after_due_every step is allowed (steps.2 is one)'),
        invalid('policy.steps.0.recipients', 'policy.steps.0.recipients must be a list with at least one recipient'),
        invalid(
          'policy.steps.4.recipients.0',
          'policy.steps.4.recipients.0 must be one of officer, contact_person, management or { userId }',
          'isIn',
        ),
      ],
      t,
    );
    expect(errors.steps[1]?.hours).toBe(
      'Vul een positief aantal uren in (hoogstens 720); twee stappen van dezelfde soort hebben elk een ander aantal uren.',
    );
    expect(errors.steps[0]?.id).toMatch(/^Gebruik 1 tot 64 kleine letters/);
    expect(errors.steps[2]?.id).toBe('Elke waarde mag maar één keer voorkomen.');
    expect(errors.steps[3]?.type).toMatch(/^Kies een soort/);
    expect(errors.steps[0]?.recipients).toBe('Kies minstens één en hoogstens 20 ontvangers.');
    expect(errors.steps[4]?.recipients).toBe('Kies een van de aangeboden waarden.');
    expect(errors.other).toEqual([]);
    expect(JSON.stringify(errors)).not.toMatch(/must|only one/);
  });

  it('knows the timeout and the mailbox, and keeps the rest apart, translated', () => {
    const errors = policyErrorsOf(
      [
        invalid('policy.acknowledgementTimeoutHours', 'policy.acknowledgementTimeoutHours must be at most 720'),
        invalid('managementMailbox.email', 'managementMailbox.email must be an email'),
        invalid('managementMailbox.name', 'managementMailbox.name must be a non-empty string'),
        invalid('policy.steps', 'policy.steps must have at most 20 steps'),
        invalid('', 'property x should not exist'),
      ],
      t,
    );
    expect(errors.timeout).toBe('Vul een aantal uren in van 0 tot en met 720.');
    expect(errors.mailboxEmail).toBe('Vul een geldig e-mailadres in.');
    expect(errors.mailboxName).toBe('Vul de naam van de mailbox in.');
    expect(errors.other).toEqual([
      { path: 'policy.steps', text: 'Gebruik minstens één en hoogstens 20 stappen.' },
      // nothing to say it better: a translated line, the API's English only as muted detail
      { path: '', text: 'Deze waarde is niet geldig.', detail: 'property x should not exist' },
    ]);
  });

  it('reads an answer without structured errors by the path its messages start with', () => {
    const errors = policyErrorsOf(
      fieldErrorsOfMessages(['approvalEscalation.everyHours must be a number of hours between 0.25 and 720']),
      t,
    );
    expect(errors.approvalEveryHours).toBe('Vul een aantal uren in van 0,25 tot en met 720.');
  });
});

describe('approval reminder errors', () => {
  it('land next to the approval fields', () => {
    const errors = policyErrorsOf(
      [
        invalid(
          'approvalEscalation.afterHours',
          'approvalEscalation.afterHours must be a number of hours between 0.25 and 720',
        ),
      ],
      t,
    );
    expect(errors.approvalAfterHours).toBe('Vul een aantal uren in van 0,25 tot en met 720.');
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
    expect(
      policyErrorsOf([invalid('digestIntervalMinutes', 'digestIntervalMinutes must be between 0 and 1440')], t)
        .digestIntervalMinutes,
    ).toBe('Vul een heel aantal minuten in van 0 tot en met 1440.');
  });
});
