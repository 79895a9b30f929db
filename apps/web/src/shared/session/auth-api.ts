import { isApiError } from '../../api/api-error';
import { api, dataOf } from '../../api/client';
import type { components } from '../../api/schema.generated';
import type { LoginBody } from '../../api/types';

export type LoginResponse = components['schemas']['LoginResponseDto'];
/** The signed-in user, with whether the session may only set up two-step verification. */
export type Me = components['schemas']['MeResponseDto'];

export const meQueryKey = ['auth', 'me'] as const;

/** The signed-in user, or null when there is no (valid) session. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return dataOf(await api.GET('/api/auth/me'));
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

/** A correct password: the user (a session), or `mfaRequired` when the code is still due. */
export async function login(body: LoginBody): Promise<LoginResponse> {
  return dataOf(await api.POST('/api/auth/login', { body }));
}

/** The second step: a code from the authenticator app or a recovery code. */
export async function loginMfa(code: string): Promise<LoginResponse> {
  return dataOf(await api.POST('/api/auth/login/mfa', { body: { code } }));
}

export async function logout(): Promise<void> {
  await api.POST('/api/auth/logout');
}
