import { BREACH_PAGE_SIZE, breachListViewOf, withTrail } from './list-view';

const view = (search: string, role: 'officer' | 'manager' = 'officer') =>
  breachListViewOf(new URLSearchParams(search), role);

describe('the register as its URL shows it (keyset pages, issue #19)', () => {
  it('is the first page of everything without parameters', () => {
    expect(view('')).toEqual({
      params: { q: '', status: 'all', owner: 'all', pageSize: BREACH_PAGE_SIZE },
      trail: [],
    });
  });

  it('shows the page after the last cursor of the trail, keeping the ones before for "Vorige"', () => {
    const { params, trail } = view('q=laptop&status=open&after=c1&after=c2');
    expect(params).toMatchObject({ q: 'laptop', status: 'open', after: 'c2' });
    expect(trail).toEqual(['c1', 'c2']);
  });

  it('gives "my breaches" to officers only and ignores unknown statuses', () => {
    expect(view('owner=me').params.owner).toBe('me');
    expect(view('owner=me', 'manager').params.owner).toBe('all');
    expect(view('status=deleted').params.status).toBe('all');
  });

  it('asks the same query for the same URL, so a link’s prefetch is what the page then shows', () => {
    expect(JSON.stringify(view('after=c1&q=x').params)).toBe(JSON.stringify(view('q=x&after=c1').params));
  });

  it('replaces the trail and drops numbered pages from before, keeping the filters', () => {
    const next = withTrail(new URLSearchParams('q=x&page=3&after=old'), ['c1', 'c2']);
    expect(next.toString()).toBe('q=x&after=c1&after=c2');
    expect(withTrail(next, []).toString()).toBe('q=x');
  });
});
