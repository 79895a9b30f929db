import { api, dataOf } from '../../api/client';
import type { UserRole } from '../../api/types';

/** A colleague as GET /api/users/directory gives them: active users only, never an e-mail address. */
export interface DirectoryUser {
  id: string;
  name: string;
  role: UserRole;
}

export const userDirectoryQueryKey = ['users', 'directory'] as const;

/** Active colleagues by name, to choose e.g. a breach's contact person. */
export async function listUserDirectory(): Promise<DirectoryUser[]> {
  return dataOf(await api.GET('/api/users/directory'));
}
