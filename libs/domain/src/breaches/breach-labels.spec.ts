import { DATA_CATEGORIES } from '../assessment/assessment-input';
import { INCIDENT_TYPES } from '../authority-notifications/content';
import { OPTION_LABELS } from '../authority-notifications/form';
import { CATEGORY_LABEL, CAUSE_LABEL } from '../notices/notice-labels';
import { BREACH_CAUSE_LABELS, causeLabelsFor, DATA_CATEGORY_LABELS, labelsIn } from './breach-labels';

describe('breach labels: one table for every reader', () => {
  it('names every cause for customers and for the AP, in Dutch and English', () => {
    for (const cause of INCIDENT_TYPES) {
      for (const reader of ['customer', 'authority'] as const) {
        expect(BREACH_CAUSE_LABELS[cause][reader].nl.trim()).not.toBe('');
        expect(BREACH_CAUSE_LABELS[cause][reader].en.trim()).not.toBe('');
      }
    }
    expect(Object.keys(BREACH_CAUSE_LABELS).sort()).toEqual([...INCIDENT_TYPES].sort());
  });

  it('names every kind of personal data in Dutch and English', () => {
    for (const category of DATA_CATEGORIES) {
      expect(DATA_CATEGORY_LABELS[category].nl.trim()).not.toBe('');
      expect(DATA_CATEGORY_LABELS[category].en.trim()).not.toBe('');
    }
    expect(Object.keys(DATA_CATEGORY_LABELS).sort()).toEqual([...DATA_CATEGORIES].sort());
  });

  it('a ransomware breach reads as "malware / ransomware" in a notice, and in its own words on the AP form', () => {
    expect(CAUSE_LABEL.nl['malware']).toBe('malware / ransomware');
    expect(OPTION_LABELS['malware']).toEqual({
      nl: 'Malware (bijvoorbeeld ransomware)',
      en: 'Malware (e.g. ransomware)',
    });
  });

  it("the notice's cause words are the customers' column of the table", () => {
    for (const language of ['nl', 'en'] as const) {
      expect(CAUSE_LABEL[language]).toEqual(labelsIn(causeLabelsFor('customer'), language));
    }
  });

  it("the AP form's incident-type options are the authority's column of the table", () => {
    for (const cause of INCIDENT_TYPES) expect(OPTION_LABELS[cause]).toEqual(BREACH_CAUSE_LABELS[cause].authority);
  });

  it("a notice names health data in the customer's language", () => {
    expect(CATEGORY_LABEL.nl['special_category_health']).toBe('gezondheidsgegevens');
    expect(CATEGORY_LABEL.en['special_category_health']).toBe('health data');
    for (const language of ['nl', 'en'] as const)
      expect(CATEGORY_LABEL[language]).toEqual(labelsIn(DATA_CATEGORY_LABELS, language));
  });
});
