import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CustomerBody } from '../breaches/breach-types';
import { createCustomer, customersQueryKey, listCustomers, updateCustomer } from './customers-api';

export function useCustomers() {
  return useQuery({ queryKey: customersQueryKey, queryFn: listCustomers });
}

/** Creates (no id) or edits (with id) a customer. */
export function useSaveCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: CustomerBody }) =>
      id ? updateCustomer(id, body) : createCustomer(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: customersQueryKey }),
  });
}
