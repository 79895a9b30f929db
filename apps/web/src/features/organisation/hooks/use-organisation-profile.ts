import type { OrganisationProfile } from '@lekwacht/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getOrganisationProfile, organisationProfileQueryKey, putOrganisationProfile } from '../api/organisation-api';

export function useOrganisationProfile() {
  return useQuery({ queryKey: organisationProfileQueryKey, queryFn: getOrganisationProfile, staleTime: 5 * 60_000 });
}

export function useSaveOrganisationProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (profile: OrganisationProfile) => putOrganisationProfile(profile),
    onSuccess: (saved) => queryClient.setQueryData(organisationProfileQueryKey, saved),
  });
}
