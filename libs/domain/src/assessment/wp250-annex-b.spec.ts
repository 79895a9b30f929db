import { assess } from './assess';
import { type AssessmentFacts } from './assessment-input';

/*
 * WP250rev.01 Annex B, as listed in legal.md §5. Where the guideline says "depends on the data",
 * both sides are specified: the low-sensitivity variant and the sensitive one.
 */
const facts = (overrides: Partial<AssessmentFacts> = {}): AssessmentFacts => ({
  role: 'controller',
  dataCategories: ['contact'],
  dpcAdjustment: 0,
  dpcAdjustmentReason: null,
  subjectsCount: 50,
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

describe('WP250 Annex B examples', () => {
  it('WP250 example i: a stolen backup USB key with state-of-the-art encryption, key safe and a backup needs neither AP nor data subjects', () => {
    const outcome = assess(
      facts({
        dataCategories: ['contact', 'financial', 'special_category_health'],
        subjectsCount: 5000,
        confidentiality: 'exposed',
        availability: 'recoverable',
        malicious: true,
        dataUnintelligible: true,
        backupAvailable: true,
      }),
    );
    expect(outcome.authority.required).toBe(false);
    expect(outcome.dataSubjects.required).toBe(false);
    expect(outcome.dataSubjects.exception).toBe('unintelligible');
    expect(codes(outcome)).toEqual(
      expect.arrayContaining([
        'RISK_UNINTELLIGIBLE',
        'RISK_BACKUP_AVAILABLE',
        'ART33_UNLIKELY_RISK',
        'ART34_3A_UNINTELLIGIBLE',
      ]),
    );
  });

  it('WP250 example ii: an online service hacked with contact data exfiltrated must be notified to the AP; data subjects are not required for low-sensitivity data', () => {
    const outcome = assess(
      facts({
        confidentiality: 'unknown_recipients',
        malicious: true,
        exfiltrationEvidence: true,
        subjectsCount: 800,
      }),
    );
    expect(outcome.authority.required).toBe(true);
    expect(outcome.dataSubjects.required).toBe(false);
    expect(codes(outcome)).toEqual(expect.arrayContaining(['ART33_RISK', 'ART34_NO_HIGH_RISK']));
  });

  it('WP250 example ii: an online service hacked with financial data exfiltrated requires informing the data subjects', () => {
    const outcome = assess(
      facts({
        dataCategories: ['contact', 'financial'],
        confidentiality: 'unknown_recipients',
        malicious: true,
        exfiltrationEvidence: true,
        subjectsCount: 800,
      }),
    );
    expect(outcome.authority.required).toBe(true);
    expect(outcome.dataSubjects.required).toBe(true);
    expect(codes(outcome)).toEqual(
      expect.arrayContaining(['ART33_RISK', 'ART34_HIGH_RISK', 'RISK_FRAUD_SENSITIVE_DATA']),
    );
  });

  it('WP250 example iii: a power outage of a few minutes at a call centre is only recorded', () => {
    const outcome = assess(
      facts({
        dataCategories: ['contact', 'financial'],
        subjectsCount: 20000,
        availability: 'recoverable',
      }),
    );
    expect(outcome.authority.required).toBe(false);
    expect(outcome.dataSubjects.required).toBe(false);
    expect(codes(outcome)).toEqual(expect.arrayContaining(['RISK_AVAILABILITY_BRIEF', 'ART33_UNLIKELY_RISK']));
  });

  it('WP250 example iv: ransomware without backup or exfiltration must be notified to the AP for the loss of availability', () => {
    const outcome = assess(
      facts({
        availability: 'permanent',
        malicious: true,
        exfiltrationEvidence: false,
        backupAvailable: false,
        subjectsCount: 300,
      }),
    );
    expect(outcome.authority.required).toBe(true);
    expect(outcome.dataSubjects.required).toBe(false);
    expect(codes(outcome)).toEqual(expect.arrayContaining(['RISK_AVAILABILITY_LOSS', 'RISK_MALICIOUS', 'ART33_RISK']));
  });

  it('WP250 example iv: ransomware without backup destroying health records requires informing the data subjects', () => {
    const outcome = assess(
      facts({
        dataCategories: ['special_category_health'],
        availability: 'permanent',
        malicious: true,
        exfiltrationEvidence: false,
        backupAvailable: false,
      }),
    );
    expect(outcome.authority.required).toBe(true);
    expect(outcome.dataSubjects.required).toBe(true);
  });

  it('WP250 example iv: ransomware whose data a backup restores in good time needs neither AP nor data subjects', () => {
    const outcome = assess(
      facts({
        dataCategories: ['contact', 'financial'],
        availability: 'recoverable',
        malicious: true,
        exfiltrationEvidence: false,
        backupAvailable: true,
      }),
    );
    expect(outcome.authority.required).toBe(false);
    expect(outcome.dataSubjects.required).toBe(false);
  });

  it('WP250 example v: a customer receiving someone else’s bank statement must be notified to the AP and the affected individual informed of the high risk', () => {
    const outcome = assess(
      facts({
        dataCategories: ['contact', 'financial'],
        confidentiality: 'known_recipients',
        subjectsCount: 1,
      }),
    );
    expect(outcome.authority.required).toBe(true);
    expect(outcome.dataSubjects.required).toBe(true);
  });

  it('WP250 example v: for a Dutch bank (Wft financial undertaking) art. 34 does not apply, the AP is still notified', () => {
    const outcome = assess(
      facts({
        dataCategories: ['contact', 'financial'],
        confidentiality: 'known_recipients',
        subjectsCount: 1,
        financialUndertaking: true,
      }),
    );
    expect(outcome.authority.required).toBe(true);
    expect(outcome.dataSubjects.required).toBe(false);
    expect(codes(outcome)).toContain('UAVG_42_FINANCIAL');
  });

  it('WP250 example vi: a hacked marketplace publishing usernames, passwords and purchase history requires AP and data subjects', () => {
    const outcome = assess(
      facts({
        dataCategories: ['contact', 'credentials', 'location_behavioural'],
        subjectsCount: 250000,
        confidentiality: 'unknown_recipients',
        malicious: true,
        exfiltrationEvidence: true,
      }),
    );
    expect(outcome.authority.required).toBe(true);
    expect(outcome.dataSubjects.required).toBe(true);
  });

  it('WP250 example vii: the hosting processor whose bug exposed accounts tells its controllers and notifies neither AP nor data subjects itself', () => {
    const outcome = assess(
      facts({
        role: 'processor',
        confidentiality: 'known_recipients',
        subjectsCount: 300,
        exfiltrationEvidence: false,
      }),
    );
    expect(outcome.authority).toEqual({
      required: false,
      notifyController: true,
    });
    expect(outcome.dataSubjects).toEqual({ required: false, exception: null });
    expect(codes(outcome)).toEqual(expect.arrayContaining(['ART33_2_PROCESSOR', 'ART34_CONTROLLER_DECIDES']));
  });

  it('WP250 example vii: each controller of the hosting bug notifies the AP; data subjects only when high risk', () => {
    const outcome = assess(facts({ confidentiality: 'known_recipients', subjectsCount: 300 }));
    expect(outcome.authority).toEqual({
      required: true,
      notifyController: false,
    });
    expect(outcome.dataSubjects.required).toBe(false);
  });

  it('WP250 example viii: hospital medical records unavailable for 30 hours after a cyber attack require AP and data subjects', () => {
    const outcome = assess(
      facts({
        dataCategories: ['contact', 'special_category_health'],
        subjectsCount: 40000,
        vulnerableSubjects: true,
        availability: 'temporary',
        malicious: true,
        backupAvailable: true,
      }),
    );
    expect(outcome.authority.required).toBe(true);
    expect(outcome.dataSubjects.required).toBe(true);
  });

  it('WP250 example ix: student data with national ID numbers sent to a 1,000+ recipient mailing list requires AP and data subjects', () => {
    const outcome = assess(
      facts({
        dataCategories: ['contact', 'national_id_number'],
        subjectsCount: 1200,
        confidentiality: 'known_recipients',
      }),
    );
    expect(outcome.authority.required).toBe(true);
    expect(outcome.dataSubjects.required).toBe(true);
  });

  it('WP250 example ix: only students’ names and e-mail addresses sent to the mailing list require the AP but not the data subjects', () => {
    const outcome = assess(facts({ subjectsCount: 1200, confidentiality: 'known_recipients' }));
    expect(outcome.authority.required).toBe(true);
    expect(outcome.dataSubjects.required).toBe(false);
  });

  it('WP250 example x: a marketing e-mail to a handful of people in To/CC is only recorded', () => {
    const outcome = assess(facts({ subjectsCount: 15, confidentiality: 'known_recipients' }));
    expect(outcome.authority.required).toBe(false);
    expect(outcome.dataSubjects.required).toBe(false);
  });

  it('WP250 example x: a marketing e-mail to many people in To/CC must be notified to the AP', () => {
    const outcome = assess(facts({ subjectsCount: 2000, confidentiality: 'known_recipients' }));
    expect(outcome.authority.required).toBe(true);
    expect(outcome.dataSubjects.required).toBe(false);
    expect(codes(outcome)).toContain('RISK_VOLUME');
  });

  it('WP250 example x: a To/CC e-mail whose addressee list reveals health (a clinic’s patients) requires AP and data subjects', () => {
    const outcome = assess(
      facts({
        dataCategories: ['contact', 'special_category_health'],
        subjectsCount: 60,
        confidentiality: 'known_recipients',
      }),
    );
    expect(outcome.authority.required).toBe(true);
    expect(outcome.dataSubjects.required).toBe(true);
    expect(codes(outcome)).toContain('RISK_SPECIAL_CATEGORY');
  });
});
