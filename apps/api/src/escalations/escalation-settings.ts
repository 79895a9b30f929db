import {
  type ApprovalEscalationPolicy,
  DEFAULT_APPROVAL_ESCALATION,
  DEFAULT_DIGEST_INTERVAL_MINUTES,
  DEFAULT_ESCALATION_POLICY,
  type EscalationPolicy,
  type ManagementMailbox,
} from '@lekwacht/domain';
import type { EntityManager } from 'typeorm';

export interface EscalationSettings {
  policy: EscalationPolicy;
  /** A shared management mailbox that receives every management escalation besides the managers. */
  managementMailbox: ManagementMailbox | null;
  /** When managers are reminded of an AP notification waiting for their approval. */
  approvalEscalation: ApprovalEscalationPolicy;
  /** A recipient gets at most one escalation mail per this many minutes, listing everything due (0: per firing sweep). */
  digestIntervalMinutes: number;
}

export const ESCALATION_SETTINGS_KEY = 'escalation_settings';

export const DEFAULT_ESCALATION_SETTINGS: EscalationSettings = {
  policy: DEFAULT_ESCALATION_POLICY,
  managementMailbox: null,
  approvalEscalation: DEFAULT_APPROVAL_ESCALATION,
  digestIntervalMinutes: DEFAULT_DIGEST_INTERVAL_MINUTES,
};

/** The settings in force (the default policy until an admin saves one). */
export async function readEscalationSettings(m: EntityManager): Promise<EscalationSettings> {
  const [row] = (await m.query(`SELECT value FROM app_settings WHERE key = $1`, [ESCALATION_SETTINGS_KEY])) as {
    value: Partial<EscalationSettings>;
  }[];
  // Settings saved before a field existed get that field's default.
  return { ...DEFAULT_ESCALATION_SETTINGS, ...row?.value };
}
