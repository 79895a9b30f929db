import { DEFAULT_ORGANISATION_PROFILE, type OrganisationProfile, validateOrganisationProfile } from '@lekwacht/domain';
import type { EntityManager } from 'typeorm';
import { AppSettingEntity } from '../database/app-setting.entity';

/** app_settings key of the organisation profile (also read by the notices' NoticeSources). */
export const ORGANISATION_PROFILE_SETTING = 'organisation_profile';

/**
 * The stored profile, or the vendor from the privacy statement when none was saved. A stored
 * value that no longer validates (e.g. written by an older version) falls back to the defaults
 * rather than putting unchecked text into mails.
 */
export async function loadOrganisationProfile(m: EntityManager): Promise<OrganisationProfile> {
  const row = await m.findOneBy(AppSettingEntity, { key: ORGANISATION_PROFILE_SETTING });
  if (!row) return DEFAULT_ORGANISATION_PROFILE;
  const result = validateOrganisationProfile(row.value);
  return result.ok ? result.profile : DEFAULT_ORGANISATION_PROFILE;
}
