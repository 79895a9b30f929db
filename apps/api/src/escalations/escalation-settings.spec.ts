import { DEFAULT_APPROVAL_ESCALATION, DEFAULT_ESCALATION_POLICY } from '@lekwacht/domain';
import { InvalidInputError } from '../errors/domain-errors';
import { DEFAULT_ESCALATION_SETTINGS, type EscalationSettings, parseEscalationSettings } from './escalation-settings';

const current: EscalationSettings = { ...DEFAULT_ESCALATION_SETTINGS, digestIntervalMinutes: 30 };
const policy = JSON.parse(JSON.stringify(DEFAULT_ESCALATION_POLICY)) as Record<string, unknown>;

function messagesOf(body: unknown): string[] {
  try {
    parseEscalationSettings(body, current);
  } catch (err) {
    if (err instanceof InvalidInputError) return err.messages;
    throw err;
  }
  throw new Error('expected the body to be refused');
}

describe('parseEscalationSettings', () => {
  it('an admin saving only the policy keeps the digest interval in force and gets the default approval reminders', () => {
    expect(parseEscalationSettings({ policy, managementMailbox: null }, current)).toEqual({
      policy: DEFAULT_ESCALATION_POLICY,
      managementMailbox: null,
      approvalEscalation: DEFAULT_APPROVAL_ESCALATION,
      digestIntervalMinutes: 30,
    });
  });

  it('a management mailbox is kept with its name trimmed and its address in lower case', () => {
    const settings = parseEscalationSettings(
      { policy, managementMailbox: { name: '  Directie ', email: 'Directie@Example.NL' } },
      current,
    );
    expect(settings.managementMailbox).toEqual({ name: 'Directie', email: 'directie@example.nl' });
  });

  it('every bad field is named at once, and nothing is returned', () => {
    expect(
      messagesOf({
        policy: { ...policy, acknowledgementTimeoutHours: -1 },
        managementMailbox: { name: '', email: 'not-an-address' },
        digestIntervalMinutes: 5000,
        colour: 'red',
      }),
    ).toEqual([
      'property colour should not exist',
      'policy.acknowledgementTimeoutHours must be a positive number',
      'managementMailbox.name must be a non-empty string',
      'managementMailbox.email must be an email',
      'digestIntervalMinutes must be between 0 and 1440',
    ]);
  });

  it('a body that is not an object is refused as such', () => {
    expect(messagesOf([policy])).toEqual(['body must be an object']);
    expect(messagesOf(null)).toEqual(['body must be an object']);
  });
});
