import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserRole } from '../../api/types';

const ROLE_COLOR: Record<UserRole, string> = {
  officer: 'lekwacht',
  manager: 'indigo',
  admin: 'grape',
};

export function RoleBadge({ role }: { role: UserRole }) {
  const { t } = useTranslation();
  return (
    <Badge color={ROLE_COLOR[role]} variant="light" tt="none" fw={600}>
      {t(`roles.${role}`)}
    </Badge>
  );
}
