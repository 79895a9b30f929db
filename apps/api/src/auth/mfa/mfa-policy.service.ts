import { type MfaPolicy, validateMfaPolicy } from '@lekwacht/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../audit/actor';
import { UnitOfWork } from '../../database/unit-of-work';
import { InvalidInputError } from '../../errors/domain-errors';
import { loadMfaPolicy, MFA_POLICY_SETTING, mfaPolicySetting } from './mfa-policy.store';

/** Which roles must use a second factor: an organisation setting, kept in app_settings. */
@Injectable()
export class MfaPolicyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  current(): Promise<MfaPolicy> {
    return loadMfaPolicy(this.dataSource.manager);
  }

  /**
   * Replaces the policy (400 when the domain's validator refuses it); audited with before and
   * after. The row is locked first, so two admins saving at once are applied one after the other.
   */
  async replace(actor: Actor, input: unknown): Promise<MfaPolicy> {
    const result = validateMfaPolicy(input);
    if (!result.ok) throw new InvalidInputError(result.errors);
    return this.uow.run(actor, async (tx) => {
      const before = await mfaPolicySetting.replace(tx.manager, result.policy);
      tx.audit({
        action: 'mfa.policy_updated',
        entityType: 'organisation',
        entityId: MFA_POLICY_SETTING,
        before,
        after: result.policy,
      });
      return result.policy;
    });
  }
}
