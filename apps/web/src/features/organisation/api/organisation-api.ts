import type { OrganisationProfile } from '@lekwacht/domain';
import { api, dataOf } from '../../../api/client';
import type { components } from '../../../api/schema.generated';

export const organisationProfileQueryKey = ['organisation-profile'] as const;

export async function getOrganisationProfile(): Promise<OrganisationProfile> {
  return dataOf(await api.GET('/api/organisation-profile'));
}

export async function putOrganisationProfile(profile: OrganisationProfile): Promise<OrganisationProfile> {
  return dataOf(
    await api.PUT('/api/organisation-profile', { body: profile as components['schemas']['OrganisationProfileDto'] }),
  );
}
