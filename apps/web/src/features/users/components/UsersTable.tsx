import { ActionIcon, Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../api/types';
import { RoleBadge } from '../../../shared/users/RoleBadge';
import { UserStatusBadge } from './UserStatusBadge';

interface UsersTableProps {
  users: User[];
  currentUserId: string;
  onEdit: (user: User) => void;
  onToggleActive: (user: User) => void;
}

export function UsersTable({ users, currentUserId, onEdit, onToggleActive }: UsersTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={680}>
      <Table>
        <Table.Caption>{t('users.table.caption', { count: users.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.fields.name')}</Table.Th>
            <Table.Th scope="col">{t('users.fields.email')}</Table.Th>
            <Table.Th scope="col">{t('users.fields.role')}</Table.Th>
            <Table.Th scope="col">{t('users.fields.status')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('users.table.actions')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id} c={user.active ? undefined : 'dimmed'}>
              <Table.Th scope="row" fw={600}>
                <Group gap={6} wrap="nowrap">
                  {user.name}
                  {user.id === currentUserId && (
                    <Badge size="xs" variant="outline" color="gray" tt="none" style={{ flex: 'none' }}>
                      {t('users.table.you')}
                    </Badge>
                  )}
                </Group>
              </Table.Th>
              <Table.Td>
                <Text size="sm" inherit>
                  {user.email}
                </Text>
              </Table.Td>
              <Table.Td>
                <RoleBadge role={user.role} />
              </Table.Td>
              <Table.Td>
                <UserStatusBadge active={user.active} />
              </Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Tooltip label={t('users.actions.edit')} withArrow>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('users.actions.editNamed', { name: user.name })}
                      onClick={() => onEdit(user)}
                    >
                      <IconPencil size={18} aria-hidden="true" />
                    </ActionIcon>
                  </Tooltip>
                  <ToggleActiveButton user={user} onClick={() => onToggleActive(user)} />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ToggleActiveButton({ user, onClick }: { user: User; onClick: () => void }) {
  const { t } = useTranslation();
  const label = user.active ? t('users.actions.deactivate') : t('users.actions.reactivate');
  const named = user.active
    ? t('users.actions.deactivateNamed', { name: user.name })
    : t('users.actions.reactivateNamed', { name: user.name });
  return (
    <Tooltip label={label} withArrow>
      <ActionIcon variant="subtle" color={user.active ? 'red' : 'lekwacht'} aria-label={named} onClick={onClick}>
        {user.active ? <IconUserOff size={18} aria-hidden="true" /> : <IconUserCheck size={18} aria-hidden="true" />}
      </ActionIcon>
    </Tooltip>
  );
}
