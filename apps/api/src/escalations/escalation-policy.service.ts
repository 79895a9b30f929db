import {
  DEFAULT_APPROVAL_ESCALATION,
  validateApprovalEscalation,
  validateDigestInterval,
  validateEscalationPolicy,
  validateManagementMailbox,
} from '@lekwacht/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../audit/actor';
import { UnitOfWork } from '../database/unit-of-work';
import { InvalidInputError } from '../errors/domain-errors';
import type { EscalationSettingsInputDto } from './escalation-policy.dto';
import { ESCALATION_SETTINGS_KEY, type EscalationSettings, readEscalationSettings } from './escalation-settings';

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

/**
 * The escalation settings in force for new breaches (policy, management mailbox, approval
 * reminders, digest interval); running breaches keep their snapshot of the policy.
 */
@Injectable()
export class EscalationPolicyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  current(): Promise<EscalationSettings> {
    return readEscalationSettings(this.dataSource.manager);
  }

  /** Replaces the settings as a whole (400 naming every bad field, nothing saved); audited. Returns them as stored. */
  async replace(actor: Actor, body: EscalationSettingsInputDto): Promise<EscalationSettings> {
    await this.uow.run(actor, async (tx) => {
      const before = await readEscalationSettings(tx.manager);
      const settings = parseEscalationSettings(body, before);
      await tx.manager.query(
        `INSERT INTO app_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
        [ESCALATION_SETTINGS_KEY, JSON.stringify(settings)],
      );
      tx.audit({
        action: 'escalation_policy.updated',
        entityType: 'escalation_policy',
        entityId: ESCALATION_SETTINGS_KEY,
        before,
        after: settings,
      });
    });
    return this.current();
  }
}
