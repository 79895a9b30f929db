import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateUserBody } from '../../../api/types';
import { createUser, usersQueryKey } from '../api/users-api';

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody) => createUser(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
