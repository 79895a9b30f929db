/**
 * What the browser carries between "sign in with SSO" and the provider's callback: the state,
 * nonce and PKCE verifier of this one attempt and where to go afterwards. It lives in a signed,
 * HttpOnly cookie limited to /api/auth/sso for ten minutes, so no server state is needed between
 * the two requests (several instances behind a load balancer work) and a page cannot read it.
 */
export interface SsoTransaction {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** A same-app path (safeNextPath), where the user lands after signing in. */
  next: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

export const SSO_COOKIE = 'lekwacht_sso';
export const SSO_COOKIE_PATH = '/api/auth/sso';
export const SSO_TRANSACTION_MS = 10 * 60_000;
/** Keeps this signature apart from every other use of the signing key (feed links…). */
const PURPOSE = 'lekwacht-sso-transaction:v1\n';

export interface Signer {
  sign(payload: string): Promise<string>;
  verify(payload: string, signature: string): Promise<boolean>;
}

export async function encodeTransaction(tx: SsoTransaction, signer: Signer): Promise<string> {
  const payload = Buffer.from(JSON.stringify(tx)).toString('base64url');
  return `${payload}.${await signer.sign(PURPOSE + payload)}`;
}

/** The transaction, or null when the cookie is missing, altered, malformed or expired. */
export async function decodeTransaction(
  value: unknown,
  signer: Signer,
  now = Date.now(),
): Promise<SsoTransaction | null> {
  if (typeof value !== 'string' || value.length > 2000) return null;
  const [payload, signature, ...rest] = value.split('.');
  if (!payload || !signature || rest.length > 0) return null;
  if (!(await signer.verify(PURPOSE + payload, signature))) return null;
  let tx: Partial<SsoTransaction>;
  try {
    tx = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<SsoTransaction>;
  } catch {
    return null;
  }
  const strings = [tx.state, tx.nonce, tx.codeVerifier, tx.next];
  if (strings.some((s) => typeof s !== 'string') || typeof tx.expiresAt !== 'number') return null;
  if (tx.expiresAt < now) return null;
  return tx as SsoTransaction;
}
