import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';

/**
 * Recognises "the database cannot be reached right now" among the errors `pg`, its pool and
 * TypeORM throw while the PostgreSQL server is stopped, restarting or recovering from a crash
 * (seen in reliability/postgres-restart.int-spec.ts). Such requests are answered 503 with
 * `Retry-After` instead of 500: the request was fine, the database is briefly gone.
 */

/** Node socket errors `pg` reports when it cannot reach, or loses, the server. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server that is going away or not there yet: class 08 (connection exception)
 * and 57P01 admin_shutdown (`pg_ctl stop -m fast`), 57P02 crash_shutdown (`-m immediate`),
 * 57P03 cannot_connect_now ("the database system is starting up / shutting down").
 */
const SQLSTATES = new Set(['08000', '08001', '08003', '08004', '08006', '57P01', '57P02', '57P03']);

/** Messages of `pg` / `pg-pool` connection failures that carry no code. */
const MESSAGES = [
  /^Connection terminated\b/i, // "Connection terminated unexpectedly", "… due to connection timeout"
  /timeout exceeded when trying to connect/i, // pg-pool: connectionTimeoutMillis elapsed
  /Client has encountered a connection error and is not queryable/i,
  /Client was closed and is not queryable/i,
];

/** True when `err`, or an error it wraps (TypeORM's `driverError`, `cause`, AggregateError), is a connectivity failure. */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 5) return false;
  // TypeORM releases a transaction's query runner when its connection emits 'error' (the server
  // terminated it: 57P01 / 57P02); the transaction's next query then throws one of these.
  if (err instanceof QueryRunnerAlreadyReleasedError || err instanceof QueryRunnerProviderAlreadyReleasedError)
    return true;
  const e = err as {
    code?: unknown;
    message?: unknown;
    command?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  // nodemailer's socket errors carry an SMTP `command`; they are about mail, not the database
  if (typeof e.command === 'string') return false;
  const code = typeof e.code === 'string' ? e.code : undefined;
  if (code && (NETWORK_CODES.has(code) || SQLSTATES.has(code))) return true;
  const message = typeof e.message === 'string' ? e.message : '';
  if (MESSAGES.some((re) => re.test(message))) return true;
  if (e.driverError && e.driverError !== err && isDatabaseUnavailable(e.driverError, depth + 1)) return true;
  if (e.cause && e.cause !== err && isDatabaseUnavailable(e.cause, depth + 1)) return true;
  if (Array.isArray(e.errors)) return e.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1));
  return false;
}

/** A short description for the log line: code and message, no stack, no query. */
export function describeDatabaseError(err: unknown): string {
  const e = err as { code?: unknown; message?: unknown; driverError?: { code?: unknown; message?: unknown } } | null;
  const code = e?.code ?? e?.driverError?.code;
  const message = e?.message || e?.driverError?.message || String(err);
  return typeof code === 'string' && code ? `${code}: ${String(message)}` : String(message);
}
