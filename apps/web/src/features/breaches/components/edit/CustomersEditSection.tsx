import { ActionIcon, Button, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomers } from '../../../../shared/customers/use-customers';
import type { AffectedCustomer, Breach, DataCategory } from '../../../../shared/breaches/breach-types';
import { useLang } from '../../../../shared/language/use-lang';
import { CustomerSliceFields, type CustomerSliceValue, emptyCustomerSlice, toSliceBody } from '../CustomerSliceFields';
import { ApiErrorAlert } from '../../../../shared/errors/ApiErrorList';
import { useSectionSave } from './use-section-save';

/** An affected customer with its slice (data categories, groups, records arrive with the slice API). */
type AffectedWithSlice = AffectedCustomer & {
  dataCategories?: DataCategory[];
  groupsOfPeople?: string[];
  recordsEstimate?: number | null;
};

interface Row {
  key: number;
  customerId: string;
  slice: CustomerSliceValue;
}

const SLICE_FIELDS = ['role', 'dataCategories', 'subjectsCount', 'groupsOfPeople', 'recordsEstimate'] as const;

const rowOf = (c: AffectedWithSlice, key: number): Row => ({
  key,
  customerId: c.customerId,
  slice: {
    role: c.role,
    dataCategories: c.dataCategories ?? [],
    subjectsCount: c.subjectsCount ?? '',
    groupsOfPeople: c.groupsOfPeople ?? [],
    recordsEstimate: c.recordsEstimate ?? '',
  },
});

/**
 * The affected customers and each one's figures. Saving replaces the list (the API's contract);
 * a customer added here gets its own 48-hour notice deadline.
 */
