import type { NotificationTerms } from '@lekwacht/domain';
import { api, dataOf } from '../../../api/client';
import type { components } from '../../../api/schema.generated';

type Schemas = components['schemas'];
export type CustomerNotificationTerms = Omit<Schemas['CustomerNotificationTermsDto'], 'terms'> & {
  terms: NotificationTerms;
};
export type CustomerClocks = Schemas['CustomerClocksDto'];
export type CustomerClock = Schemas['CustomerClockDto'];
export type LogNoticeCallBody = Schemas['LogNoticeCallDto'];

export const notificationTermsQueryKey = (customerId: string) =>
  ['customers', customerId, 'notification-terms'] as const;
export const customerClocksQueryKey = (breachId: string) => ['breaches', breachId, 'customer-clocks'] as const;

/** Where the browser downloads every customer's terms as CSV (admin). */
export const NOTIFICATION_TERMS_CSV_URL = '/api/notification-terms.csv';

export async function getNotificationTerms(customerId: string): Promise<CustomerNotificationTerms> {
  return dataOf(
    await api.GET('/api/customers/{id}/notification-terms', { params: { path: { id: customerId } } }),
  ) as CustomerNotificationTerms;
}

export async function putNotificationTerms(
  customerId: string,
  terms: NotificationTerms,
): Promise<CustomerNotificationTerms> {
  return dataOf(
    await api.PUT('/api/customers/{id}/notification-terms', {
      params: { path: { id: customerId } },
      body: terms as Schemas['NotificationTermsDto'],
    }),
  ) as CustomerNotificationTerms;
}

export async function resetNotificationTerms(customerId: string): Promise<CustomerNotificationTerms> {
  return dataOf(
    await api.DELETE('/api/customers/{id}/notification-terms', { params: { path: { id: customerId } } }),
  ) as CustomerNotificationTerms;
}

export async function importNotificationTerms(csv: string): Promise<{ imported: number }> {
  return dataOf(await api.POST('/api/notification-terms/import', { body: { csv } }));
}

export async function getCustomerClocks(breachId: string): Promise<CustomerClocks> {
  return dataOf(await api.GET('/api/breaches/{id}/customer-clocks', { params: { path: { id: breachId } } }));
}

export async function confirmBreach(breachId: string, confirmedAt?: string): Promise<CustomerClocks> {
  return dataOf(
    await api.POST('/api/breaches/{id}/confirmation', {
      params: { path: { id: breachId } },
      body: confirmedAt ? { confirmedAt } : {},
    }),
  );
}

export async function logNoticeCall(
  breachId: string,
  customerId: string,
  body: LogNoticeCallBody,
): Promise<CustomerClocks> {
  return dataOf(
    await api.POST('/api/breaches/{id}/customers/{customerId}/calls', {
      params: { path: { id: breachId, customerId } },
      body,
    }),
  );
}
