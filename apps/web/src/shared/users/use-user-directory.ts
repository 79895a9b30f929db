import { useQuery } from '@tanstack/react-query';
import { listUserDirectory, userDirectoryQueryKey } from './user-directory-api';

/** The active colleagues (id, name, role); changes rarely, so it is kept for five minutes. */
export function useUserDirectory() {
  return useQuery({ queryKey: userDirectoryQueryKey, queryFn: listUserDirectory, staleTime: 5 * 60_000 });
}
