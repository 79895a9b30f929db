import { api, dataOf } from '../../api/client';
import type { Language, User } from '../../api/types';

/** Stores the signed-in user's UI language (any role may do this for themselves). */
export async function updateMyLanguage(language: Language): Promise<User> {
  return dataOf(await api.PATCH('/api/users/me', { body: { language } }));
}
