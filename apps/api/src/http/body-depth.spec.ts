import fc from 'fast-check';
import { jsonDepth } from './body-depth';

const nested = (depth: number): unknown => {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
};

describe('jsonDepth', () => {
  it('counts scalars as 0 and each object or array level as 1', () => {
    expect(jsonDepth('x')).toBe(0);
    expect(jsonDepth(null)).toBe(0);
    expect(jsonDepth({})).toBe(1);
    expect(jsonDepth({ a: [1, { b: 2 }] })).toBe(3);
  });

  it('measures 100,000 levels without overflowing the stack', () => {
    expect(jsonDepth(nested(100_000))).toBe(100_000);
  });

  it('stops early once the limit is passed', () => {
    expect(jsonDepth(nested(10_000), 32)).toBe(33);
  });

  it('equals the nesting it was built with', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 300 }), (d) => jsonDepth(nested(d)) === d));
  });
});
