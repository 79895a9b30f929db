import i18n from '../../../i18n/i18n';
import { type BreachDraft, emptyDraft } from './draft';
import { draftValidation, missingTextsOf, stepOfPath } from './validation';

const slice = {
  role: 'processor' as const,
  dataCategories: [],
  subjectsCount: '' as const,
  groupsOfPeople: [],
  recordsEstimate: '' as const,
};
const draftWith = (over: Partial<BreachDraft>): BreachDraft => ({ ...emptyDraft(), ...over });
const both = [
  { customerId: 'c-nl', language: 'nl' as const, ...slice },
  { customerId: 'c-en', language: 'en' as const, ...slice },
];

describe('wizard: customer texts per language', () => {
  it('needs the summary in every language the customers read, and no customer text without customers', () => {
    expect(missingTextsOf(draftWith({}))).toEqual([]);
    expect(missingTextsOf(draftWith({ affectedCustomers: both }))).toEqual([
      'customerSummary.nl',
      'customerSummary.en',
    ]);
  });

  it('leaves measures and consequences optional, but once written in one language needs them in each', () => {
    const summary = { nl: 'Laptop gestolen.', en: 'Laptop stolen.' };
    expect(missingTextsOf(draftWith({ affectedCustomers: both, customerSummary: summary }))).toEqual([]);
    const onlyDutch = draftWith({
      affectedCustomers: both,
      customerSummary: summary,
      customerMeasures: { nl: 'Op afstand gewist.', en: ' ' },
      customerConsequences: { nl: '', en: 'None expected.' },
    });
    expect(missingTextsOf(onlyDutch)).toEqual(['customerMeasures.en', 'customerConsequences.nl']);
    // text in a language no chosen customer reads is not sent, so it does not count
    const strayEnglish = draftWith({
      affectedCustomers: [both[0]!],
      customerSummary: summary,
      customerMeasures: { nl: '', en: 'Wiped remotely.' },
    });
    expect(missingTextsOf(strayEnglish)).toEqual([]);
  });

  it('puts the message on the field that is missing, in the UI language', () => {
    const rules = draftValidation(i18n.t.bind(i18n));
    const values = draftWith({ affectedCustomers: both, customerMeasures: { nl: 'Gewist.', en: '' } });
    expect(rules.customerMeasures.en('', values)).toBe(
      'Schrijf de maatregelen ook in het Engels, of laat ze in alle talen leeg.',
    );
    expect(rules.customerMeasures.nl('Gewist.', values)).toBeNull();
    expect(rules.customerConsequences.en('', values)).toBeNull();
  });

  it('knows the step of every path the API may name', () => {
    expect(stepOfPath('contactPersonId')).toBe(0);
    expect(stepOfPath('customerMeasures.en')).toBe(3);
    expect(stepOfPath('customerConsequences.nl')).toBe(3);
    expect(stepOfPath('customerSummary.nl')).toBe(3);
    expect(stepOfPath('affectedCustomers.0.subjectsCount')).toBe(3);
    expect(stepOfPath('somethingElse')).toBe(4);
  });
});
