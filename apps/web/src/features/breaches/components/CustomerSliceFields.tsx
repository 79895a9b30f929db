import { MultiSelect, NumberInput, SegmentedControl, SimpleGrid, Stack, TagsInput, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_ROLES, type CustomerRole } from '../../../api/types';
import { DATA_CATEGORIES, type DataCategory } from '../../../shared/breaches/breach-types';

/**
 * One affected customer's slice of a breach, as the form holds it: numbers stay '' while not
 * known, because a blank field means "not known yet", not zero.
 */
export interface CustomerSliceValue {
  role: CustomerRole;
  dataCategories: DataCategory[];
  subjectsCount: number | '';
  groupsOfPeople: string[];
  recordsEstimate: number | '';
}

export const emptyCustomerSlice = (): CustomerSliceValue => ({
  // Processor by default: the vendor processes its customers' data on their behalf.
  role: 'processor',
  dataCategories: [],
  subjectsCount: '',
  groupsOfPeople: [],
  recordsEstimate: '',
});

/** The API body for a slice (AffectedCustomerInputDto without the customer id). */
export const toSliceBody = (v: CustomerSliceValue) => ({
  role: v.role,
  dataCategories: v.dataCategories,
  subjectsCount: v.subjectsCount === '' ? null : v.subjectsCount,
  groupsOfPeople: v.groupsOfPeople,
  recordsEstimate: v.recordsEstimate === '' ? null : v.recordsEstimate,
});

type SliceField = keyof CustomerSliceValue;

export interface CustomerSliceFieldsProps {
  customerName: string;
  value: CustomerSliceValue;
  onChange: (next: CustomerSliceValue) => void;
  /** Errors per field, e.g. from the form or the API's 400 messages. */
  errors?: Partial<Record<SliceField, string>>;
  disabled?: boolean;
}

/**
 * A customer's own figures: what of theirs was affected and our role for them. The customer's
 * notice shows exactly these, so the labels say so. A fieldset, so a screen reader announces the
 * customer's name with every field.
 */
export function CustomerSliceFields({ customerName, value, onChange, errors, disabled }: CustomerSliceFieldsProps) {
  const { t } = useTranslation();
  const roleLabelId = useId();
  const set = <K extends SliceField>(key: K, next: CustomerSliceValue[K]) => onChange({ ...value, [key]: next });
  const count = (v: string | number) => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : '');
  return (
    <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }} disabled={disabled}>
      <legend style={{ padding: 0 }}>
        <Text fw={600} size="sm" mb="xs">
          {customerName}
        </Text>
      </legend>
      <Stack gap="sm">
        <div>
          <Text id={roleLabelId} size="sm" fw={500} mb={4}>
            {t('customerSlice.role')}
          </Text>
          <SegmentedControl
            aria-labelledby={roleLabelId}
            fullWidth
            value={value.role}
            onChange={(v) => set('role', v as CustomerRole)}
            data={CUSTOMER_ROLES.map((r) => ({ value: r, label: t(`customerSlice.roles.${r}`) }))}
          />
          <Text size="xs" c="dimmed" mt={4}>
            {t(`customerSlice.roleHint.${value.role}`)}
          </Text>
        </div>
        <MultiSelect
          label={t('customerSlice.dataCategories')}
          description={t('customerSlice.dataCategoriesHint')}
          searchable
          data={DATA_CATEGORIES.map((c) => ({ value: c, label: t(`dataCategories.${c}`) }))}
          value={value.dataCategories}
          onChange={(v) => set('dataCategories', v as DataCategory[])}
          error={errors?.dataCategories}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NumberInput
            label={t('customerSlice.subjectsCount')}
            description={t('customerSlice.unknownHint')}
            min={0}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator="."
            decimalSeparator=","
            value={value.subjectsCount}
            onChange={(v) => set('subjectsCount', count(v))}
            error={errors?.subjectsCount}
          />
          <NumberInput
            label={t('customerSlice.recordsEstimate')}
            description={t('customerSlice.unknownHint')}
            min={0}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator="."
            decimalSeparator=","
            value={value.recordsEstimate}
            onChange={(v) => set('recordsEstimate', count(v))}
            error={errors?.recordsEstimate}
          />
        </SimpleGrid>
        <TagsInput
          label={t('customerSlice.groupsOfPeople')}
          description={t('customerSlice.groupsOfPeopleHint')}
          maxTags={20}
          value={value.groupsOfPeople}
          onChange={(v) => set('groupsOfPeople', v)}
          error={errors?.groupsOfPeople}
        />
      </Stack>
    </fieldset>
  );
}