export function CustomersEditSection({ breach, canEdit }: { breach: Breach; canEdit: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const customers = useCustomers();
  const affected = breach.affectedCustomers as AffectedWithSlice[];
  const [editing, setEditing] = useState(false);
  const [rows, setRows] = useState<Row[]>([]);
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const nextKey = useRef(0);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const title = t('breach.sections.customers');

  const fields = [
    'affectedCustomers',
    ...rows.flatMap((_, i) => ['customerId', ...SLICE_FIELDS].map((f) => `affectedCustomers.${i}.${f}`)),
  ];
  const labels = Object.fromEntries(
    rows.flatMap((row, i) => [
      [`affectedCustomers.${i}.customerId`, t('breachEdit.customers.customer')],
      ...SLICE_FIELDS.map((f) => [`affectedCustomers.${i}.${f}`, t(`customerSlice.${f}`)]),
    ]),
  );
  const { save, saving, errors, clearErrors } = useSectionSave(breach.id, fields, labels);

  useEffect(() => {
    if (!editing && wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const start = () => {
    setRows(affected.map((c) => rowOf(c, nextKey.current++)));
    setRowErrors({});
    clearErrors();
    setEditing(true);
  };
  const setRow = (key: number, patch: Partial<Row>) =>
    setRows((current) => current.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const nameOf = (id: string) =>
    customers.data?.find((c) => c.id === id)?.name ?? affected.find((c) => c.customerId === id)?.customerName ?? '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    rows.forEach((row, i) => {
      if (!row.customerId) local[`affectedCustomers.${i}.customerId`] = t('breachEdit.customers.pickRequired');
      else if (rows.findIndex((r) => r.customerId === row.customerId) !== i) {
        local[`affectedCustomers.${i}.customerId`] = t('breachEdit.customers.duplicate');
      }
    });
    setRowErrors(local);
    if (Object.keys(local).length > 0) return;
    const body = { affectedCustomers: rows.map((r) => ({ customerId: r.customerId, ...toSliceBody(r.slice) })) };
    const form = { setFieldError: (path: string, text: string) => setRowErrors((e) => ({ ...e, [path]: text })) };
    save(body as Parameters<typeof save>[0], form, () => setEditing(false));
  };

  const count = (n: number | null | undefined) =>
    n === null || n === undefined ? t('wizard.review.unknown') : n.toLocaleString(lang);

  const view =
    affected.length === 0 ? (
      <Text size="sm" c="dimmed">
        {t('breach.noCustomers')}
      </Text>
    ) : (
      <Table.ScrollContainer minWidth={560}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('breach.customerColumns.name')}</Table.Th>
              <Table.Th>{t('breach.customerColumns.subjects')}</Table.Th>
              <Table.Th>{t('customerSlice.recordsEstimate')}</Table.Th>
              <Table.Th>{t('breach.customerColumns.role')}</Table.Th>
              <Table.Th>{t('customerSlice.dataCategories')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {affected.map((c) => (
              <Table.Tr key={c.customerId}>
                <Table.Td>{c.customerName}</Table.Td>
                <Table.Td>{count(c.subjectsCount)}</Table.Td>
                <Table.Td>{count(c.recordsEstimate)}</Table.Td>
                <Table.Td>{t(`customerRoles.${c.role}`)}</Table.Td>
                <Table.Td>
                  {(c.dataCategories ?? []).map((d) => t(`dataCategories.${d}`)).join(', ') || '—'}
                  {c.groupsOfPeople?.length ? ` · ${c.groupsOfPeople.join(', ')}` : ''}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  const options = (customers.data ?? []).map((c) => ({ value: c.id, label: c.name }));
  const form = (
    <form onSubmit={submit} noValidate aria-label={t('breachEdit.editSection', { section: title })}>
      <Stack gap="md">
        <ApiErrorAlert title={t('breachEdit.saveFailed')} errors={errors} />
        {rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('breach.noCustomers')}
          </Text>
        )}
        {rows.map((row, i) => {
          const err = (f: string) => rowErrors[`affectedCustomers.${i}.${f}`];
          const name = nameOf(row.customerId) || t('breachEdit.customers.newRow', { n: i + 1 });
          return (
            <Card key={row.key} withBorder p="sm">
              <Stack gap="sm">
                <Group align="flex-end" gap="xs" wrap="nowrap">
                  <Select
                    style={{ flex: 1, minWidth: 0 }}
                    label={t('breachEdit.customers.customer')}
                    placeholder={t('breachEdit.customers.pick')}
                    searchable
                    data={options}
                    value={row.customerId || null}
                    onChange={(v) => setRow(row.key, { customerId: v ?? '' })}
                    error={err('customerId')}
                    nothingFoundMessage={t('breachEdit.customers.noneFound')}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    mb={err('customerId') ? 22 : 0}
                    aria-label={t('breachEdit.customers.remove', { name })}
                    onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
                  >
                    <IconTrash size={18} aria-hidden="true" />
                  </ActionIcon>
                </Group>
                <CustomerSliceFields
                  customerName={name}
                  value={row.slice}
                  onChange={(slice) => setRow(row.key, { slice })}
                  errors={Object.fromEntries(SLICE_FIELDS.map((f) => [f, err(f)]).filter(([, v]) => v))}
                  disabled={saving}
                />
              </Stack>
            </Card>
          );
        })}
        <Group justify="space-between" gap="xs">
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden="true" />}
            onClick={() =>
              setRows((current) => [
                ...current,
                { key: nextKey.current++, customerId: '', slice: emptyCustomerSlice() },
              ])
            }
          >
            {t('breachEdit.customers.add')}
          </Button>
          <Group gap="xs">
            <Button variant="default" onClick={() => setEditing(false)} disabled={saving}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('common.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );

  return (
    <Card component="section" aria-labelledby="customers-title">
      <Group justify="space-between" gap="xs" mb="sm" wrap="nowrap">
        <Title order={2} fz="lg" id="customers-title">
          {title}
        </Title>
        {canEdit && !editing && (
          <Button
            ref={editButton}
            size="compact-sm"
            variant="subtle"
            leftSection={<IconPencil size={14} aria-hidden="true" />}
            onClick={start}
            aria-label={t('breachEdit.editSection', { section: title })}
          >
            {t('breachEdit.edit')}
          </Button>
        )}
      </Group>
      {editing ? form : view}
    </Card>
  );
}
