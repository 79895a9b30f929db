import { useQuery } from '@tanstack/react-query';
import { listUsers, usersQueryKey } from '../api/users-api';

/** All users, active first (the API's order). */
export function useUsers() {
  return useQuery({ queryKey: usersQueryKey, queryFn: listUsers });
}
