import { NotifiedCache } from './notified-cache';

describe('NotifiedCache', () => {
  let live = true;
  const cache = () => new NotifiedCache<string>(() => live, { ttlMs: 1_000, maxEntries: 2 });
  beforeEach(() => {
    live = true;
  });

  it('answers what was stored, until its time to live or its own end', () => {
    const c = cache();
    c.set('a', 'A', c.mark(), { now: 0 });
    c.set('b', 'B', c.mark(), { now: 0, until: 500 });
    expect([c.get('a', 999), c.get('b', 499)]).toEqual(['A', 'B']);
    expect([c.get('a', 1_000), c.get('b', 500)]).toEqual([undefined, undefined]);
  });

  it('does not store what is already over', () => {
    const c = cache();
    c.set('a', 'A', c.mark(), { now: 10, until: 10 });
    expect(c.get('a', 10)).toBeUndefined();
    expect(c.size).toBe(0);
  });

  it('does not store a value read before an invalidation', () => {
    const c = cache();
    const mark = c.mark();
    c.forget('other');
    c.set('a', 'A', mark, { now: 0 });
    expect(c.get('a', 0)).toBeUndefined();
  });

  it('remembers and answers nothing while notifications do not arrive', () => {
    const c = cache();
    c.set('a', 'A', c.mark(), { now: 0 });
    live = false;
    expect(c.get('a', 0)).toBeUndefined();
    c.set('b', 'B', c.mark(), { now: 0 });
    live = true;
    expect(c.get('b', 0)).toBeUndefined();
  });

  it('drops the least recently used beyond its limit', () => {
    const c = cache();
    c.set('a', 'A', c.mark(), { now: 0 });
    c.set('b', 'B', c.mark(), { now: 0 });
    c.get('a', 0);
    c.set('c', 'C', c.mark(), { now: 0 });
    expect([c.get('a', 0), c.get('b', 0), c.get('c', 0)]).toEqual(['A', undefined, 'C']);
  });

  it('forgets one key, the values a test picks, or everything', () => {
    const c = cache();
    c.set('a', 'A', c.mark(), { now: 0 });
    c.set('b', 'B', c.mark(), { now: 0 });
    c.forget((v) => v === 'B');
    expect([c.get('a', 0), c.get('b', 0)]).toEqual(['A', undefined]);
    c.forget('a');
    expect(c.get('a', 0)).toBeUndefined();
    c.set('c', 'C', c.mark(), { now: 0 });
    c.forget();
    expect(c.size).toBe(0);
  });
});
