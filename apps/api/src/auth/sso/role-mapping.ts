import type { UserRole } from '@lekwacht/contracts';

const ROLES: readonly UserRole[] = ['officer', 'manager', 'admin'];

export interface RoleMapEntry {
  /** A value of the role claim (a group name, an app role), compared exactly. */
  group: string;
  role: UserRole;
}

/**
 * Reads OIDC_ROLE_MAP, `group=role` pairs separated by commas, e.g.
 * `lekwacht-admins=admin,lekwacht-managers=manager,lekwacht-officers=officer`.
 * The order is the precedence: a user in several mapped groups gets the first one's role.
 * Throws a message naming the entry that is wrong.
 */
export function parseRoleMap(raw: string): RoleMapEntry[] {
  const entries = raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (entries.length === 0) throw new Error('must map at least one group to a role (group=role)');
  const seen = new Set<string>();
  return entries.map((entry) => {
    const eq = entry.lastIndexOf('=');
    const group = eq > 0 ? entry.slice(0, eq).trim() : '';
    const role = eq > 0 ? entry.slice(eq + 1).trim() : '';
    if (!group || !role) throw new Error(`"${entry}" is not of the form group=role`);
    if (!(ROLES as readonly string[]).includes(role)) {
      throw new Error(`"${entry}": role must be one of ${ROLES.join(', ')}`);
    }
    if (seen.has(group)) throw new Error(`"${group}" is mapped twice`);
    seen.add(group);
    return { group, role: role as UserRole };
  });
}

/** The claim's values: an array of strings, or one string (some providers send a single group). */
export function claimValues(claim: unknown): string[] {
  if (typeof claim === 'string') return [claim];
  if (Array.isArray(claim)) return claim.filter((v): v is string => typeof v === 'string');
  return [];
}

/** The role the claim gives, by the map's precedence; null when no value is mapped (no access). */
export function roleFromClaim(claim: unknown, map: readonly RoleMapEntry[]): UserRole | null {
  const values = new Set(claimValues(claim));
  return map.find((entry) => values.has(entry.group))?.role ?? null;
}
