import { Box, Button, Card } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../api/types';
import { useCurrentUser } from '../../../shared/session/use-me';
import { EmptyStateCard } from '../../../shared/ui/EmptyStateCard';
import { LoadError } from '../../../shared/ui/LoadError';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { useUsers } from '../hooks/use-users';
import { CreateUserModal } from './CreateUserModal';
import { EditUserModal } from './EditUserModal';
import { ToggleActiveDialog } from './ToggleActiveDialog';
import { UserCards } from './UserCards';
import { UsersTable } from './UsersTable';
import { UsersTableSkeleton } from './UsersTableSkeleton';
import { MfaPolicyCard } from './MfaPolicyCard';

/** Admin: who may use Lekwacht, with which role. Users are deactivated, never deleted. */
export function UsersPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const users = useUsers();
  const [createOpened, createModal] = useDisclosure(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [toggling, setToggling] = useState<User | null>(null);

  const newUserButton = (
    <Button leftSection={<IconUserPlus size={18} aria-hidden="true" />} onClick={createModal.open}>
      {t('users.create.button')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('users.title')} description={t('users.description')} actions={newUserButton} />
      {users.isPending ? (
        <Card p={0}>
          <UsersTableSkeleton />
        </Card>
      ) : users.isError ? (
        <LoadError title={t('users.loadFailed')} onRetry={() => void users.refetch()} retrying={users.isFetching} />
      ) : users.data.length === 0 ? (
        <EmptyStateCard
          icon={<IconUsers size={28} aria-hidden="true" />}
          title={t('users.empty.title')}
          description={t('users.empty.description')}
        />
      ) : (
        <>
          <Card p={0} visibleFrom="sm">
            <UsersTable users={users.data} currentUserId={me.id} onEdit={setEditing} onToggleActive={setToggling} />
          </Card>
          <Box hiddenFrom="sm">
            <UserCards users={users.data} currentUserId={me.id} onEdit={setEditing} onToggleActive={setToggling} />
          </Box>
        </>
      )}
      <MfaPolicyCard />
      <CreateUserModal opened={createOpened} onClose={createModal.close} />
      {editing && <EditUserModal user={editing} isSelf={editing.id === me.id} onClose={() => setEditing(null)} />}
      {toggling && <ToggleActiveDialog user={toggling} onClose={() => setToggling(null)} />}
    </>
  );
}
