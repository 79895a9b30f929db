import { AP_FORM, applicableFields, changedAnswers, sectionAnswers, textAnswer } from './form-model';

describe('AP form model', () => {
  it('has the AP form sections 0–9 in order', () => {
    expect(AP_FORM.map((s) => s.number)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('sends only the answers that changed, null for a cleared one', () => {
    const initial = { summary: 'a', incidentType: 'hacking', breachTypes: ['integrity'] };
    const current = { summary: 'a', incidentType: null, breachTypes: ['integrity', 'availability'] };
    expect(changedAnswers(initial, current)).toEqual({
      incidentType: null,
      breachTypes: ['integrity', 'availability'],
    });
    expect(changedAnswers(initial, { ...initial })).toEqual({});
  });

  it('shows a follow-up question only once it applies, using unsaved edits', () => {
    const notification = AP_FORM[0];
    const content = { notification: { legalBasis: ['avg'], phased: false, phasedExplanation: null } };
    expect(applicableFields(notification, content, {}, false).map((f) => f.key)).not.toContain('phasedExplanation');
    expect(applicableFields(notification, content, { phased: true }, false).map((f) => f.key)).toContain(
      'phasedExplanation',
    );
  });

  it('reads a section, and treats blank text as unanswered', () => {
    expect(sectionAnswers({ other: { additionalInformation: 'x' } }, 'other')).toEqual({ additionalInformation: 'x' });
    expect(sectionAnswers({}, 'other')).toEqual({});
    expect(textAnswer('  ')).toBeNull();
    expect(textAnswer(' a ')).toBe(' a ');
  });
});
