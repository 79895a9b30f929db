import type { Environment } from '../../config/environment';
import { parseRoleMap, type RoleMapEntry } from './role-mapping';

/** Single sign-on as configured (validateEnvironment has checked it is complete). */
export interface SsoSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  roleClaim: string;
  roleMap: RoleMapEntry[];
  scopes: string;
  jitUsers: boolean;
  buttonLabel: string;
}

/** null when single sign-on is off. */
export function ssoSettingsOf(env: Environment): SsoSettings | null {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET || !env.OIDC_ROLE_MAP) return null;
  return {
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    roleClaim: env.OIDC_ROLE_CLAIM,
    roleMap: parseRoleMap(env.OIDC_ROLE_MAP),
    scopes: env.OIDC_SCOPES,
    jitUsers: env.OIDC_JIT_USERS,
    buttonLabel: env.OIDC_BUTTON_LABEL ?? new URL(env.OIDC_ISSUER).hostname,
  };
}
