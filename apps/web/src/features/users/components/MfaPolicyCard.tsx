import { Button, Card, Checkbox, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../../../api/client';
import { USER_ROLES, type UserRole } from '../../../api/types';
import { ShownErrorList } from '../../../shared/errors/ApiErrorList';
import { shownErrorsOf } from '../../../shared/errors/translate-api-error';
import { LoadError } from '../../../shared/ui/LoadError';

const policyKey = ['mfa-policy'] as const;

/** Which roles must use two-step verification (an organisation setting; applies from the next login). */
export function MfaPolicyCard() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const policy = useQuery({ queryKey: policyKey, queryFn: async () => dataOf(await api.GET('/api/mfa-policy')) });
  const [roles, setRoles] = useState<UserRole[]>([]);
  useEffect(() => {
    if (policy.data) setRoles(policy.data.requiredRoles);
  }, [policy.data]);
  const save = useMutation({
    mutationFn: async (requiredRoles: UserRole[]) =>
      dataOf(await api.PUT('/api/mfa-policy', { body: { requiredRoles } })),
    onSuccess: (data) => {
      queryClient.setQueryData(policyKey, data);
      notifications.show({ color: 'green', message: t('mfaPolicy.saved') });
    },
  });
  return (
    <Card component="section" aria-labelledby="mfa-policy-title" p="md" mt="md">
      <Title order={2} fz="lg" id="mfa-policy-title">
        {t('mfaPolicy.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('mfaPolicy.description')}
      </Text>
      {policy.isPending ? (
        <Skeleton height={32} />
      ) : policy.isError ? (
        // never offer to save over a policy that could not be read (it would clear it)
        <LoadError onRetry={() => void policy.refetch()} retrying={policy.isFetching} />
      ) : (
        <Stack gap="sm">
          <Checkbox.Group value={roles} onChange={(v) => setRoles(v as UserRole[])} aria-labelledby="mfa-policy-title">
            <Group gap="lg">
              {USER_ROLES.map((role) => (
                <Checkbox key={role} value={role} label={t(`roles.${role}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          {save.isError && <ShownErrorList errors={shownErrorsOf(save.error, t)} />}
          <div>
            <Button size="xs" loading={save.isPending} onClick={() => save.mutate(roles)}>
              {t('mfaPolicy.save')}
            </Button>
          </div>
        </Stack>
      )}
    </Card>
  );
}
