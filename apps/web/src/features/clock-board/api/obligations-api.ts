import { api, dataOf } from '../../../api/client';
import type { components, operations } from '../../../api/schema.generated';
import type { OpenObligation } from '../../../shared/breaches/breach-types';

type Schemas = components['schemas'];

/**
 * An open duty as the board shows it, with whether a customer duty follows the customer's
 * processing agreement (as snapshotted at registration) or the default.
 */
export type ClockBoardObligation = OpenObligation;

/** One page of the board (issue #19): `items` in the board's order, `summary` over every open duty. */
export type ClockBoardPage = Schemas['ClockBoardPageDto'];
export type ClockBoardSummary = Schemas['ClockBoardSummaryDto'];
/** The board's filters, order and page size as the API takes them (the cursor apart). */
export type ClockBoardParams = Omit<
  NonNullable<operations['ObligationsController_board']['parameters']['query']>,
  'after'
>;

export const clockBoardQueryKey = (params: ClockBoardParams) => ['obligations', 'board', params] as const;

export async function getClockBoardPage(params: ClockBoardParams, after: string | null): Promise<ClockBoardPage> {
  return dataOf(
    await api.GET('/api/obligations/board', { params: { query: { ...params, ...(after ? { after } : {}) } } }),
  );
}
