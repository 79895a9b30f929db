import { api, dataOf } from '../../api/client';
import type { Customer, CustomerBody } from '../breaches/breach-types';

export const customersQueryKey = ['customers'] as const;

export async function listCustomers(): Promise<Customer[]> {
  return dataOf(await api.GET('/api/customers'));
}

export async function createCustomer(body: CustomerBody): Promise<Customer> {
  return dataOf(await api.POST('/api/customers', { body }));
}

export async function updateCustomer(id: string, body: CustomerBody): Promise<Customer> {
  return dataOf(await api.PATCH('/api/customers/{id}', { params: { path: { id } }, body }));
}
