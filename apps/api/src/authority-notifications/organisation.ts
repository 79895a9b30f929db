import type { PrefillOrganisation } from '@lekwacht/domain';
import type { EntityManager } from 'typeorm';
import { AppSettingEntity } from '../database/app-setting.entity';
import { loadOrganisationProfile } from '../organisation/organisation-profile.store';

/** app_settings key holding the reporting organisation's details for the AP form (section 1). */
export const ORGANISATION_SETTING = 'organisation';

/** From the vendor's privacy statement (seed/000_…txt): "Softmakers B.V., gevestigd te Utrecht aan de Ortelliuslaan 850". */
export const DEFAULT_ORGANISATION: PrefillOrganisation = {
  name: 'Softmakers B.V.',
  address: 'Ortelliuslaan 850',
  city: 'Utrecht',
  chamberOfCommerceNumber: null,
  sector: null,
};

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

export async function loadOrganisation(m: EntityManager): Promise<PrefillOrganisation> {
  const row = await m.findOneBy(AppSettingEntity, { key: ORGANISATION_SETTING });
  const v = (row?.value ?? null) as Record<string, unknown> | null;
  // The organisation profile (admin settings) names the vendor wherever the AP details do not.
  const { name } = await loadOrganisationProfile(m);
  if (!v || typeof v !== 'object') return { ...DEFAULT_ORGANISATION, name };
  return {
    name: text(v['name']) ?? name,
    address: text(v['address']),
    city: text(v['city']),
    chamberOfCommerceNumber: text(v['chamberOfCommerceNumber']),
    sector: text(v['sector']),
  };
}
