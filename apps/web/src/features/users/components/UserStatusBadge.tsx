import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function UserStatusBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={active ? 'green' : 'gray'} variant="dot" tt="none" fw={500}>
      {active ? t('users.status.active') : t('users.status.deactivated')}
    </Badge>
  );
}
