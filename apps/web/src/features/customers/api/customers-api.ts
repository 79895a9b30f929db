import { requestJson } from '../../../api/request';
import type { Customer, CustomerBody } from '../../breaches/api/breach-types';

export const customersQueryKey = ['customers'] as const;

export const listCustomers = () => requestJson<Customer[]>('GET', '/api/customers');

export const createCustomer = (body: CustomerBody) => requestJson<Customer>('POST', '/api/customers', { body });

export const updateCustomer = (id: string, body: CustomerBody) =>
  requestJson<Customer>('PATCH', `/api/customers/${encodeURIComponent(id)}`, { body });
