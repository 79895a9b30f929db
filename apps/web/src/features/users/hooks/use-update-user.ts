import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateUserBody, User } from '../../../api/types';
import { meQueryKey } from '../../../shared/session/auth-api';
import { updateUser, usersQueryKey } from '../api/users-api';

interface UpdateUserInput {
  id: string;
  body: UpdateUserBody;
}

/** Edits, deactivates or reactivates a user (users are never deleted). */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: UpdateUserInput) => updateUser(id, body),
    onSuccess: async (updated) => {
      const me = queryClient.getQueryData<User | null>(meQueryKey);
      if (me?.id === updated.id) queryClient.setQueryData(meQueryKey, updated);
      await queryClient.invalidateQueries({ queryKey: usersQueryKey });
    },
  });
}
