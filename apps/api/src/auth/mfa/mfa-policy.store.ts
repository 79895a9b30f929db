import { DEFAULT_MFA_POLICY, type MfaPolicy, validateMfaPolicy } from '@lekwacht/domain';
import type { EntityManager } from 'typeorm';
import { AppSettingStore } from '../../database/app-setting.store';

/** app_settings key of the MFA policy (which roles must use a second factor). */
export const MFA_POLICY_SETTING = 'mfa_policy';

/** The demo seed's policy: no role must, so the printed demo passwords sign in with one step. */
export const DEMO_MFA_POLICY: MfaPolicy = { requiredRoles: [] };

/**
 * The MFA policy; without one (a real installation) managers and admins must use a second factor,
 * and a stored value that no longer validates falls back to that safe default, never to "off".
 */
export const mfaPolicySetting = new AppSettingStore<MfaPolicy>(
  MFA_POLICY_SETTING,
  (stored) => {
    const result = validateMfaPolicy(stored);
    return result.ok ? result.policy : null;
  },
  DEFAULT_MFA_POLICY,
);

/** The policy in force. */
export const loadMfaPolicy = (m: EntityManager): Promise<MfaPolicy> => mfaPolicySetting.read(m);
