import { sameSecret } from '../security/tokens';

/** Whether `authorization` is `Bearer <token>`; compared in constant time, whatever the lengths. */
export function bearerMatches(authorization: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match !== null && sameSecret(match[1] as string, token);
}
