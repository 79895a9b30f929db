import { api, dataOf } from '../../../api/client';
import type { OpenObligation } from '../../../shared/breaches/breach-types';

export const openObligationsQueryKey = ['obligations', 'open'] as const;

/**
 * An open duty as the board shows it, with whether a customer duty follows the customer's
 * processing agreement (as snapshotted at registration) or the default.
 */
export type ClockBoardObligation = OpenObligation;

export async function listOpenObligations(): Promise<ClockBoardObligation[]> {
  return dataOf(await api.GET('/api/obligations', { params: { query: { state: 'open' } } }));
}
