import { api, dataOf } from '../../../api/client';
import type { paths } from '../../../api/schema.generated';

export type RecipientRole = 'officer' | 'contact_person' | 'management';
export const RECIPIENT_ROLES: readonly RecipientRole[] = ['officer', 'contact_person', 'management'];
export type RecipientSpec = RecipientRole | { userId: string };

export type TriggerType = 'before_due' | 'after_due_every';
export const TRIGGER_TYPES: readonly TriggerType[] = ['before_due', 'after_due_every'];

/** The policy as the API documents it (libs/domain EscalationPolicy). */
export interface EscalationStep {
  id: string;
  trigger: { type: TriggerType; hours: number };
  recipients: RecipientSpec[];
}

export interface EscalationPolicy {
  acknowledgementTimeoutHours: number;
  steps: EscalationStep[];
}

export interface ManagementMailbox {
  name: string;
  email: string;
}

export interface ApprovalEscalation {
  afterHours: number;
  everyHours: number;
}

export interface EscalationSettings {
  policy: EscalationPolicy;
  managementMailbox: ManagementMailbox | null;
  /** Reminders to managers while an AP notification waits for approval. */
  approvalEscalation?: ApprovalEscalation;
  /** At most one escalation mail per recipient per this many minutes (default 15). */
  digestIntervalMinutes?: number;
  defaultPolicy?: EscalationPolicy;
}

type PutBody = NonNullable<paths['/api/escalation-policy']['put']['requestBody']>['content']['application/json'];

export const escalationPolicyQueryKey = ['escalation-policy'] as const;

/** The schema types the policy as an open object; its shape is fixed by the domain library. */
const asSettings = (dto: unknown): EscalationSettings => dto as EscalationSettings;

export async function getEscalationSettings(): Promise<EscalationSettings> {
  return asSettings(dataOf(await api.GET('/api/escalation-policy')));
}

export async function putEscalationSettings(body: {
  policy: EscalationPolicy;
  managementMailbox: ManagementMailbox | null;
  approvalEscalation: ApprovalEscalation;
  digestIntervalMinutes: number;
}): Promise<EscalationSettings> {
  return asSettings(
    dataOf(
      await api.PUT('/api/escalation-policy', {
        // The generated schema reuses the response DTO (with defaultPolicy) as the request body;
        // the API reads only policy, managementMailbox, approvalEscalation and digestIntervalMinutes
        // and rejects anything else.
        body: body as unknown as PutBody,
      }),
    ),
  );
}
