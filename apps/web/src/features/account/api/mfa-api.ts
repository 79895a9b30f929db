import { api, dataOf } from '../../../api/client';
import type { components } from '../../../api/schema.generated';

export type MfaStatus = components['schemas']['MfaStatusDto'];
export type MfaEnrolment = components['schemas']['MfaEnrolmentDto'];

export const mfaQueryKey = ['auth', 'mfa'] as const;

export async function fetchMfaStatus(): Promise<MfaStatus> {
  return dataOf(await api.GET('/api/auth/mfa'));
}

export async function startMfaEnrolment(): Promise<MfaEnrolment> {
  return dataOf(await api.POST('/api/auth/mfa/enrolment'));
}

export async function confirmMfaEnrolment(code: string): Promise<string[]> {
  return dataOf(await api.POST('/api/auth/mfa/enrolment/confirm', { body: { code } })).recoveryCodes;
}

export async function regenerateRecoveryCodes(code: string): Promise<string[]> {
  return dataOf(await api.POST('/api/auth/mfa/recovery-codes', { body: { code } })).recoveryCodes;
}

export async function disableMfa(body: { code?: string; password?: string }): Promise<void> {
  await api.POST('/api/auth/mfa/disable', { body });
}

export async function changePassword(body: { currentPassword: string; newPassword: string }): Promise<void> {
  await api.POST('/api/auth/password', { body });
}
