import { COMPLETE_AP_ANSWERS } from '../testing/ap-answers';
import { completeness } from './completeness';
import { type AuthorityNotificationContent } from './content';
import { AUTHORITY_NOTIFICATION_FORM } from './form';
import { emptyAuthorityNotificationContent, mergeAuthorityNotificationContent } from './validate-content';

const { lateReason: _askedWhenLate, ...timeline } = COMPLETE_AP_ANSWERS.timeline;

/** Every required answer, within the 72 hours (no reason for delay). */
const filled = (): AuthorityNotificationContent =>
  mergeAuthorityNotificationContent(null, { ...COMPLETE_AP_ANSWERS, timeline });

describe('completeness', () => {
  it('an empty form: nothing answered, every section counted, 0 %', () => {
    const result = completeness(emptyAuthorityNotificationContent());
    expect(result.answered).toBe(0);
    expect(result.percent).toBe(0);
    expect(result.complete).toBe(false);
    expect(result.sections.map((s) => s.number)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(result.sections.find((s) => s.key === 'contact')?.missing).toContain('reporterPhone');
  });

  it('every required question that applies answered: 100 % and complete', () => {
    const result = completeness(filled());
    expect(result.sections.filter((s) => s.answered !== s.total)).toEqual([]);
    expect(result).toMatchObject({ percent: 100, complete: true });
  });

  it('optional questions (sector, section 9) never make the form incomplete', () => {
    const other = completeness(filled()).sections.find((s) => s.key === 'other');
    expect(other).toMatchObject({ answered: 0, total: 0 });
  });

  it('a conditional question counts only once it applies: "other organisation: yes" asks which', () => {
    const c = filled();
    c.contact.otherOrganisationInvolved = true;
    const contact = completeness(c).sections.find((s) => s.key === 'contact');
    expect(contact?.missing).toEqual(['otherOrganisations']);
    expect(completeness(c).complete).toBe(false);
  });

  it('the reason for delay is asked only when the notification is late', () => {
    expect(completeness(filled(), { late: false }).complete).toBe(true);
    const late = completeness(filled(), { late: true });
    expect(late.sections.find((s) => s.key === 'timeline')?.missing).toEqual(['lateReason']);
  });

  it('informing data subjects: "planned" asks when, how and the text, not why not', () => {
    const c = filled();
    c.followUpActions.dataSubjectsInformed = 'planned';
    const section = completeness(c).sections.find((s) => s.key === 'followUpActions');
    expect(section?.missing).toEqual(['dataSubjectsInformedAt', 'dataSubjectsInformedHow', 'dataSubjectsMessage']);
  });

  it('a multi-choice needing one option is unanswered when empty; special categories [] means "none"', () => {
    const c = filled();
    c.personalData.categories = [];
    const section = completeness(c).sections.find((s) => s.key === 'personalData');
    expect(section?.missing).toEqual(['categories']);
  });

  it('rounds down: one missing answer never shows 100 %', () => {
    const c = filled();
    c.followUpActions.measuresTaken = null;
    const result = completeness(c);
    expect(result.total - result.answered).toBe(1);
    expect(result.percent).toBe(Math.floor(((result.total - 1) * 100) / result.total));
    expect(result.percent).toBeLessThan(100);
  });

  it('every required question of the form is counted by some section', () => {
    const required = AUTHORITY_NOTIFICATION_FORM.flatMap((s) => s.fields.filter((f) => f.required && !f.appliesWhen));
    const total = completeness(emptyAuthorityNotificationContent()).total;
    expect(total).toBe(required.length);
  });
});
