import { api, dataOf } from '../../api/client';
import type { BreachStatus } from '../../api/types';
import type { Breach, BreachList, CreateBreachBody, TimelineEntry } from './breach-types';

export const breachesQueryKey = ['breaches'] as const;
export const breachQueryKey = (id: string) => ['breaches', 'detail', id] as const;
export const timelineQueryKey = (id: string) => ['breaches', 'timeline', id] as const;

export interface BreachListParams {
  q: string;
  status: BreachStatus | 'all';
  pageSize: number;
  /** The previous page's `nextCursor` (keyset paging, issue #19); absent: the first page. */
  after?: string;
  /** A numbered page (offset); the register pages by `after`. */
  page?: number;
  /** `me`: only the breaches I own (issue #18); `all` (or absent): everyone's. */
  owner?: 'me' | 'all';
}

/** A plain download link (text/csv), not a JSON call. */
export const REGISTER_CSV_URL = '/api/register.csv?delimiter=semicolon';

export async function listBreaches({ q, status, page, pageSize, owner, after }: BreachListParams): Promise<BreachList> {
  const query = {
    q: q.trim() || undefined,
    status: status === 'all' ? undefined : status,
    owner: owner === 'me' ? ('me' as const) : undefined,
    page,
    pageSize,
    ...(after ? { after } : {}),
  };
  return dataOf(await api.GET('/api/breaches', { params: { query } })) as BreachList;
}

export async function getBreach(id: string): Promise<Breach> {
  return dataOf(await api.GET('/api/breaches/{id}', { params: { path: { id } } })) as Breach;
}

export async function getTimeline(id: string): Promise<TimelineEntry[]> {
  return dataOf(await api.GET('/api/breaches/{id}/timeline', { params: { path: { id } } })) as TimelineEntry[];
}

export async function createBreach(body: CreateBreachBody): Promise<Breach> {
  return dataOf(await api.POST('/api/breaches', { body })) as Breach;
}

export async function closeBreach(id: string): Promise<Breach> {
  return dataOf(await api.POST('/api/breaches/{id}/close', { params: { path: { id } } })) as Breach;
}
