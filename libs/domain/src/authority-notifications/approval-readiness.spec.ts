import fc from 'fast-check';
import {
  approvalReadiness,
  approvalReadinessErrors,
  missingAnswerPaths,
  validateMissingAnswerReasons,
} from './approval-readiness';
import { completeness } from './completeness';
import { type AuthorityNotificationContent } from './content';
import { emptyAuthorityNotificationContent, mergeAuthorityNotificationContent } from './validate-content';

const withNotification = (phased: boolean): AuthorityNotificationContent =>
  mergeAuthorityNotificationContent(emptyAuthorityNotificationContent(), {
    notification: { legalBasis: ['avg'], phased, ...(phased ? { phasedExplanation: 'Onderzoek loopt' } : {}) },
  });

describe('approvalReadiness', () => {
  it('an incomplete, not phased form is refused, naming every missing answer by path', () => {
    const r = approvalReadiness(withNotification(false), { late: false }, {});
    expect(r.ready).toBe(false);
    expect(r.blocking).toEqual(r.missing);
    expect(r.missing).toContain('timeline.discoveredAt');
    const errors = approvalReadinessErrors(r);
    expect(errors[0]).toMatch(/^content\.contact\.organisationName is a required answer and is missing/);
    expect(errors[0]).toMatch(/mark the notification phased/);
  });

  it('reasons do not excuse missing answers when the notification is not phased', () => {
    const content = withNotification(false);
    const reasons = Object.fromEntries(missingAnswerPaths(content, { late: false }).map((p) => [p, 'volgt']));
    expect(approvalReadiness(content, { late: false }, reasons).ready).toBe(false);
  });

  it('a phased form is ready when every missing answer has a reason, and names those without', () => {
    const content = withNotification(true);
    const missing = missingAnswerPaths(content, { late: false });
    const [first, ...rest] = missing;
    const partial = Object.fromEntries(rest.map((p) => [p, 'Volgt in de vervolgmelding']));
    const r = approvalReadiness(content, { late: false }, partial);
    expect(r.ready).toBe(false);
    expect(r.blocking).toEqual([first]);
    expect(approvalReadinessErrors(r)[0]).toMatch(new RegExp(`missingAnswerReasons\\["${first}"\\]`));
    expect(approvalReadiness(content, { late: false }, { ...partial, [first!]: 'Nog onbekend' }).ready).toBe(true);
  });

  it('a blank reason is no reason', () => {
    const content = withNotification(true);
    const reasons = Object.fromEntries(missingAnswerPaths(content, { late: false }).map((p) => [p, '   ']));
    expect(approvalReadiness(content, { late: false }, reasons).ready).toBe(false);
  });

  it('the reason for delay is asked once the deadline has passed', () => {
    const content = withNotification(false);
    expect(missingAnswerPaths(content, { late: false })).not.toContain('timeline.lateReason');
    expect(missingAnswerPaths(content, { late: true })).toContain('timeline.lateReason');
  });

  it('is ready exactly when the form is complete, for a form that is not phased (property)', () => {
    fc.assert(
      fc.property(fc.boolean(), (late) => {
        const content = withNotification(false);
        const r = approvalReadiness(content, { late }, {});
        expect(r.ready).toBe(completeness(content, { late }).complete);
        expect(r.missing.length).toBe(completeness(content, { late }).total - completeness(content, { late }).answered);
      }),
    );
  });

  it('for a phased form, blocking is exactly the missing answers without a reason (property)', () => {
    const content = withNotification(true);
    const paths = missingAnswerPaths(content, { late: false });
    fc.assert(
      fc.property(fc.subarray(paths), (reasoned) => {
        const reasons = Object.fromEntries(reasoned.map((p) => [p, 'reden']));
        const r = approvalReadiness(content, { late: false }, reasons);
        expect(new Set(r.blocking)).toEqual(new Set(paths.filter((p) => !reasoned.includes(p))));
        expect(r.ready).toBe(reasoned.length === paths.length);
      }),
    );
  });
});

describe('validateMissingAnswerReasons', () => {
  it('accepts nothing, and an object of form paths to text (trimmed, blanks dropped)', () => {
    expect(validateMissingAnswerReasons(undefined)).toEqual({ ok: true, reasons: {} });
    expect(validateMissingAnswerReasons({ 'timeline.containedAt': ' nog niet ', 'breach.summary': ' ' })).toEqual({
      ok: true,
      reasons: { 'timeline.containedAt': 'nog niet' },
    });
  });

  it('names unknown paths, non-strings and too-long reasons', () => {
    const r = validateMissingAnswerReasons({
      'timeline.nope': 'x',
      'timeline.containedAt': 3,
      'breach.summary': 'x'.repeat(2_001),
    });
    expect(r).toEqual({
      ok: false,
      errors: [
        'missingAnswerReasons["timeline.nope"] is not a question of the AP form',
        'missingAnswerReasons["timeline.containedAt"] must be a string',
        'missingAnswerReasons["breach.summary"] must be at most 2000 characters',
      ],
    });
    expect(validateMissingAnswerReasons([])).toEqual({ ok: false, errors: ['missingAnswerReasons must be an object'] });
  });
});
