import { DEFAULT_ORGANISATION_PROFILE, type OrganisationProfile, validateOrganisationProfile } from '@lekwacht/domain';
import type { EntityManager } from 'typeorm';
import { AppSettingStore } from '../database/app-setting.store';

/** app_settings key of the organisation profile (also read by the notices' NoticeSources). */
export const ORGANISATION_PROFILE_SETTING = 'organisation_profile';

/**
 * The organisation profile, or the vendor from the privacy statement when none was saved. A stored
 * value that no longer validates (e.g. written by an older version) falls back to the defaults
 * rather than putting unchecked text into mails.
 */
export const organisationProfileSetting = new AppSettingStore<OrganisationProfile>(
  ORGANISATION_PROFILE_SETTING,
  (stored) => {
    const result = validateOrganisationProfile(stored);
    return result.ok ? result.profile : null;
  },
  DEFAULT_ORGANISATION_PROFILE,
);

/** The profile in force. */
export const loadOrganisationProfile = (m: EntityManager): Promise<OrganisationProfile> =>
  organisationProfileSetting.read(m);
