import { isApiError } from '../../../api/api-error';
import { api, dataOf } from '../../../api/client';
import type { LoginBody, User } from '../../../api/types';

export const meQueryKey = ['auth', 'me'] as const;

/** The signed-in user, or null when there is no (valid) session. */
export async function fetchMe(): Promise<User | null> {
  try {
    return dataOf(await api.GET('/api/auth/me'));
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export async function login(body: LoginBody): Promise<User> {
  return dataOf(await api.POST('/api/auth/login', { body })).user;
}

export async function logout(): Promise<void> {
  await api.POST('/api/auth/logout');
}
