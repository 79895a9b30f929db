import { art34ExceptionErrors, dataSubjectsInformedErrors, dataSubjectsSettledForClosure } from './data-subjects';

const discoveredAt = new Date('2026-11-20T09:00:00Z');
const now = new Date('2026-11-22T09:00:00Z');

describe('dataSubjectsInformedErrors', () => {
  const record = {
    informedAt: new Date('2026-11-21T12:00:00Z'),
    channel: 'email' as const,
    subjectsCount: 1500,
    message: 'Beste klant, ...',
    messageUrl: null,
  };
  it('a record with the text sent between discovery and now is accepted', () => {
    expect(dataSubjectsInformedErrors(record, discoveredAt, now)).toEqual([]);
  });
  it('a link instead of the text is enough', () => {
    expect(
      dataSubjectsInformedErrors({ ...record, message: null, messageUrl: 'https://x.test/m' }, discoveredAt, now),
    ).toEqual([]);
  });
  it('neither text nor link, a time in the future or before discovery: each named', () => {
    expect(
      dataSubjectsInformedErrors(
        { ...record, message: null, informedAt: new Date('2026-11-23T00:00:00Z') },
        discoveredAt,
        now,
      ),
    ).toEqual([
      'informedAt must not be in the future',
      'message or messageUrl is required (the text sent or a link to it)',
    ]);
    expect(
      dataSubjectsInformedErrors({ ...record, informedAt: new Date('2026-11-19T00:00:00Z') }, discoveredAt, now),
    ).toEqual(['informedAt must not be before the breach was discovered (discoveredAt)']);
  });
});

describe('art34ExceptionErrors', () => {
  const pc = { where: 'nu.nl en onze website', at: new Date('2026-11-21T08:00:00Z') };
  it('(a) unintelligible data and (b) subsequent measures stand on their own', () => {
    expect(art34ExceptionErrors({ ground: 'unintelligible', publicCommunication: null }, discoveredAt, now)).toEqual(
      [],
    );
    expect(
      art34ExceptionErrors({ ground: 'subsequent_measures', publicCommunication: null }, discoveredAt, now),
    ).toEqual([]);
  });
  it('(c) disproportionate effort needs the public communication made instead', () => {
    expect(
      art34ExceptionErrors({ ground: 'disproportionate_effort', publicCommunication: null }, discoveredAt, now),
    ).toEqual(['publicCommunication is required for disproportionate_effort (GDPR art. 34(3)(c))']);
    expect(
      art34ExceptionErrors({ ground: 'disproportionate_effort', publicCommunication: pc }, discoveredAt, now),
    ).toEqual([]);
  });
  it('a public communication under another ground, or in the future, is refused', () => {
    expect(art34ExceptionErrors({ ground: 'unintelligible', publicCommunication: pc }, discoveredAt, now)).toEqual([
      'publicCommunication is only for disproportionate_effort (GDPR art. 34(3)(c))',
    ]);
    expect(
      art34ExceptionErrors(
        { ground: 'disproportionate_effort', publicCommunication: { ...pc, at: new Date('2027-01-01Z') } },
        discoveredAt,
        now,
      ),
    ).toEqual(['publicCommunication.at must not be in the future']);
  });
});

describe('dataSubjectsSettledForClosure', () => {
  const base = { required: true, informed: false, art34Ground: false };
  it('accepts exactly: informed, an art. 34(3) ground, or not required by the outcome', () => {
    expect(dataSubjectsSettledForClosure({ ...base, state: 'fulfilled', informed: true })).toBe(true);
    expect(dataSubjectsSettledForClosure({ ...base, state: 'not_required', art34Ground: true })).toBe(true);
    expect(dataSubjectsSettledForClosure({ ...base, state: 'not_required', required: false })).toBe(true);
  });
  it('refuses an open duty, a fulfilment without the record and a bare "not required" against the outcome', () => {
    expect(dataSubjectsSettledForClosure({ ...base, state: 'open', informed: true })).toBe(false);
    expect(dataSubjectsSettledForClosure({ ...base, state: 'fulfilled' })).toBe(false);
    expect(dataSubjectsSettledForClosure({ ...base, state: 'not_required' })).toBe(false);
    expect(dataSubjectsSettledForClosure({ ...base, state: 'not_required', required: null })).toBe(false);
  });
});
