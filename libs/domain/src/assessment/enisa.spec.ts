import { type AssessmentFacts, type DataCategory } from './assessment-input';
import { circumstancesOfBreach, dataProcessingContext, enisaSeverity, severityBand } from './enisa';

const facts = (overrides: Partial<AssessmentFacts> = {}): AssessmentFacts => ({
  role: 'controller',
  dataCategories: ['contact'],
  dpcAdjustment: 0,
  dpcAdjustmentReason: null,
  subjectsCount: 10,
  vulnerableSubjects: false,
  identifiability: 'maximum',
  confidentiality: 'none',
  integrity: 'none',
  availability: 'none',
  malicious: false,
  dataUnintelligible: false,
  recipientTrusted: false,
  exfiltrationEvidence: null,
  backupAvailable: null,
  financialUndertaking: false,
  ...overrides,
});

describe('ENISA data processing context (DPC)', () => {
  // legal.md §7.1: ENISA's own worked examples of how context moves the base score.
  const workedExamples: Array<[string, DataCategory, number, number]> = [
    ['simple: supermarket customer list', 'contact', 0, 1],
    ['simple: luxury-goods seller customer list', 'contact', 1, 2],
    ['simple: adult book-store delivery addresses', 'contact', 2, 3],
    ['simple: list of undercover officers', 'contact', 3, 4],
    ['behavioural: ISP helpdesk call log', 'location_behavioural', -1, 1],
    ['behavioural: one week of call history', 'location_behavioural', 0, 2],
    ['behavioural: one year of call history', 'location_behavioural', 1, 3],
    ['behavioural: calls to a psychological support line', 'location_behavioural', 2, 4],
    ['financial: mere bank-customer letter', 'financial', -2, 1],
    ['financial: one day of transactions without details', 'financial', -1, 2],
    ['financial: one month of balances', 'financial', 0, 3],
    ['financial: one year of detailed statements', 'financial', 1, 4],
    ['financial: long-expired credit cards', 'financial', -2, 1],
    ['financial: partial credit card details', 'financial', -1, 2],
    ['financial: full credit card details enabling transactions', 'financial', 1, 4],
    ['sensitive: "had general blood tests"', 'special_category_health', -3, 1],
    ['sensitive: an emergency-room blood test', 'special_category_health', -2, 2],
    ['sensitive: a test for a specific disease', 'special_category_health', -1, 3],
    ['sensitive: actual test results', 'special_category_health', 0, 4],
  ];
  it.each(
    workedExamples.map(([name, category, adjustment, expected]) => ({
      name,
      category,
      adjustment,
      expected,
    })),
  )(
    'ENISA worked example $name scores DPC $expected (adjustment $adjustment)',
    ({ category, adjustment, expected }) => {
      expect(dataProcessingContext([category], adjustment)).toBe(expected);
    },
  );

  it('takes the highest category when several apply', () => {
    expect(dataProcessingContext(['contact', 'location_behavioural', 'financial'], 0)).toBe(3);
    expect(dataProcessingContext(['contact', 'criminal'], 0)).toBe(4);
  });

  it('scores credentials, ID documents and national ID numbers as financial-level harm', () => {
    expect(dataProcessingContext(['credentials'], 0)).toBe(3);
    expect(dataProcessingContext(['identity_documents'], 0)).toBe(3);
    expect(dataProcessingContext(['national_id_number'], 0)).toBe(3);
  });

  it('keeps the adjusted DPC within 1–4', () => {
    expect(dataProcessingContext(['special_category_other'], 3)).toBe(4);
    expect(dataProcessingContext(['business_only'], -3)).toBe(1);
  });
});

describe('ENISA severity SE = DPC × EI + CB', () => {
  it('scores financial data, maximum identifiability, unknown recipients, malicious as 3 × 1 + 0.5 + 0.5 = 4.0, very high', () => {
    const result = enisaSeverity(
      facts({
        dataCategories: ['contact', 'financial'],
        confidentiality: 'unknown_recipients',
        malicious: true,
      }),
    );
    expect(result).toEqual({
      dpc: 3,
      ei: 1,
      cb: 1,
      score: 4,
      band: 'very_high',
    });
  });

  it('sums every CB element: 0.5 + 0.5 + 0.5 + 0.5 = 2', () => {
    expect(
      circumstancesOfBreach({
        confidentiality: 'unknown_recipients',
        integrity: 'unrecoverable',
        availability: 'permanent',
        malicious: true,
      }),
    ).toBe(2);
  });

  it('gives no CB points for exposure without evidence, alteration without misuse or a quick recovery', () => {
    expect(
      circumstancesOfBreach({
        confidentiality: 'exposed',
        integrity: 'altered',
        availability: 'recoverable',
        malicious: false,
      }),
    ).toBe(0);
  });

  it('multiplies by EI without floating point drift: 3 × 0.75 + 0.25 = 2.5', () => {
    const result = enisaSeverity(
      facts({
        dataCategories: ['financial'],
        identifiability: 'significant',
        confidentiality: 'known_recipients',
      }),
    );
    expect(result.score).toBe(2.5);
    expect(result.band).toBe('medium');
  });

  it('lets 0.75 × 4 reach the high band exactly at 3', () => {
    const result = enisaSeverity(
      facts({
        dataCategories: ['special_category_health'],
        identifiability: 'significant',
      }),
    );
    expect(result.score).toBe(3);
    expect(result.band).toBe('high');
  });

  it.each([
    [0.25, 'low'],
    [1.99, 'low'],
    [2, 'medium'],
    [2.99, 'medium'],
    [3, 'high'],
    [3.99, 'high'],
    [4, 'very_high'],
    [6, 'very_high'],
  ] as const)('puts SE %s in band %s', (score, band) => {
    expect(severityBand(score)).toBe(band);
  });
});
