import { api, dataOf } from '../../../api/client';
import type { components } from '../../../api/schema.generated';

type Schemas = components['schemas'];

/** The settings as the API documents them (libs/domain EscalationPolicy, apps/api escalation-policy.dto.ts). */
export type EscalationSettings = Schemas['EscalationSettingsDto'];
export type EscalationPolicy = Schemas['EscalationPolicyDto'];
export type EscalationStep = Schemas['EscalationStepDto'];
export type ManagementMailbox = Schemas['ManagementMailboxDto'];
/** Reminders to managers while an AP notification waits for approval. */
export type ApprovalEscalation = Schemas['ApprovalEscalationDto'];
export type RecipientSpec = EscalationStep['recipients'][number];
export type RecipientRole = Extract<RecipientSpec, string>;
export type TriggerType = EscalationStep['trigger']['type'];

export const RECIPIENT_ROLES = ['officer', 'contact_person', 'management'] as const satisfies readonly RecipientRole[];
export const TRIGGER_TYPES = ['before_due', 'after_due_every'] as const satisfies readonly TriggerType[];

/** What an admin saves: everything but the built-in default policy, which the API sends and refuses to take. */
export type EscalationSettingsInput = Required<Schemas['EscalationSettingsInputDto']>;

export const escalationPolicyQueryKey = ['escalation-policy'] as const;

export async function getEscalationSettings(): Promise<EscalationSettings> {
  return dataOf(await api.GET('/api/escalation-policy'));
}

export async function putEscalationSettings(body: EscalationSettingsInput): Promise<EscalationSettings> {
  return dataOf(await api.PUT('/api/escalation-policy', { body }));
}
