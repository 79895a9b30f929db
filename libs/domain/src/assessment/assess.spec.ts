import { assess } from './assess';
import { type AssessmentFacts } from './assessment-input';
import { RULE_CODES } from './rule-codes';

const facts = (overrides: Partial<AssessmentFacts> = {}): AssessmentFacts => ({
  role: 'controller',
  dataCategories: ['contact'],
  dpcAdjustment: 0,
  dpcAdjustmentReason: null,
  subjectsCount: 20,
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

const codes = (outcome: ReturnType<typeof assess>): string[] => outcome.rules.map((rule) => rule.code);

describe('assess: the outcome shape', () => {
  it('returns the ENISA parts, both duties and a rule trace that starts with the ENISA score', () => {
    const outcome = assess(
      facts({
        dataCategories: ['contact', 'financial'],
        confidentiality: 'unknown_recipients',
        malicious: true,
        subjectsCount: 1500,
      }),
    );
    expect(outcome.enisa).toEqual({
      dpc: 3,
      ei: 1,
      cb: 1,
      score: 4,
      band: 'very_high',
    });
    expect(outcome.authority).toEqual({
      required: true,
      notifyController: false,
    });
    expect(outcome.dataSubjects).toEqual({ required: true, exception: null });
    expect(outcome.rules[0]?.code).toBe('ENISA_SEVERITY');
    expect(outcome.rules[0]?.explanation.en).toContain('3 × 1.00 + 1.00 = 4.00: very high');
    expect(outcome.rules[0]?.explanation.nl).toContain('3 × 1,00 + 1,00 = 4,00: zeer hoog');
  });

  it('gives every fired rule a legal reference and a filled-in Dutch and English explanation', () => {
    const outcome = assess(
      facts({
        dataCategories: ['credentials', 'special_category_health'],
        confidentiality: 'unknown_recipients',
        identifiability: 'limited',
        vulnerableSubjects: true,
        subjectsCount: 200000,
        malicious: true,
        exfiltrationEvidence: true,
      }),
    );
    for (const rule of outcome.rules) {
      expect(RULE_CODES).toContain(rule.code);
      expect(rule.legalReference).not.toBe('');
      expect(rule.explanation.nl).not.toMatch(/\{\w+\}/);
      expect(rule.explanation.en).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('assess: art. 33, notifying the AP', () => {
  it('requires no AP notification when nothing was lost, and says so in the trace', () => {
    const outcome = assess(facts());
    expect(outcome.authority.required).toBe(false);
    expect(codes(outcome)).toEqual(
      expect.arrayContaining(['RISK_NO_IMPACT', 'ART33_UNLIKELY_RISK', 'ART34_NO_HIGH_RISK']),
    );
  });

  it('does not let a very high ENISA band alone create a duty: a brief outage of health records is unlikely to be a risk', () => {
    const outcome = assess(
      facts({
        dataCategories: ['special_category_health'],
        availability: 'recoverable',
        backupAvailable: true,
      }),
    );
    expect(outcome.enisa.band).toBe('very_high');
    expect(outcome.authority.required).toBe(false);
  });

  it('treats a lost unencrypted stick with identifiable special-category data as a high risk even without evidence of access', () => {
    const outcome = assess(
      facts({
        dataCategories: ['special_category_health'],
        confidentiality: 'exposed',
      }),
    );
    expect(outcome.authority.required).toBe(true);
    expect(outcome.dataSubjects.required).toBe(true);
  });

  it('treats a misdirected letter with trivial health data (DPC adjusted down) as unlikely to be a risk', () => {
    const outcome = assess(
      facts({
        dataCategories: ['contact', 'special_category_health'],
        dpcAdjustment: -3,
        dpcAdjustmentReason: 'only states that a routine check-up took place',
        confidentiality: 'known_recipients',
        subjectsCount: 1,
      }),
    );
    expect(outcome.enisa.dpc).toBe(1);
    expect(outcome.authority.required).toBe(false);
  });

  it('requires the AP when a thief takes an unencrypted laptop, because a thief is a recipient with intent', () => {
    const outcome = assess(facts({ confidentiality: 'exposed', malicious: true, subjectsCount: 40 }));
    expect(outcome.authority.required).toBe(true);
    expect(outcome.dataSubjects.required).toBe(false);
  });

  it('lets an investigation that found no exfiltration keep an intrusion an exposure: ransomware is then judged on availability', () => {
    const ransomware = facts({
      dataCategories: ['contact', 'financial'],
      confidentiality: 'exposed',
      availability: 'temporary',
      malicious: true,
    });
    expect(assess(ransomware).dataSubjects.required).toBe(true);
    const investigated = assess({ ...ransomware, exfiltrationEvidence: false });
    expect(investigated.authority.required).toBe(true);
    expect(investigated.dataSubjects.required).toBe(false);
  });

  it('treats a stolen unencrypted laptop with names, addresses and birth dates of 100,000+ people as a high risk (large scale)', () => {
    const outcome = assess(
      facts({
        confidentiality: 'exposed',
        malicious: true,
        subjectsCount: 120000,
        backupAvailable: false,
      }),
    );
    expect(outcome.authority.required).toBe(true);
    expect(outcome.dataSubjects.required).toBe(true);
    expect(codes(outcome)).toEqual(expect.arrayContaining(['RISK_LARGE_SCALE', 'ART34_3C_DISPROPORTIONATE']));
    expect(outcome.dataSubjects.exception).toBeNull();
  });

  it('requires no AP when the stolen laptop was encrypted to the state of the art with the key safe', () => {
    const outcome = assess(
      facts({
        dataCategories: ['financial'],
        confidentiality: 'exposed',
        malicious: true,
        dataUnintelligible: true,
        subjectsCount: 120000,
      }),
    );
    expect(outcome.authority.required).toBe(false);
    expect(outcome.dataSubjects).toEqual({
      required: false,
      exception: 'unintelligible',
    });
  });

  it('requires no AP for exfiltrated passwords hashed and salted to the state of the art', () => {
    const outcome = assess(
      facts({
        dataCategories: ['contact', 'credentials'],
        confidentiality: 'unknown_recipients',
        dataUnintelligible: true,
        malicious: true,
        exfiltrationEvidence: true,
        subjectsCount: 1200,
      }),
    );
    expect(outcome.authority.required).toBe(false);
    expect(outcome.dataSubjects.exception).toBe('unintelligible');
  });

  it('still requires the AP when encrypted data were destroyed without a backup: encryption protects confidentiality, not availability', () => {
    const outcome = assess(
      facts({
        dataCategories: ['financial'],
        availability: 'permanent',
        dataUnintelligible: true,
        backupAvailable: false,
        malicious: true,
      }),
    );
    expect(outcome.authority.required).toBe(true);
    expect(outcome.dataSubjects.required).toBe(true);
  });

  it('treats evidence of exfiltration as an established disclosure even when only exposure was entered', () => {
    const outcome = assess(
      facts({
        dataCategories: ['financial'],
        confidentiality: 'exposed',
        exfiltrationEvidence: true,
      }),
    );
    expect(codes(outcome)).toContain('RISK_EXFILTRATION');
    expect(outcome.dataSubjects.required).toBe(true);
  });

  it('ranks integrity: financial data altered and possibly misused by an attacker is a high risk', () => {
    const outcome = assess(
      facts({
        dataCategories: ['financial'],
        integrity: 'recoverable',
        malicious: true,
      }),
    );
    expect(outcome.authority.required).toBe(true);
    expect(outcome.dataSubjects.required).toBe(true);
    expect(codes(outcome)).toContain('RISK_INTEGRITY');
  });

  it('treats contact data altered without any incorrect use as unlikely to be a risk', () => {
    expect(assess(facts({ integrity: 'altered' })).authority.required).toBe(false);
  });
});

describe('assess: mitigations', () => {
  it('lowers the risk when the data went by mistake to a trusted recipient who confirmed deletion', () => {
    const base = facts({
      dataCategories: ['contact', 'special_category_health'],
      confidentiality: 'known_recipients',
      subjectsCount: 1,
    });
    expect(assess(base).dataSubjects.required).toBe(true);
    const outcome = assess({ ...base, recipientTrusted: true });
    expect(outcome.authority.required).toBe(false);
    expect(outcome.dataSubjects).toEqual({
      required: false,
      exception: 'subsequent_measures',
    });
    expect(codes(outcome)).toEqual(expect.arrayContaining(['RISK_TRUSTED_RECIPIENT', 'ART34_3B_SUBSEQUENT_MEASURES']));
  });

  it('does not credit a "trusted" recipient when the data were taken deliberately or went to unknown recipients', () => {
    const deliberate = assess(
      facts({
        dataCategories: ['financial'],
        confidentiality: 'known_recipients',
        malicious: true,
        recipientTrusted: true,
      }),
    );
    expect(deliberate.authority.required).toBe(true);
    expect(codes(deliberate)).toContain('RISK_TRUSTED_RECIPIENT_NOT_APPLIED');
    const published = assess(
      facts({
        dataCategories: ['financial'],
        confidentiality: 'unknown_recipients',
        recipientTrusted: true,
      }),
    );
    expect(published.dataSubjects.required).toBe(true);
  });

  it('treats a permanent loss as a delay when a backup exists', () => {
    const lost = facts({
      dataCategories: ['financial'],
      availability: 'permanent',
      backupAvailable: false,
    });
    expect(assess(lost).dataSubjects.required).toBe(true);
    const restorable = assess({ ...lost, backupAvailable: true });
    expect(restorable.authority.required).toBe(true);
    expect(restorable.dataSubjects).toEqual({
      required: false,
      exception: 'subsequent_measures',
    });
    expect(codes(restorable)).toContain('RISK_BACKUP_AVAILABLE');
  });

  it('treats a brief availability-only loss with a backup as unlikely to be a risk', () => {
    const outcome = assess(
      facts({
        dataCategories: ['contact', 'financial'],
        availability: 'recoverable',
        backupAvailable: true,
        malicious: true,
      }),
    );
    expect(outcome.authority.required).toBe(false);
    expect(outcome.dataSubjects.required).toBe(false);
  });
});

describe('assess: people affected', () => {
  it('raises the risk for vulnerable people: children’s contact data sent to the wrong parents must be notified', () => {
    const children = facts({
      confidentiality: 'known_recipients',
      subjectsCount: 30,
    });
    expect(assess(children).authority.required).toBe(false);
    const outcome = assess({ ...children, vulnerableSubjects: true });
    expect(outcome.authority.required).toBe(true);
    expect(codes(outcome)).toContain('RISK_VULNERABLE_SUBJECTS');
  });

  it('does not raise the risk for vulnerable people when nothing reached anyone (a brief outage)', () => {
    expect(assess(facts({ availability: 'recoverable', vulnerableSubjects: true })).authority.required).toBe(false);
  });

  it('records that the number of people is unknown instead of guessing it', () => {
    expect(codes(assess(facts({ confidentiality: 'known_recipients', subjectsCount: null })))).toContain(
      'RISK_SUBJECTS_UNKNOWN',
    );
  });

  it('notes limited identifiability as lowering the risk', () => {
    const outcome = assess(
      facts({
        dataCategories: ['financial'],
        confidentiality: 'unknown_recipients',
        identifiability: 'limited',
      }),
    );
    expect(codes(outcome)).toContain('RISK_IDENTIFIABILITY_LIMITED');
    expect(outcome.authority.required).toBe(true);
    expect(outcome.dataSubjects.required).toBe(false);
  });
});

describe('assess: roles and Dutch law', () => {
  it('as processor, tells the controller and leaves both notifications to the controller, with advice on the risk', () => {
    const outcome = assess(
      facts({
        role: 'processor',
        dataCategories: ['special_category_health'],
        confidentiality: 'unknown_recipients',
        malicious: true,
      }),
    );
    expect(outcome.authority).toEqual({
      required: false,
      notifyController: true,
    });
    expect(outcome.dataSubjects).toEqual({ required: false, exception: null });
    expect(codes(outcome)).toEqual(
      expect.arrayContaining(['ART33_2_PROCESSOR', 'ART34_CONTROLLER_DECIDES', 'PROCESSOR_ADVICE_HIGH_RISK']),
    );
    expect(codes(outcome)).not.toContain('ART33_RISK');
  });

  it('as processor, advises the controller that a harmless breach is unlikely to be a risk', () => {
    const outcome = assess(facts({ role: 'processor', availability: 'recoverable' }));
    expect(outcome.authority.notifyController).toBe(true);
    expect(codes(outcome)).toContain('PROCESSOR_ADVICE_UNLIKELY_RISK');
  });

  it('applies UAVG art. 42 to a financial undertaking: AP yes, no art. 34 duty towards data subjects', () => {
    const outcome = assess(
      facts({
        dataCategories: ['financial'],
        confidentiality: 'unknown_recipients',
        malicious: true,
        financialUndertaking: true,
      }),
    );
    expect(outcome.authority.required).toBe(true);
    expect(outcome.dataSubjects).toEqual({ required: false, exception: null });
    expect(codes(outcome)).toContain('UAVG_42_FINANCIAL');
    expect(codes(outcome)).not.toContain('ART34_HIGH_RISK');
  });
});
