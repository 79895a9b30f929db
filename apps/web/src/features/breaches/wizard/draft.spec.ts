import { draftKey, derivedRole, emptyDraft, loadDraft, neededLanguages, saveDraft, toCreateBody } from './draft';

describe('wizard draft: customers and their slices', () => {
  const slice = {
    role: 'processor' as const,
    dataCategories: ['contact' as const],
    subjectsCount: 12 as number | '',
    groupsOfPeople: ['leerlingen'],
    recordsEstimate: '' as number | '',
  };

  it('derives our role from the customers: processor by default, controller as soon as one slice is ours', () => {
    expect(derivedRole([])).toBe('controller');
    expect(derivedRole([{ role: 'processor' }, { role: 'processor' }])).toBe('processor');
    expect(derivedRole([{ role: 'processor' }, { role: 'controller' }])).toBe('controller');
  });

  it('needs a customer summary only in the languages the chosen customers read', () => {
    expect(neededLanguages([])).toEqual([]);
    expect(neededLanguages([{ language: 'nl' }, {}])).toEqual(['nl']);
    expect(neededLanguages([{ language: 'en' }, { language: 'nl' }])).toEqual(['nl', 'en']);
  });

  it('sends the summary, each customer’s slice and the derived role', () => {
    const draft = {
      ...emptyDraft(Date.parse('2026-11-20T09:00:00Z')),
      title: 'Laptop',
      cause: 'lost_or_stolen_device' as const,
      customerSummary: { nl: '  Een laptop is gestolen. ', en: '' },
      affectedCustomers: [{ customerId: 'c1', language: 'nl' as const, ...slice }],
    };
    const body = toCreateBody(draft);
    expect(body.customerSummary).toEqual({ nl: 'Een laptop is gestolen.', en: null });
    expect(body.facts?.role).toBe('processor');
    expect(body.affectedCustomers).toEqual([
      {
        customerId: 'c1',
        role: 'processor',
        dataCategories: ['contact'],
        subjectsCount: 12,
        groupsOfPeople: ['leerlingen'],
        recordsEstimate: null,
      },
    ]);
  });
  it('sends measures and consequences for customers only in the languages the customers read, and the contact person', () => {
    const draft = {
      ...emptyDraft(Date.parse('2026-11-20T09:00:00Z')),
      title: 'Laptop',
      cause: 'lost_or_stolen_device' as const,
      contactPersonId: 'u-7',
      customerSummary: { nl: 'Een laptop is gestolen.', en: 'A laptop was stolen.' },
      customerMeasures: { nl: ' Op afstand gewist. ', en: 'Wiped remotely.' },
      customerConsequences: { nl: '', en: 'Left over from a removed customer' },
      affectedCustomers: [{ customerId: 'c1', language: 'nl' as const, ...slice }],
    };
    const body = toCreateBody(draft);
    expect(body.customerSummary).toEqual({ nl: 'Een laptop is gestolen.', en: null });
    expect(body.customerMeasures).toEqual({ nl: 'Op afstand gewist.', en: null });
    expect(body.customerConsequences).toEqual({ nl: null, en: null });
    expect(body.contactPersonId).toBe('u-7');
    expect(toCreateBody({ ...draft, contactPersonId: '' }).contactPersonId).toBeNull();
  });

  it('keeps the customer texts and the contact person in the saved draft, and restores an older draft without them', () => {
    const values = {
      ...emptyDraft(),
      contactPersonId: 'u-7',
      customerMeasures: { nl: 'Gewist.', en: 'Wiped.' },
      customerConsequences: { nl: 'Geen.', en: '' },
    };
    saveDraft('me', 3, values);
    const restored = loadDraft('me');
    expect(restored?.step).toBe(3);
    expect(restored?.values).toMatchObject({
      contactPersonId: 'u-7',
      customerMeasures: { nl: 'Gewist.', en: 'Wiped.' },
      customerConsequences: { nl: 'Geen.', en: '' },
    });

    // a draft saved before these fields existed
    const { customerMeasures: _m, customerConsequences: _c, contactPersonId: _p, ...older } = values;
    window.localStorage.setItem(
      draftKey('old'),
      JSON.stringify({ version: 1, step: 2, values: older, savedAt: '2026-11-20T09:00:00Z' }),
    );
    expect(loadDraft('old')?.values).toMatchObject({
      contactPersonId: '',
      customerMeasures: { nl: '', en: '' },
      customerConsequences: { nl: '', en: '' },
    });
  });
});
