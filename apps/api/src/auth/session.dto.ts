/** One of the signed-in user's own sessions (the token and its hash never leave the server). */
export class SessionDto {
  id!: string;
  /** When the user signed in. */
  createdAt!: string;
  lastSeenAt!: string;
  /** When it ends unless used again: the earlier of the idle timeout and the absolute lifetime. */
  expiresAt!: string;
  /** The browser's User-Agent as it signed in; null when it sent none. */
  userAgent!: string | null;
  /** The session this request came with. */
  current!: boolean;
}

export class LogoutEverywhereResultDto {
  /** Sessions ended, this one included. */
  ended!: number;
}
