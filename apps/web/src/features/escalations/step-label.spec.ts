import { stepKey } from './step-label';
import en from '../../i18n/en.json';
import nl from '../../i18n/nl.json';

describe('stepKey', () => {
  it.each([
    ['reminder-24h', 'escalations.step.reminder-24h'],
    ['contact-person-12h', 'escalations.step.contact-person-12h'],
    ['management-4h', 'escalations.step.management-4h'],
    ['overdue-every-4h', 'escalations.step.overdue-every-4h'],
    ['contact-person-12h:ack-timeout', 'escalations.step.ackTimeout'],
    ['reminder-24h:ack-timeout', 'escalations.step.ackTimeout'],
  ])('%s → %s', (step, key) => {
    expect(stepKey(step)).toBe(key);
  });

  it('leaves unknown steps alone', () => {
    expect(stepKey('custom-2h')).toBeNull();
  });

  it('has the Dutch names of the policy', () => {
    expect(nl.escalations.step['reminder-24h']).toBe('Herinnering 24 uur vooraf');
    expect(nl.escalations.step['overdue-every-4h']).toBe('Termijn verstreken (elke 4 uur)');
    expect(nl.escalations.step.ackTimeout).toBe('Niet bevestigd → directie');
    expect(Object.keys(en.escalations.step).sort()).toEqual(Object.keys(nl.escalations.step).sort());
  });
});
