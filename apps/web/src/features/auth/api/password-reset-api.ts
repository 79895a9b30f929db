import { api } from '../../../api/client';

/** Always answers the same (202), whether the address has an account or not. */
export async function requestPasswordReset(email: string): Promise<void> {
  await api.POST('/api/auth/password-reset', { body: { email } });
}

export async function confirmPasswordReset(token: string, password: string): Promise<void> {
  await api.POST('/api/auth/password-reset/confirm', { body: { token, password } });
}
