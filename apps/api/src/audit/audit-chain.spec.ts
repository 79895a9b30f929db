import { canonicalJson, chainHash, GENESIS_HASH, type ChainedFields } from './audit-chain';

const event: ChainedFields = {
  seq: '1',
  occurredAt: '2026-11-20T09:30:00.000Z',
  actorId: null,
  actorLabel: 'system',
  action: 'user.created',
  entityType: 'user',
  entityId: 'u1',
  breachId: null,
  before: null,
  after: { b: 1, a: [1, { d: 2, c: 3 }] },
};

describe('audit chain hashing', () => {
  it('serialises objects with sorted keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
  });

  it('gives the same hash whatever the key order of the stored JSON', () => {
    const reordered = { ...event, after: { a: [1, { c: 3, d: 2 }], b: 1 } };
    expect(chainHash(GENESIS_HASH, reordered)).toBe(chainHash(GENESIS_HASH, event));
  });

  it('changes when any field or the previous hash changes', () => {
    const base = chainHash(GENESIS_HASH, event);
    expect(chainHash(GENESIS_HASH, { ...event, actorLabel: 'mallory' })).not.toBe(base);
    expect(chainHash('f'.repeat(64), event)).not.toBe(base);
  });
});
