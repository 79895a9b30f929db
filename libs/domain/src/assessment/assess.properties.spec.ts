import fc from 'fast-check';
import { assess } from './assess';
import {
  type AssessmentFacts,
  AVAILABILITY_LEVELS,
  CONFIDENTIALITY_LEVELS,
  DATA_CATEGORIES,
  type DataCategory,
  IDENTIFIABILITY_LEVELS,
  INTEGRITY_LEVELS,
  PROCESSING_ROLES,
} from './assessment-input';
import { type AssessmentOutcome } from './assessment-outcome';
import { DPC_BASE_SCORES, ENISA_SCORE_MAX, ENISA_SCORE_MIN, severityBand } from './enisa';
import { validateAssessmentFacts } from './validate-assessment-input';

const nullableBoolean = fc.constantFrom(true, false, null);

const factsArbitrary: fc.Arbitrary<AssessmentFacts> = fc
  .record({
    role: fc.constantFrom(...PROCESSING_ROLES),
    dataCategories: fc.uniqueArray(fc.constantFrom(...DATA_CATEGORIES), {
      minLength: 1,
      maxLength: 4,
    }),
    dpcAdjustment: fc.integer({ min: -3, max: 3 }),
    subjectsCount: fc.option(fc.integer({ min: 0, max: 2_000_000 }), {
      nil: null,
    }),
    vulnerableSubjects: fc.boolean(),
    identifiability: fc.constantFrom(...IDENTIFIABILITY_LEVELS),
    confidentiality: fc.constantFrom(...CONFIDENTIALITY_LEVELS),
    integrity: fc.constantFrom(...INTEGRITY_LEVELS),
    availability: fc.constantFrom(...AVAILABILITY_LEVELS),
    malicious: fc.boolean(),
    dataUnintelligible: fc.boolean(),
    recipientTrusted: fc.boolean(),
    exfiltrationEvidence: nullableBoolean,
    backupAvailable: nullableBoolean,
    financialUndertaking: fc.boolean(),
  })
  .map((facts) => ({
    ...facts,
    dpcAdjustmentReason: facts.dpcAdjustment === 0 ? null : 'context of the controller',
  }));

/** "b never drops a duty a had": a requirement that is on in `before` stays on in `after`. */
function keepsEveryRequirement(before: AssessmentOutcome, after: AssessmentOutcome): void {
  if (before.authority.required) expect(after.authority.required).toBe(true);
  if (before.authority.notifyController) expect(after.authority.notifyController).toBe(true);
  if (before.dataSubjects.required) expect(after.dataSubjects.required).toBe(true);
}

