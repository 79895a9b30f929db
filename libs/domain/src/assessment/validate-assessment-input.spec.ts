import { validateAssessmentFacts } from './validate-assessment-input';

const valid = {
  role: 'controller',
  dataCategories: ['contact', 'financial'],
  dpcAdjustment: 0,
  dpcAdjustmentReason: null,
  subjectsCount: 1500,
  vulnerableSubjects: false,
  identifiability: 'maximum',
  confidentiality: 'unknown_recipients',
  integrity: 'none',
  availability: 'none',
  malicious: true,
  dataUnintelligible: false,
  recipientTrusted: false,
  exfiltrationEvidence: true,
  backupAvailable: null,
  financialUndertaking: false,
};

const errorsOf = (input: unknown): string[] => {
  const result = validateAssessmentFacts(input);
  return result.ok ? [] : result.errors;
};

describe('validateAssessmentFacts', () => {
  it('accepts the API.md example', () => {
    expect(validateAssessmentFacts(valid)).toEqual({ ok: true, facts: valid });
  });

  it('fills the defaults: identifiability maximum, dpcAdjustment 0, unknowns null', () => {
    const {
      identifiability: _i,
      dpcAdjustment: _d,
      dpcAdjustmentReason: _r,
      subjectsCount: _s,
      exfiltrationEvidence: _e,
      backupAvailable: _b,
      ...rest
    } = valid;
    expect(validateAssessmentFacts(rest)).toEqual({
      ok: true,
      facts: {
        ...valid,
        identifiability: 'maximum',
        dpcAdjustment: 0,
        dpcAdjustmentReason: null,
        subjectsCount: null,
        exfiltrationEvidence: null,
        backupAvailable: null,
      },
    });
  });

  it('rejects something that is not an object', () => {
    expect(errorsOf(null)).toEqual(['facts must be an object']);
    expect(errorsOf([valid])).toEqual(['facts must be an object']);
  });

  it('rejects an empty or unknown list of data categories', () => {
    expect(errorsOf({ ...valid, dataCategories: [] })).toEqual(['dataCategories must contain at least 1 elements']);
    expect(errorsOf({ ...valid, dataCategories: 'contact' })).toEqual(['dataCategories must be an array']);
    expect(errorsOf({ ...valid, dataCategories: ['contact', 'gossip'] })).toEqual([
      expect.stringMatching(/^each value in dataCategories must be one of the following values: contact, /),
    ]);
  });

  it('keeps a category listed twice once', () => {
    const result = validateAssessmentFacts({
      ...valid,
      dataCategories: ['contact', 'contact'],
    });
    expect(result.ok && result.facts.dataCategories).toEqual(['contact']);
  });

  it('rejects a dpcAdjustment outside −3…+3 or not a whole number', () => {
    expect(errorsOf({ ...valid, dpcAdjustment: 4, dpcAdjustmentReason: 'x' })).toEqual([
      'dpcAdjustment must not be greater than 3',
    ]);
    expect(errorsOf({ ...valid, dpcAdjustment: -4, dpcAdjustmentReason: 'x' })).toEqual([
      'dpcAdjustment must not be less than -3',
    ]);
    expect(errorsOf({ ...valid, dpcAdjustment: 1.5, dpcAdjustmentReason: 'x' })).toEqual([
      'dpcAdjustment must be an integer number',
    ]);
    expect(errorsOf({ ...valid, dpcAdjustment: '1', dpcAdjustmentReason: 'x' })).toEqual([
      'dpcAdjustment must be an integer number',
    ]);
  });

  it('requires a reason when the DPC is adjusted, and trims it', () => {
    expect(errorsOf({ ...valid, dpcAdjustment: 1 })).toEqual([
      'dpcAdjustmentReason is required when dpcAdjustment is not 0',
    ]);
    expect(errorsOf({ ...valid, dpcAdjustment: -2, dpcAdjustmentReason: '   ' })).toEqual([
      'dpcAdjustmentReason is required when dpcAdjustment is not 0',
    ]);
    const result = validateAssessmentFacts({
      ...valid,
      dpcAdjustment: 1,
      dpcAdjustmentReason: '  a year of statements ',
    });
    expect(result.ok && result.facts.dpcAdjustmentReason).toBe('a year of statements');
    expect(errorsOf({ ...valid, dpcAdjustmentReason: 12 })).toEqual(['dpcAdjustmentReason must be a string']);
  });

  it('rejects a negative or fractional number of data subjects', () => {
    expect(errorsOf({ ...valid, subjectsCount: -1 })).toEqual(['subjectsCount must not be less than 0']);
    expect(errorsOf({ ...valid, subjectsCount: 2.5 })).toEqual(['subjectsCount must be an integer number']);
  });

  it('names each enum field and its allowed values', () => {
    expect(errorsOf({ ...valid, role: 'owner' })).toEqual([
      'role must be one of the following values: controller, processor',
    ]);
    expect(errorsOf({ ...valid, identifiability: 'total' })).toEqual([
      'identifiability must be one of the following values: negligible, limited, significant, maximum',
    ]);
    expect(errorsOf({ ...valid, confidentiality: undefined })).toEqual([
      'confidentiality must be one of the following values: none, exposed, known_recipients, unknown_recipients',
    ]);
    expect(errorsOf({ ...valid, integrity: 'broken' })).toEqual([
      'integrity must be one of the following values: none, altered, recoverable, unrecoverable',
    ]);
    expect(errorsOf({ ...valid, availability: 3 })).toEqual([
      'availability must be one of the following values: none, recoverable, temporary, permanent',
    ]);
  });

  it('requires the yes/no facts to be booleans and allows null only where the fact may be unknown', () => {
    expect(errorsOf({ ...valid, malicious: 'yes' })).toEqual(['malicious must be a boolean value']);
    expect(errorsOf({ ...valid, vulnerableSubjects: null })).toEqual(['vulnerableSubjects must be a boolean value']);
    expect(errorsOf({ ...valid, backupAvailable: 'unknown' })).toEqual(['backupAvailable must be a boolean value']);
    expect(
      errorsOf({
        ...valid,
        exfiltrationEvidence: null,
        backupAvailable: false,
      }),
    ).toEqual([]);
  });

  it('rejects properties it does not know, unless told to ignore them', () => {
    expect(errorsOf({ ...valid, identifyability: 'limited' })).toEqual(['property identifyability should not exist']);
    expect(validateAssessmentFacts({ ...valid, extra: 1 }, { forbidUnknownProperties: false }).ok).toBe(true);
  });

  it('reports every problem at once, prefixed with the path of the nested object', () => {
    const result = validateAssessmentFacts({ ...valid, dataCategories: [], dpcAdjustment: 9 }, { path: 'facts' });
    expect(result).toEqual({
      ok: false,
      errors: [
        'facts.dataCategories must contain at least 1 elements',
        'facts.dpcAdjustment must not be greater than 3',
        'facts.dpcAdjustmentReason is required when facts.dpcAdjustment is not 0',
      ],
    });
  });
});
