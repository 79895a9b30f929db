import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../audit/actor';
import { UnitOfWork } from '../database/unit-of-work';
import type { EscalationSettingsInputDto } from './escalation-policy.dto';
import {
  ESCALATION_SETTINGS_KEY,
  type EscalationSettings,
  parseEscalationSettings,
  readEscalationSettings,
} from './escalation-settings';

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
