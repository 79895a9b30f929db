import { requestJson } from '../../../api/request';
import type { BreachStatus } from '../../../api/types';
import type { Breach, BreachList, CreateBreachBody, TimelineEntry } from './breach-types';

export const breachesQueryKey = ['breaches'] as const;
export const breachQueryKey = (id: string) => ['breaches', 'detail', id] as const;
export const timelineQueryKey = (id: string) => ['breaches', 'timeline', id] as const;

export interface BreachListParams {
  q: string;
  status: BreachStatus | 'all';
  page: number;
  pageSize: number;
}

export const REGISTER_CSV_URL = '/api/register.csv?delimiter=semicolon';

export const listBreaches = ({ q, status, page, pageSize }: BreachListParams) =>
  requestJson<BreachList>('GET', '/api/breaches', {
    query: { q: q.trim() || undefined, status: status === 'all' ? undefined : status, page, pageSize },
  });

export const getBreach = (id: string) => requestJson<Breach>('GET', `/api/breaches/${encodeURIComponent(id)}`);

export const getTimeline = (id: string) =>
  requestJson<TimelineEntry[]>('GET', `/api/breaches/${encodeURIComponent(id)}/timeline`);

export const createBreach = (body: CreateBreachBody) => requestJson<Breach>('POST', '/api/breaches', { body });

export const closeBreach = (id: string) =>
  requestJson<Breach>('POST', `/api/breaches/${encodeURIComponent(id)}/close`);
