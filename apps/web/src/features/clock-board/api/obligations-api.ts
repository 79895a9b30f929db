import { api, dataOf } from '../../../api/client';
import type { OpenObligation } from '../../breaches/api/breach-types';

export const openObligationsQueryKey = ['obligations', 'open'] as const;

export async function listOpenObligations(): Promise<OpenObligation[]> {
  return dataOf(await api.GET('/api/obligations', { params: { query: { state: 'open' } } }));
}
