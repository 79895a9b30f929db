import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { parseRoleMap } from '../auth/sso/role-mapping';

const toBoolean = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : ['true', '1', 'yes'].includes(String(value).toLowerCase())
      ? true
      : ['false', '0', 'no'].includes(String(value).toLowerCase())
        ? false
        : value;

/** Every variable of API.md § Configuration, validated once at boot. */
export class Environment {
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL?: string;

  @IsOptional()
  @IsString()
  LEKWACHT_DATA_DIR = './data';

  @IsOptional()
  @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false, require_protocol: true })
  SMTP_URL?: string;

  /** The sender address of every mail; the display name is the organisation's (organisation profile). */
  @IsEmail({ require_tld: false }, { message: 'MAIL_FROM must be an e-mail address' })
  MAIL_FROM = 'lekwacht@localhost';

  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  PUBLIC_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'SESSION_SECRET must be at least 32 characters' })
  SESSION_SECRET?: string;

  /** Keys the audit chain and its checkpoints (docs/security.md); else `<LEKWACHT_DATA_DIR>/audit.key`. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'AUDIT_KEY must be at least 32 characters' })
  AUDIT_KEY?: string;

  /** Earlier audit keys, comma-separated: they only verify the chain segment and checkpoints they made. */
  @IsOptional()
  @IsString()
  AUDIT_PREVIOUS_KEYS?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  SCHEDULER_ENABLED = true;

  /**
   * Remember resolved sessions between requests (auth/session-cache.ts); revocation still counts
   * at once through LISTEN/NOTIFY. `false` asks the database on every request.
   */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  SESSION_CACHE = true;

  /**
   * Remember register pages between requests (breaches/register-page-cache.ts); any change to a
   * breach, an obligation or an owner's name clears them on every instance through LISTEN/NOTIFY.
   */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  REGISTER_CACHE = true;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  DEMO_DATA?: boolean;

  @IsOptional()
  @IsString()
  @MinLength(8)
  DEMO_PASSWORD = 'lekwacht-demo';

  @IsOptional()
  @IsIn(['development', 'production', 'test'])
  NODE_ENV = 'development';

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** `auto`: readable lines in a terminal, JSON otherwise (log collectors). */
  @IsOptional()
  @IsIn(['auto', 'json', 'pretty'])
  LOG_FORMAT: 'auto' | 'json' | 'pretty' = 'auto';

  /** Connections per instance; tests on the embedded database set 1. */
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  @Max(100)
  DATABASE_POOL_SIZE?: number;

  /** First retry delay of a failed mail; doubles per attempt (tests shorten it). */
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt()
  @Min(10)
  MAIL_RETRY_BASE_MS = 5000;

  /** First retry delay of a failed webhook delivery; doubles per attempt up to 10 minutes (tests shorten it). */
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt()
  @Min(10)
  WEBHOOK_RETRY_BASE_MS = 10000;

  /**
   * How long a claim on outgoing mail lasts without renewal. The delivering worker renews it every
   * third of this while it works, so it only runs out when that worker died: then another
   * instance takes the mail over (same Message-ID) after at most this long.
   */
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt()
  @Min(3)
  MAIL_LEASE_SECONDS = 10;

  /**
   * Absolute session lifetime in hours: a session ends this long after login however active it
   * was (besides the 8-hour idle timeout), so a stolen cookie does not live for ever.
   */
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  @Max(720)
  SESSION_MAX_HOURS = 12;

  /**
   * The largest evidence file a breach takes, in bytes (default 25 MB = 26,214,400). A larger
   * upload is refused with 413 before anything is stored (docs/operations.md § Evidence files).
   * At most 100 MB: an upload is held in memory while it is checked and hashed.
   */
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  @Max(100 * 1024 * 1024)
  EVIDENCE_MAX_BYTES = 25 * 1024 * 1024;

  /** Login attempts per minute for one address and e-mail; tests raise it. */
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT = 10;

  /** Customer-portal requests per minute from one address (the token is the only credential). */
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  PORTAL_RATE_LIMIT = 60;

  /**
   * Bearer token for Prometheus to read /api/metrics (docs/operations.md § Metrics). Not set: the
   * endpoint does not exist (404).
   */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;

  /**
   * Express's `trust proxy`: off by default, so X-Forwarded-For is ignored. Behind a reverse
   * proxy set it to the proxy's hop count (`1`), `loopback`, or its addresses (comma-separated).
   */
  @IsOptional()
  @IsString()
  @Matches(/^(false|true|\d+|[\w.:/, -]+)$/, { message: 'TRUST_PROXY must be false, a hop count, or addresses' })
  TRUST_PROXY = 'false';

  // Single sign-on (OpenID Connect, docs/security.md § Single sign-on). Off unless OIDC_ISSUER,
  // OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_ROLE_MAP are all set (see validateEnvironment).

  /** The provider's issuer URL (discovery at `<issuer>/.well-known/openid-configuration`). */
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  OIDC_ISSUER?: string;

  @IsOptional()
  @IsString()
  OIDC_CLIENT_ID?: string;

  @IsOptional()
  @IsString()
  OIDC_CLIENT_SECRET?: string;

  /** The claim (ID token or userinfo) whose values are mapped to roles, e.g. `groups` or `roles`. */
  @IsOptional()
  @IsString()
  @Matches(/^[\w.:/-]+$/, { message: 'OIDC_ROLE_CLAIM must be a claim name' })
  OIDC_ROLE_CLAIM = 'groups';

  /** `group=role` pairs, comma-separated; the first mapped group a user is in gives the role. */
  @IsOptional()
  @IsString()
  OIDC_ROLE_MAP?: string;

  /** Scopes asked for; add the one that releases the role claim (e.g. `groups`) if the provider needs it. */
  @IsOptional()
  @IsString()
  @Matches(/^openid( [\w.:/-]+)*$/, { message: 'OIDC_SCOPES must start with openid, separated by spaces' })
  OIDC_SCOPES = 'openid email profile';

  /** Create an unknown user at their first single sign-on (else only existing users may sign in). */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  OIDC_JIT_USERS = false;

  /** The sign-in button says "Inloggen met <label>"; default: the provider's host name. */
  @IsOptional()
  @IsString()
  @MaxLength(40)
  OIDC_BUTTON_LABEL?: string;

  /** Login with e-mail and password; `false` leaves only single sign-on. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  LOCAL_LOGIN = true;
}

const SSO_REQUIRED = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_ROLE_MAP'] as const;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Single sign-on is all or nothing; each problem names its variable. */
function ssoProblems(env: Environment): string[] {
  const given = SSO_REQUIRED.filter((name) => env[name] !== undefined);
  const problems: string[] = [];
  if (given.length > 0) {
    for (const name of SSO_REQUIRED.filter((n) => env[n] === undefined)) {
      problems.push(`  - ${name}: required for single sign-on (set with ${given.join(', ')})`);
    }
  }
  if (env.OIDC_ISSUER) {
    const issuer = new URL(env.OIDC_ISSUER);
    if (issuer.protocol !== 'https:' && !LOOPBACK.has(issuer.hostname)) {
      problems.push('  - OIDC_ISSUER: must be https:// (plain http only on localhost, for tests)');
    }
  }
  if (env.OIDC_ROLE_MAP !== undefined) {
    try {
      parseRoleMap(env.OIDC_ROLE_MAP);
    } catch (err) {
      problems.push(`  - OIDC_ROLE_MAP: ${(err as Error).message}`);
    }
  }
  if (!env.LOCAL_LOGIN && given.length === 0) {
    problems.push('  - LOCAL_LOGIN: false needs single sign-on (OIDC_ISSUER …), or nobody could log in');
  }
  return problems;
}

export class ConfigurationError extends Error {}

export function validateEnvironment(raw: Record<string, unknown>): Environment {
  // An empty variable (`DATABASE_URL=`) means "not set", as in most shells' habits.
  const set = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== '' && v !== undefined));
  const env = plainToInstance(Environment, set, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `  - ${e.property}: ${m}`));
    throw new ConfigurationError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if (env.NODE_ENV === 'production' && env.DATABASE_URL && !env.SESSION_SECRET) {
    throw new ConfigurationError(
      'Invalid configuration:\n  - SESSION_SECRET: required with DATABASE_URL in production',
    );
  }
  // Several instances on one server database must share the key: a key file per machine would fork it.
  if (env.NODE_ENV === 'production' && env.DATABASE_URL && !env.AUDIT_KEY) {
    throw new ConfigurationError('Invalid configuration:\n  - AUDIT_KEY: required with DATABASE_URL in production');
  }
  const sso = ssoProblems(env);
  if (sso.length > 0) throw new ConfigurationError(`Invalid configuration:\n${sso.join('\n')}`);
  return env;
}
