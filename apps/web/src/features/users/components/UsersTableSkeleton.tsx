import { Group, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Placeholder rows while the users load. */
export function UsersTableSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" p="md" role="status" aria-live="polite" aria-label={t('users.loading')}>
      {[0, 1, 2, 3, 4].map((row) => (
        <Group key={row} gap="lg" wrap="nowrap">
          <Skeleton height={14} width="22%" radius="sm" />
          <Skeleton height={14} width="30%" radius="sm" />
          <Skeleton height={20} width={80} radius="sm" />
          <Skeleton height={20} width={80} radius="sm" />
          <Skeleton height={24} width={56} radius="sm" ml="auto" />
        </Group>
      ))}
    </Stack>
  );
}
