import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconPencil, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../api/types';
import { RoleBadge } from '../../../shared/users/RoleBadge';
import { UserStatusBadge } from './UserStatusBadge';

interface UserCardsProps {
  users: User[];
  currentUserId: string;
  onEdit: (user: User) => void;
  onToggleActive: (user: User) => void;
}

/** The users as a list of cards, for phones where a five-column table does not fit. */
export function UserCards({ users, currentUserId, onEdit, onToggleActive }: UserCardsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('users.title')}>
      {users.map((user) => (
        <Card key={user.id} component="li" p="md">
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text fw={600} c={user.active ? undefined : 'dimmed'}>
                {user.name}{' '}
                {user.id === currentUserId && (
                  <Badge size="xs" variant="outline" color="gray" tt="none" style={{ verticalAlign: 'middle' }}>
                    {t('users.table.you')}
                  </Badge>
                )}
              </Text>
              <UserStatusBadge active={user.active} />
            </Group>
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {user.email}
            </Text>
            <Group justify="space-between" mt={4}>
              <RoleBadge role={user.role} />
              <Group gap="xs">
                <Button
                  size="compact-sm"
                  variant="default"
                  leftSection={<IconPencil size={14} aria-hidden="true" />}
                  aria-label={t('users.actions.editNamed', { name: user.name })}
                  onClick={() => onEdit(user)}
                >
                  {t('users.actions.edit')}
                </Button>
                <Button
                  size="compact-sm"
                  variant="light"
                  color={user.active ? 'red' : 'lekwacht'}
                  leftSection={
                    user.active ? (
                      <IconUserOff size={14} aria-hidden="true" />
                    ) : (
                      <IconUserCheck size={14} aria-hidden="true" />
                    )
                  }
                  aria-label={
                    user.active
                      ? t('users.actions.deactivateNamed', { name: user.name })
                      : t('users.actions.reactivateNamed', { name: user.name })
                  }
                  onClick={() => onToggleActive(user)}
                >
                  {user.active ? t('users.actions.deactivate') : t('users.actions.reactivate')}
                </Button>
              </Group>
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
