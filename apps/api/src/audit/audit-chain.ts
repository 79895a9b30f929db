import { createHmac, timingSafeEqual } from 'node:crypto';
import { sha256Hex } from '../security/tokens';

export const GENESIS_HASH = '0'.repeat(64);

/**
 * How a link was hashed. `sha256` is the legacy, unkeyed link of events written before the chain
 * was keyed: anyone with database access can recompute it. `hmac-sha256` needs the audit key,
 * which is never in the database.
 */
export const LEGACY_ALG = 'sha256';
export const KEYED_ALG = 'hmac-sha256';
export type AuditAlg = typeof LEGACY_ALG | typeof KEYED_ALG;

export interface ChainedFields {
  seq: string;
  occurredAt: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  breachId: string | null;
  before: unknown;
  after: unknown;
}

/** A key for the chain and checkpoints; `id` names it in rows without revealing it. */
export interface AuditKey {
  id: string;
  secret: string;
}

/** The current key signs; older keys (after a rotation) only verify their own segment. */
export interface AuditKeyring {
  current: AuditKey;
  byId: ReadonlyMap<string, AuditKey>;
}

/** JSON with sorted keys, so the same event always hashes the same whatever jsonb did to it. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The legacy, unkeyed link (verification only: new events are always keyed). */
export function chainHash(prevHash: string, fields: ChainedFields): string {
  return sha256Hex(prevHash + canonicalJson(fields));
}

export function keyedChainHash(secret: string, prevHash: string, fields: ChainedFields): string {
  return createHmac('sha256', secret).update(prevHash).update(canonicalJson(fields)).digest('hex');
}

/** A short public name for a key (an HMAC of a fixed label, so it reveals nothing of the key). */
export function auditKeyId(secret: string): string {
  return createHmac('sha256', secret).update('lekwacht-audit-key-id').digest('hex').slice(0, 16);
}

export function makeKeyring(current: string, previous: readonly string[] = []): AuditKeyring {
  const toKey = (secret: string): AuditKey => ({ id: auditKeyId(secret), secret });
  const keys = [...previous.map(toKey), toKey(current)];
  return { current: toKey(current), byId: new Map(keys.map((k) => [k.id, k])) };
}

export interface StoredLink {
  seq: string;
  alg: string;
  keyId: string | null;
  prevHash: string;
  hash: string;
  fields: ChainedFields;
}

/** What verification carries from one link to the next. */
export interface ChainState {
  prevHash: string;
  /** Seq of the first keyed event seen, once one was. */
  firstKeyedSeq: string | null;
  /** The sealed last seq of the unkeyed segment; null when no seal is known (unit tests). */
  legacyUntil: bigint | null;
}

export const START: ChainState = { prevHash: GENESIS_HASH, firstKeyedSeq: null, legacyUntil: null };

/**
 * Checks one link: returns the next state, or why it is broken. A legacy link after the first keyed
 * one is refused: otherwise whoever rewrites rows could re-hash them the unkeyed way.
 */
export function checkLink(
  state: ChainState,
  link: StoredLink,
  keyring: AuditKeyring,
): { state: ChainState } | { broken: string } {
  if (link.prevHash !== state.prevHash) return { broken: 'previous hash does not match the event before it' };
  if (link.alg === LEGACY_ALG) {
    if (state.firstKeyedSeq !== null) {
      return { broken: `unkeyed event after the chain became keyed at event ${state.firstKeyedSeq} (rewritten)` };
    }
    if (state.legacyUntil !== null && BigInt(link.seq) > state.legacyUntil) {
      return { broken: `unkeyed event after the sealed end of the unkeyed segment (event ${state.legacyUntil})` };
    }
    if (chainHash(link.prevHash, link.fields) !== link.hash) {
      return { broken: 'content does not match its hash (edited)' };
    }
    return { state: { ...state, prevHash: link.hash } };
  }
  if (link.alg !== KEYED_ALG) return { broken: `unknown hash algorithm ${JSON.stringify(link.alg)}` };
  const key = link.keyId ? keyring.byId.get(link.keyId) : undefined;
  if (!key) return { broken: `hashed with an audit key that is not configured (key id ${link.keyId ?? 'none'})` };
  if (!sameHex(keyedChainHash(key.secret, link.prevHash, link.fields), link.hash)) {
    return { broken: 'content does not match its keyed hash (edited or re-hashed without the key)' };
  }
  return { state: { ...state, prevHash: link.hash, firstKeyedSeq: state.firstKeyedSeq ?? link.seq } };
}

/**
 * The seal on where the legacy segment ends, written once with the key: rewriting the whole chain
 * as legacy (so no keyed event remains to betray it) moves the boundary and breaks the seal.
 */
export function legacyBoundarySeal(secret: string, legacyUntil: string): string {
  return createHmac('sha256', secret).update(`lekwacht-audit-legacy-until:${legacyUntil}`).digest('hex');
}

/** The signed statement "the chain had this hash at this seq", kept outside the database. */
export interface AuditCheckpoint {
  seq: number;
  headHash: string;
  count: number;
  createdAt: string;
  keyId: string;
  signature: string;
}

export type UnsignedCheckpoint = Omit<AuditCheckpoint, 'signature'>;

/** A fixed prefix keeps a checkpoint signature from ever equalling a chain link's HMAC. */
function checkpointPayload(c: UnsignedCheckpoint): string {
  return `lekwacht-audit-checkpoint:v1\n${canonicalJson({
    seq: c.seq,
    headHash: c.headHash,
    count: c.count,
    createdAt: c.createdAt,
    keyId: c.keyId,
  })}`;
}

export function signCheckpoint(key: AuditKey, c: Omit<UnsignedCheckpoint, 'keyId'>): AuditCheckpoint {
  const unsigned: UnsignedCheckpoint = { ...c, keyId: key.id };
  return { ...unsigned, signature: createHmac('sha256', key.secret).update(checkpointPayload(unsigned)).digest('hex') };
}

/** 'unknown-key' when the checkpoint names a key this instance does not have (see docs/security.md). */
export function checkCheckpointSignature(
  keyring: AuditKeyring,
  c: AuditCheckpoint,
): 'valid' | 'invalid' | 'unknown-key' {
  const key = keyring.byId.get(c.keyId);
  if (!key) return 'unknown-key';
  const expected = createHmac('sha256', key.secret).update(checkpointPayload(c)).digest('hex');
  return sameHex(expected, c.signature) ? 'valid' : 'invalid';
}

function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
