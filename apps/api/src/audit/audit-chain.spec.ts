import { createHash } from 'node:crypto';
import {
  auditKeyId,
  type AuditKeyring,
  canonicalJson,
  type ChainedFields,
  type ChainState,
  chainHash,
  checkCheckpointSignature,
  checkLink,
  GENESIS_HASH,
  KEYED_ALG,
  keyedChainHash,
  LEGACY_ALG,
  makeKeyring,
  signCheckpoint,
  START,
  type StoredLink,
} from './audit-chain';

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

  it('hashes a legacy link as links written before the key were hashed: SHA-256 of the previous hash, then the JSON', () => {
    const expected = createHash('sha256').update(GENESIS_HASH).update(canonicalJson(event)).digest('hex');
    expect(chainHash(GENESIS_HASH, event)).toBe(expected);
  });
});

describe('audit chain rules', () => {
  const keyring = makeKeyring('k'.repeat(40));
  const key = keyring.current;
  const fieldsAt = (seq: number): ChainedFields => ({ ...event, seq: String(seq) });

  /** Builds links in order: 'L' legacy (unkeyed), 'K' keyed with `key`. */
  function build(kinds: string): StoredLink[] {
    let prev = GENESIS_HASH;
    return [...kinds].map((k, i) => {
      const fields = fieldsAt(i + 1);
      const hash = k === 'L' ? chainHash(prev, fields) : keyedChainHash(key.secret, prev, fields);
      const link: StoredLink = {
        seq: fields.seq,
        alg: k === 'L' ? LEGACY_ALG : KEYED_ALG,
        keyId: k === 'L' ? null : key.id,
        prevHash: prev,
        hash,
        fields,
      };
      prev = hash;
      return link;
    });
  }

  function walk(links: StoredLink[], state: ChainState = START, ring: AuditKeyring = keyring) {
    for (const link of links) {
      const r = checkLink(state, link, ring);
      if ('broken' in r) return { brokenAt: link.seq, reason: r.broken };
      state = r.state;
    }
    return { ok: true as const, state };
  }

  it('accepts a legacy prefix followed by keyed events', () => {
    expect(walk(build('LLLKKK'))).toEqual(expect.objectContaining({ ok: true }));
    expect(walk(build('KKK'))).toEqual(expect.objectContaining({ ok: true }));
  });

  it('records where the chain became keyed', () => {
    const r = walk(build('LLKK'));
    expect(r.state?.firstKeyedSeq).toBe('3');
  });

  it('rejects a legacy event after the first keyed one, even with a correct unkeyed hash', () => {
    const links = build('LLKK');
    // an attacker without the key re-hashes event 4 the unkeyed way
    const forged = {
      ...links[3]!,
      alg: LEGACY_ALG,
      keyId: null,
      hash: chainHash(links[3]!.prevHash, links[3]!.fields),
    };
    expect(walk([...links.slice(0, 3), forged])).toEqual({
      brokenAt: '4',
      reason: expect.stringMatching(/unkeyed event after/),
    });
  });

  it('rejects a legacy event beyond the sealed end of the unkeyed segment', () => {
    // the whole chain rewritten as legacy: no keyed event left, but the seal says only 2 were legacy
    const allLegacy = build('LLLL');
    expect(walk(allLegacy, { ...START, legacyUntil: 2n })).toEqual({
      brokenAt: '3',
      reason: expect.stringMatching(/sealed end of the unkeyed segment/),
    });
    expect(walk(allLegacy, { ...START, legacyUntil: 4n })).toEqual(expect.objectContaining({ ok: true }));
  });

  it('rejects an edited keyed event re-hashed with plain SHA-256', () => {
    const links = build('KKK');
    const fields = { ...links[1]!.fields, actorLabel: 'mallory' };
    const forged = { ...links[1]!, fields, hash: chainHash(links[1]!.prevHash, fields) };
    expect(walk([links[0]!, forged])).toEqual({ brokenAt: '2', reason: expect.stringMatching(/keyed hash/) });
  });

  it('rejects a keyed event made with another key, or a key it does not have', () => {
    const links = build('KK');
    const other = makeKeyring('o'.repeat(40));
    expect(walk(links, START, other)).toEqual({ brokenAt: '1', reason: expect.stringMatching(/not configured/) });
    const wrongKeyId = { ...links[0]!, keyId: other.current.id };
    expect(walk([wrongKeyId], START, makeKeyring(key.secret, [other.current.secret]))).toEqual({
      brokenAt: '1',
      reason: expect.stringMatching(/keyed hash/),
    });
  });

  it('verifies an older segment with a previous key after rotation', () => {
    const old = build('KK');
    const next = makeKeyring('n'.repeat(40), [key.secret]);
    const fields = fieldsAt(3);
    const third: StoredLink = {
      seq: '3',
      alg: KEYED_ALG,
      keyId: next.current.id,
      prevHash: old[1]!.hash,
      hash: keyedChainHash(next.current.secret, old[1]!.hash, fields),
      fields,
    };
    expect(walk([...old, third], START, next)).toEqual(expect.objectContaining({ ok: true }));
  });

  it('rejects an unknown algorithm and a broken previous-hash link', () => {
    const links = build('KK');
    expect(walk([{ ...links[0]!, alg: 'md5' }])).toEqual({
      brokenAt: '1',
      reason: expect.stringMatching(/unknown hash/),
    });
    expect(walk([links[1]!])).toEqual({ brokenAt: '2', reason: expect.stringMatching(/previous hash/) });
  });
});

describe('audit checkpoints', () => {
  const keyring = makeKeyring('c'.repeat(40));
  const signed = signCheckpoint(keyring.current, {
    seq: 12,
    headHash: 'a'.repeat(64),
    count: 12,
    createdAt: '2026-12-07T03:00:00.000Z',
  });

  it('signs with the current key and checks', () => {
    expect(signed.keyId).toBe(keyring.current.id);
    expect(checkCheckpointSignature(keyring, signed)).toBe('valid');
  });

  it('refuses any changed field', () => {
    for (const change of [
      { seq: 13 },
      { headHash: 'b'.repeat(64) },
      { count: 11 },
      { createdAt: '2026-12-08T03:00:00.000Z' },
    ]) {
      expect(checkCheckpointSignature(keyring, { ...signed, ...change })).toBe('invalid');
    }
    expect(checkCheckpointSignature(keyring, { ...signed, signature: 'f'.repeat(64) })).toBe('invalid');
  });

  it('names an unknown key, and stays checkable with the old key after rotation', () => {
    expect(checkCheckpointSignature(makeKeyring('d'.repeat(40)), signed)).toBe('unknown-key');
    expect(checkCheckpointSignature(makeKeyring('d'.repeat(40), ['c'.repeat(40)]), signed)).toBe('valid');
  });

  it('is not a chain link HMAC (separate purpose prefix) and does not reveal the key', () => {
    expect(JSON.stringify(signed)).not.toContain('c'.repeat(32));
    expect(auditKeyId('c'.repeat(40))).toMatch(/^[0-9a-f]{16}$/);
  });
});
