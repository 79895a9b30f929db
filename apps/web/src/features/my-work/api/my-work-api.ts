import type { Client } from 'openapi-fetch';
import { api, dataOf } from '../../../api/client';
import type { BreachSummary, ObligationKind } from '../../../shared/breaches/breach-types';

/** Why an escalation came to me, when not as the policy planned it. */
export type EscalationReason =
  | 'replaces_contact_person'
  | 'acknowledgement_timeout'
  | 'awaiting_approval'
  | 'awaiting_decision';

/** A fired escalation addressed to me that I have not acknowledged yet (and still can). */
export interface MyWorkEscalation {
  escalationId: string;
  breachId: string;
  breachReference: string;
  breachTitle: string;
  obligationKind: ObligationKind;
  customerName: string | null;
  dueAt: string;
  firedAt: string | null;
  reason: EscalationReason | null;
}

/** An AP draft or a "not required" decision waiting for my approval (never one I submitted). */
export interface MyWorkApproval {
  kind: 'authority_notification' | 'not_required';
  breachId: string;
  breachReference: string;
  breachTitle: string;
  obligationId: string | null;
  obligationKind: ObligationKind | null;
  customerName: string | null;
  requestedBy: { id: string; name: string } | null;
  requestedAt: string | null;
  dueAt: string | null;
}

/** An open task on an open breach, assigned to me. */
export interface MyWorkTask {
  taskId: string;
  breachId: string;
  breachReference: string;
  breachTitle: string;
  title: string;
  dueAt: string | null;
  overdue: boolean;
}

/** GET /api/my-work (apps/api/src/my-work/my-work.dto.ts). */
export interface MyWork {
  ownedBreaches: BreachSummary[];
  ownedBreachesTotal: number;
  escalationsToAcknowledge: MyWorkEscalation[];
  approvalsWaiting: MyWorkApproval[];
  tasksAssigned: MyWorkTask[];
}

/** Typed here until the lead regenerates schema.generated.ts (then a plain `api.GET`). */
interface MyWorkPaths {
  '/api/my-work': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': MyWork } } };
    };
  };
}

const myWorkApi = api as unknown as Client<MyWorkPaths>;

export const myWorkQueryKey = ['my-work'] as const;

export async function getMyWork(): Promise<MyWork> {
  return dataOf(await myWorkApi.GET('/api/my-work'));
}
