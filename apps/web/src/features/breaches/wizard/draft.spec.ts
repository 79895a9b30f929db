import { derivedRole, emptyDraft, neededLanguages, toCreateBody } from './draft';

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
});
