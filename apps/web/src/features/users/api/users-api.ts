import { api, dataOf } from '../../../api/client';
import type { CreateUserBody, UpdateUserBody, User } from '../../../api/types';

export const usersQueryKey = ['users'] as const;

export async function listUsers(): Promise<User[]> {
  return dataOf(await api.GET('/api/users'));
}

export async function createUser(body: CreateUserBody): Promise<User> {
  return dataOf(await api.POST('/api/users', { body }));
}

export async function updateUser(id: string, body: UpdateUserBody): Promise<User> {
  return dataOf(await api.PATCH('/api/users/{id}', { params: { path: { id } }, body }));
}
