import {
  type ApprovalEscalationPolicy,
  DEFAULT_APPROVAL_ESCALATION,
  DEFAULT_DIGEST_INTERVAL_MINUTES,
  DEFAULT_ESCALATION_POLICY,
  type EscalationPolicy,
  type ManagementMailbox,
  validateApprovalEscalation,
  validateDigestInterval,
  validateEscalationPolicy,
  validateManagementMailbox,
} from '@lekwacht/domain';
import type { EntityManager } from 'typeorm';
import { InvalidInputError } from '../errors/domain-errors';

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

/**
 * The settings an admin saves, normalised (mailbox trimmed, defaults for what was left out), by
 * the domain's validators. The pipe checked the body with the same validators field by field
 * (EscalationSettingsInputDto); this refuses it whole, naming every bad field, for any caller.
 */
export function parseEscalationSettings(body: unknown, current: EscalationSettings): EscalationSettings {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new InvalidInputError(['body must be an object']);
  const { policy, managementMailbox, approvalEscalation, digestIntervalMinutes, ...rest } = body as Record<
    string,
    unknown
  >;
  const errors = Object.keys(rest).map((key) => `property ${key} should not exist`);
  const result = validateEscalationPolicy(policy);
  if (!result.ok) errors.push(...result.errors.map((e) => `policy.${e}`));
  const mailbox = validateManagementMailbox(managementMailbox);
  if (!mailbox.ok) errors.push(...mailbox.errors);
  const approval =
    approvalEscalation === undefined
      ? { ok: true as const, value: DEFAULT_APPROVAL_ESCALATION }
      : validateApprovalEscalation(approvalEscalation);
  if (!approval.ok) errors.push(...approval.errors);
  // Left out, the interval in force stays (clients written before it existed keep working).
  const digest =
    digestIntervalMinutes === undefined
      ? { ok: true as const, value: current.digestIntervalMinutes }
      : validateDigestInterval(digestIntervalMinutes);
  if (!digest.ok) errors.push(...digest.errors);
  if (errors.length > 0 || !result.ok || !mailbox.ok || !approval.ok || !digest.ok) throw new InvalidInputError(errors);
  return {
    policy: result.policy,
    managementMailbox: mailbox.value,
    approvalEscalation: approval.value,
    digestIntervalMinutes: digest.value,
  };
}