describe('assess: properties', () => {
  it('keeps the ENISA score within its bounds, on two decimals, in the band its value belongs to', () => {
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        const { enisa } = assess(facts);
        expect(enisa.score).toBeGreaterThanOrEqual(ENISA_SCORE_MIN);
        expect(enisa.score).toBeLessThanOrEqual(ENISA_SCORE_MAX);
        expect(Math.round(enisa.score * 100) / 100).toBe(enisa.score);
        expect(enisa.dpc).toBeGreaterThanOrEqual(1);
        expect(enisa.dpc).toBeLessThanOrEqual(4);
        expect(enisa.band).toBe(severityBand(enisa.score));
      }),
    );
  });

  it('never lowers the score nor drops a requirement when malicious intent is added', () => {
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        const before = assess({ ...facts, malicious: false });
        const after = assess({ ...facts, malicious: true });
        expect(after.enisa.score).toBeGreaterThanOrEqual(before.enisa.score);
        keepsEveryRequirement(before, after);
      }),
    );
  });

  it('never lowers the score nor drops a requirement when a data category is added', () => {
    fc.assert(
      fc.property(factsArbitrary, fc.constantFrom(...DATA_CATEGORIES), (facts, added) => {
        const before = assess(facts);
        const after = assess({
          ...facts,
          dataCategories: [...new Set([...facts.dataCategories, added])],
        });
        expect(after.enisa.score).toBeGreaterThanOrEqual(before.enisa.score);
        keepsEveryRequirement(before, after);
      }),
    );
  });

  it('never lowers the score nor drops a requirement when a category is replaced by a more sensitive one', () => {
    const moreSensitivePairs: Array<[DataCategory, DataCategory]> = DATA_CATEGORIES.flatMap((from) =>
      DATA_CATEGORIES.filter((to) => DPC_BASE_SCORES[to] > DPC_BASE_SCORES[from]).map(
        (to): [DataCategory, DataCategory] => [from, to],
      ),
    );
    fc.assert(
      fc.property(factsArbitrary, fc.constantFrom(...moreSensitivePairs), (facts, [from, to]) => {
        const before = assess({ ...facts, dataCategories: [from] });
        const after = assess({ ...facts, dataCategories: [to] });
        expect(after.enisa.score).toBeGreaterThanOrEqual(before.enisa.score);
        keepsEveryRequirement(before, after);
      }),
    );
  });

  it('never lowers the score nor drops a requirement when more people are affected', () => {
    fc.assert(
      fc.property(
        factsArbitrary,
        fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (facts, fewer, extra) => {
          const before = assess({ ...facts, subjectsCount: fewer });
          const after = assess({
            ...facts,
            subjectsCount: (fewer ?? 0) + extra,
          });
          expect(after.enisa.score).toBeGreaterThanOrEqual(before.enisa.score);
          keepsEveryRequirement(before, after);
        },
      ),
    );
  });

  it('never drops a requirement when the people turn out to be vulnerable', () => {
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        keepsEveryRequirement(
          assess({ ...facts, vulnerableSubjects: false }),
          assess({ ...facts, vulnerableSubjects: true }),
        );
      }),
    );
  });

  it('never turns a requirement on when the data turn out to be unintelligible', () => {
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        keepsEveryRequirement(
          assess({ ...facts, dataUnintelligible: true }),
          assess({ ...facts, dataUnintelligible: false }),
        );
      }),
    );
  });

  it('never requires the AP from a processor, and always has the processor tell the controller', () => {
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        const outcome = assess({ ...facts, role: 'processor' });
        expect(outcome.authority).toEqual({
          required: false,
          notifyController: true,
        });
        expect(outcome.dataSubjects.required).toBe(false);
      }),
    );
  });

  it('as controller, only requires informing data subjects when the AP is notified too, and never with an exception', () => {
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        const outcome = assess({ ...facts, role: 'controller' });
        expect(outcome.authority.notifyController).toBe(false);
        if (outcome.dataSubjects.required) {
          expect(outcome.authority.required).toBe(true);
          expect(outcome.dataSubjects.exception).toBeNull();
        }
        if (outcome.dataSubjects.exception === 'unintelligible') expect(facts.dataUnintelligible).toBe(true);
        const art33 = outcome.rules.filter((rule) => rule.code === 'ART33_RISK' || rule.code === 'ART33_UNLIKELY_RISK');
        expect(art33.map((rule) => rule.code)).toEqual([
          outcome.authority.required ? 'ART33_RISK' : 'ART33_UNLIKELY_RISK',
        ]);
      }),
    );
  });

  it('never informs data subjects under art. 34 for a financial undertaking', () => {
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        expect(assess({ ...facts, financialUndertaking: true }).dataSubjects.required).toBe(false);
      }),
    );
  });

  it('accepts every well-formed input unchanged', () => {
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        expect(validateAssessmentFacts(facts)).toEqual({ ok: true, facts });
      }),
    );
  });

  it('rejects every dpcAdjustment outside −3…+3', () => {
    fc.assert(
      fc.property(
        factsArbitrary,
        fc.oneof(fc.integer({ min: 4, max: 1000 }), fc.integer({ min: -1000, max: -4 })),
        (facts, adjustment) => {
          const result = validateAssessmentFacts({
            ...facts,
            dpcAdjustment: adjustment,
            dpcAdjustmentReason: 'why',
          });
          expect(result).toEqual({
            ok: false,
            errors: [
              adjustment > 0 ? 'dpcAdjustment must not be greater than 3' : 'dpcAdjustment must not be less than -3',
            ],
          });
        },
      ),
    );
  });
});
