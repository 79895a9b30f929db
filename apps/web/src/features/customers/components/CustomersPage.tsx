import {
  ActionIcon,
  Box,
  Button,
  Card,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconBuilding, IconFileCertificate, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../shared/breaches/breach-types';
import { EmptyStateCard } from '../../../shared/ui/EmptyStateCard';
import { LoadError } from '../../../shared/ui/LoadError';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { useCustomers } from '../../../shared/customers/use-customers';
import { CustomerModal } from './CustomerModal';
import { NotificationTermsCsv } from './NotificationTermsCsv';
import { NotificationTermsModal } from './NotificationTermsModal';

type Editing = { customer: Customer | null } | null;

/** Admin: the customers we process data for, with contact person and management. */
export function CustomersPage() {
  const { t } = useTranslation();
  const customers = useCustomers();
  const [editing, setEditing] = useState<Editing>(null);
  const [terms, setTerms] = useState<Customer | null>(null);

  const createButton = (
    <Button leftSection={<IconPlus size={18} aria-hidden="true" />} onClick={() => setEditing({ customer: null })}>
      {t('customers.create.button')}
    </Button>
  );
  const person = (p: { name: string; email: string } | null) =>
    p ? (
      <>
        <Text size="sm">{p.name}</Text>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {p.email}
        </Text>
      </>
    ) : (
      <Text size="sm" c="dimmed">
        {t('customers.noContactPerson')}
      </Text>
    );
  const termsButton = (c: Customer) => (
    <Tooltip label={t('notificationTerms.button')}>
      <ActionIcon
        variant="subtle"
        aria-label={t('notificationTerms.aria', { name: c.name })}
        onClick={() => setTerms(c)}
      >
        <IconFileCertificate size={18} aria-hidden="true" />
      </ActionIcon>
    </Tooltip>
  );
  const editButton = (c: Customer) => (
    <Tooltip label={t('customers.edit.button')}>
      <ActionIcon
        variant="subtle"
        aria-label={t('customers.edit.aria', { name: c.name })}
        onClick={() => setEditing({ customer: c })}
      >
        <IconPencil size={18} aria-hidden="true" />
      </ActionIcon>
    </Tooltip>
  );

  return (
    <>
      <PageHeader title={t('customers.title')} description={t('customers.description')} actions={createButton} />
      {customers.isPending ? (
        <Card aria-busy="true">
          <Stack gap="sm">
            {Array.from({ length: 4 }, (_, i) => (
              <Skeleton key={i} height={40} />
            ))}
          </Stack>
        </Card>
      ) : customers.isError ? (
        <LoadError
          title={t('customers.loadFailed')}
          onRetry={() => void customers.refetch()}
          retrying={customers.isFetching}
        />
      ) : customers.data.length === 0 ? (
        <EmptyStateCard
          icon={<IconBuilding size={28} aria-hidden="true" />}
          title={t('customers.empty.title')}
          description={t('customers.empty.description')}
        >
          {createButton}
        </EmptyStateCard>
      ) : (
        <>
          <Card p={0} visibleFrom="sm">
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('customers.fields.name')}</Table.Th>
                  <Table.Th>{t('customers.fields.contactPerson')}</Table.Th>
                  <Table.Th>{t('customers.fields.management')}</Table.Th>
                  <Table.Th>{t('customers.fields.language')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('customers.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {customers.data.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td fw={600}>{c.name}</Table.Td>
                    <Table.Td>{person(c.contactPerson)}</Table.Td>
                    <Table.Td>{person(c.management)}</Table.Td>
                    <Table.Td>{t(`language.names.${c.language}`)}</Table.Td>
                    <Table.Td ta="right">
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        {termsButton(c)}
                        {editButton(c)}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
          <Box hiddenFrom="sm">
            <Stack gap="sm">
              {customers.data.map((c) => (
                <Card key={c.id} p="md">
                  <Group justify="space-between" mb="xs" wrap="nowrap">
                    <Text fw={600}>{c.name}</Text>
                    <Group gap={4} wrap="nowrap">
                      {termsButton(c)}
                      {editButton(c)}
                    </Group>
                  </Group>
                  <Text size="xs" c="dimmed" fw={600}>
                    {t('customers.fields.contactPerson')}
                  </Text>
                  {person(c.contactPerson)}
                  <Text size="xs" c="dimmed" fw={600} mt="xs">
                    {t('customers.fields.management')}
                  </Text>
                  {person(c.management)}
                  <Text size="xs" c="dimmed" mt="xs">
                    {t('customers.fields.language')}: {t(`language.names.${c.language}`)}
                  </Text>
                </Card>
              ))}
            </Stack>
          </Box>
        </>
      )}
      {customers.data && customers.data.length > 0 && <NotificationTermsCsv />}
      {editing && <CustomerModal customer={editing.customer} onClose={() => setEditing(null)} />}
      {terms && <NotificationTermsModal customer={terms} onClose={() => setTerms(null)} />}
    </>
  );
}
