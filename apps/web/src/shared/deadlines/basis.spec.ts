import i18n from '../../i18n/i18n';
import { basisLabel, basisOf } from './basis';

describe('basisOf / basisLabel', () => {
  beforeAll(() => i18n.changeLanguage('nl'));
  const t = (key: string, params?: Record<string, unknown>) => i18n.t(key, params);

  it('names the AP and data-subject duties as statutory, a customer duty by its terms', () => {
    expect(basisLabel({ kind: 'authority' }, t)).toBe('Wettelijk · AVG art. 33');
    expect(basisLabel({ kind: 'data_subjects' }, t)).toBe('Wettelijk · AVG art. 34');
    expect(basisLabel({ kind: 'customer', termsSource: 'agreement', termsDeadlineHours: 24 }, t)).toBe(
      'Contractueel · verwerkersovereenkomst',
    );
    expect(basisLabel({ kind: 'customer', termsSource: 'default', termsDeadlineHours: 48 }, t)).toBe(
      'Afspraak · 48 uur',
    );
    // no snapshot: the privacy statement's 48 hours applied
    expect(basisLabel({ kind: 'customer', termsSource: null }, t)).toBe('Afspraak · 48 uur');
    // not told which terms: no claim either way
    expect(basisLabel({ kind: 'customer' }, t)).toBe('Klantafspraak');
    expect(basisOf({ kind: 'authority' }).kind).toBe('statutory');
    expect(basisOf({ kind: 'customer', termsSource: 'agreement' }).kind).toBe('contractual');
  });

  it('in English', async () => {
    await i18n.changeLanguage('en');
    expect(basisLabel({ kind: 'authority' }, t)).toBe('Statutory · GDPR art. 33');
    expect(basisLabel({ kind: 'customer', termsSource: 'agreement' }, t)).toBe('Contractual · processing agreement');
    await i18n.changeLanguage('nl');
  });
});
