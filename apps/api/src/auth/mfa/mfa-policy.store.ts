import { DEFAULT_MFA_POLICY, type MfaPolicy, validateMfaPolicy } from '@lekwacht/domain';
import type { EntityManager } from 'typeorm';
import { AppSettingEntity } from '../../database/app-setting.entity';

/** app_settings key of the MFA policy (which roles must use a second factor). */
export const MFA_POLICY_SETTING = 'mfa_policy';

/** The demo seed's policy: no role must, so the printed demo passwords sign in with one step. */
export const DEMO_MFA_POLICY: MfaPolicy = { requiredRoles: [] };

/** The stored policy; without one (a real installation) managers and admins must use a second factor. */
export async function loadMfaPolicy(m: EntityManager): Promise<MfaPolicy> {
  const row = await m.findOneBy(AppSettingEntity, { key: MFA_POLICY_SETTING });
  if (!row) return DEFAULT_MFA_POLICY;
  const result = validateMfaPolicy(row.value);
  // a stored value that no longer validates falls back to the safe default, never to "off"
  return result.ok ? result.policy : DEFAULT_MFA_POLICY;
}
