import { type OrganisationProfile, validateOrganisationProfile } from '@lekwacht/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../audit/actor';
import { UnitOfWork } from '../database/unit-of-work';
import { InvalidInputError } from '../errors/domain-errors';
import type { OrganisationProfileDto } from './organisation-profile.dto';
import {
  loadOrganisationProfile,
  ORGANISATION_PROFILE_SETTING,
  organisationProfileSetting,
} from './organisation-profile.store';

/** The audit keeps the logo's size, not its bytes: the chain stays small and readable. */
const auditView = (p: OrganisationProfile) => ({
  ...p,
  logoDataUrl: p.logoDataUrl
    ? `${p.logoDataUrl.slice(0, p.logoDataUrl.indexOf(',') + 1)}… (${p.logoDataUrl.length} chars)`
    : null,
});

@Injectable()
export class OrganisationProfileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  get(): Promise<OrganisationProfile> {
    return loadOrganisationProfile(this.dataSource.manager);
  }

  update(actor: Actor, dto: OrganisationProfileDto): Promise<OrganisationProfile> {
    const result = validateOrganisationProfile(JSON.parse(JSON.stringify(dto)));
    if (!result.ok) throw new InvalidInputError(result.errors);
    return this.uow.run(actor, async (tx) => {
      const before = await organisationProfileSetting.replace(tx.manager, result.profile);
      tx.audit({
        action: 'organisation.profile_updated',
        entityType: 'organisation',
        entityId: ORGANISATION_PROFILE_SETTING,
        before: auditView(before),
        after: auditView(result.profile),
      });
      return result.profile;
    });
  }
}
