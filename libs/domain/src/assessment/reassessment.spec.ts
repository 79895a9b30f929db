import fc from 'fast-check';
import { assess } from './assess';
import { type AssessmentFacts } from './assessment-input';
import { changedFacts, compareOutcomes, reassessmentOffer } from './reassessment';

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

describe('reassessmentOffer', () => {
  it('no changed facts: nothing to offer, even when an override made the final outcome differ', () => {
    const f = facts();
    const computed = assess(f);
    const overridden = structuredClone(computed);
    overridden.authority.required = !computed.authority.required;
    expect(
      reassessmentOffer({ assessedFacts: f, latestFinal: overridden, currentFacts: f, currentComputed: computed }),
    ).toBeNull();
  });

  it('a misdirected mail that turns out to carry health data of 1,500 people: AP and data subjects become required', () => {
    const before = facts({ confidentiality: 'known_recipients', recipientTrusted: true });
    const after = facts({
      confidentiality: 'unknown_recipients',
      recipientTrusted: false,
      dataCategories: ['contact', 'special_category_health'],
      subjectsCount: 1500,
    });
    const offer = reassessmentOffer({
      assessedFacts: before,
      latestFinal: assess(before),
      currentFacts: after,
      currentComputed: assess(after),
    });
    expect(offer?.changedFacts).toEqual(['confidentiality', 'dataCategories', 'recipientTrusted', 'subjectsCount']);
    expect(offer?.outcomeChanges).toEqual(
      expect.arrayContaining([
        { field: 'authority.required', from: false, to: true },
        { field: 'dataSubjects.required', from: false, to: true },
      ]),
    );
  });

  it('a changed fact that changes no outcome is offered with an empty list of outcome changes', () => {
    const before = facts({ subjectsCount: 20 });
    const after = facts({ subjectsCount: 21 });
    const offer = reassessmentOffer({
      assessedFacts: before,
      latestFinal: assess(before),
      currentFacts: after,
      currentComputed: assess(after),
    });
    expect(offer).toEqual({ changedFacts: ['subjectsCount'], outcomeChanges: [] });
  });

  it('key order and absent-versus-null do not count as changes', () => {
    const a = facts();
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as unknown as AssessmentFacts;
    expect(changedFacts(a, reordered)).toEqual([]);
    const { exfiltrationEvidence: _dropped, ...withoutKey } = a;
    expect(changedFacts(a, withoutKey as AssessmentFacts)).toEqual([]);
  });

  it('property: comparing an outcome with itself finds no change; every change names differing values', () => {
    const arbFacts = fc.record({
      subjectsCount: fc.integer({ min: 0, max: 100_000 }),
      vulnerableSubjects: fc.boolean(),
      malicious: fc.boolean(),
      dataUnintelligible: fc.boolean(),
      confidentiality: fc.constantFrom('none', 'exposed', 'known_recipients', 'unknown_recipients' as const),
    });
    fc.assert(
      fc.property(arbFacts, arbFacts, (x, y) => {
        const a = assess(facts(x as Partial<AssessmentFacts>));
        const b = assess(facts(y as Partial<AssessmentFacts>));
        expect(compareOutcomes(a, a)).toEqual([]);
        for (const change of compareOutcomes(a, b)) expect(change.from).not.toBe(change.to);
        const changed = changedFacts(facts(x as Partial<AssessmentFacts>), facts(y as Partial<AssessmentFacts>));
        for (const key of changed)
          expect((x as Record<string, unknown>)[key]).not.toEqual((y as Record<string, unknown>)[key]);
      }),
    );
  });
});
