/** The account roles (the same list as ACCOUNT_ROLES in libs/contracts, which the domain may not import). */
export const ACCOUNT_ROLES = ['officer', 'manager', 'admin'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** Which roles must sign in with a second factor (TOTP) besides their password. */
export interface MfaPolicy {
  requiredRoles: AccountRole[];
}

/**
 * On a real installation managers (who approve AP notifications and "do not notify" decisions) and
 * admins (who manage users) must use a second factor; the demo seed switches it off so the
 * printed demo passwords still sign in with one step.
 */
export const DEFAULT_MFA_POLICY: MfaPolicy = { requiredRoles: ['manager', 'admin'] };

export type MfaPolicyResult = { ok: true; policy: MfaPolicy } | { ok: false; errors: string[] };

/** A stored or submitted policy, normalised: known roles only, each once, in the roles' order. */
export function validateMfaPolicy(value: unknown): MfaPolicyResult {
  if (typeof value !== 'object' || value === null) return { ok: false, errors: ['policy must be an object'] };
  const roles = (value as { requiredRoles?: unknown }).requiredRoles;
  if (!Array.isArray(roles)) return { ok: false, errors: ['requiredRoles must be an array'] };
  const unknown = roles.filter((r) => !(ACCOUNT_ROLES as readonly unknown[]).includes(r));
  if (unknown.length > 0) {
    return { ok: false, errors: [`requiredRoles must contain only ${ACCOUNT_ROLES.join(', ')}`] };
  }
  return { ok: true, policy: { requiredRoles: ACCOUNT_ROLES.filter((r) => roles.includes(r)) } };
}

export const mfaRequiredFor = (policy: MfaPolicy, role: AccountRole): boolean => policy.requiredRoles.includes(role);
