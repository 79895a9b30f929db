import {
  DEFAULT_NOTIFICATION_TERMS,
  MAX_NAMED_CONTACTS,
  MAX_NOTIFICATION_DEADLINE_HOURS,
  type NotificationTerms,
  REQUIRED_CONTENT_ITEMS,
} from '@lekwacht/domain';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Skeleton,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { isEmail, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../../i18n/i18n';
import type { Customer } from '../../../shared/breaches/breach-types';
import { DateField } from '../../../shared/date-time/DateField';
import { LoadError } from '../../../shared/ui/LoadError';
import { FormErrors } from '../../../shared/forms/FormErrors';
import { LanguageSelect } from '../../../shared/language/LanguageSelect';
import { useFormApiErrors } from '../../../shared/forms/use-form-api-errors';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { useNotificationTerms, useSaveNotificationTerms } from '../hooks/use-notification-terms';

/** Form paths equal the API's field paths, so a 400 lands on the field it names. */
const FIELDS = [
  'deadlineHours',
  'countedFrom',
  'language',
  'recipients.securityMailbox',
  'recipients.managementFallback',
  'recipients.namedContacts',
  ...Array.from({ length: MAX_NAMED_CONTACTS }, (_, i) =>
    (['name', 'email', 'phone'] as const).map((f) => `recipients.namedContacts.${i}.${f}`),
  ).flat(),
  'channels.phone',
  'requiredContent',
  'agreementReference',
  'agreementDate',
] as const;

type FormValues = Omit<NotificationTerms, 'recipients' | 'agreementReference' | 'agreementDate'> & {
  recipients: {
    namedContacts: { name: string; email: string; phone: string }[];
    securityMailbox: string;
    managementFallback: boolean;
  };
  agreementReference: string;
  agreementDate: string;
};

const toForm = (terms: NotificationTerms): FormValues => ({
  ...terms,
  recipients: {
    namedContacts: terms.recipients.namedContacts.map((c) => ({ ...c, phone: c.phone ?? '' })),
    securityMailbox: terms.recipients.securityMailbox ?? '',
    managementFallback: terms.recipients.managementFallback,
  },
  agreementReference: terms.agreementReference ?? '',
  agreementDate: terms.agreementDate ?? '',
});

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

const fromForm = (v: FormValues): NotificationTerms => ({
  ...v,
  recipients: {
    namedContacts: v.recipients.namedContacts.map((c) => ({
      name: c.name.trim(),
      email: c.email.trim(),
      phone: orNull(c.phone),
    })),
    securityMailbox: orNull(v.recipients.securityMailbox),
    managementFallback: v.recipients.managementFallback,
  },
  agreementReference: orNull(v.agreementReference),
  agreementDate: orNull(v.agreementDate),
});

interface Props {
  customer: Customer;
  onClose: () => void;
}

/**
 * The processing agreement's terms for breach notices, per customer (admin). Running breaches
 * keep the terms they were registered under; the modal says so.
 */
export function NotificationTermsModal({ customer, onClose }: Props) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const current = useNotificationTerms(customer.id);
  const save = useSaveNotificationTerms(customer.id);
  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: toForm({ ...DEFAULT_NOTIFICATION_TERMS, language: customer.language }),
    validate: {
      deadlineHours: (v) =>
        Number.isInteger(v) && v >= 1 && v <= MAX_NOTIFICATION_DEADLINE_HOURS
          ? null
          : t('notificationTerms.validation.hours', { max: MAX_NOTIFICATION_DEADLINE_HOURS }),
      recipients: {
        namedContacts: {
          name: (v) => (v.trim() ? null : t('notificationTerms.validation.nameRequired')),
          email: (v) => isEmail(t('notificationTerms.validation.emailInvalid'))(v.trim()),
        },
        securityMailbox: (v) => (v.trim() ? isEmail(t('notificationTerms.validation.emailInvalid'))(v.trim()) : null),
      },
      agreementDate: (v) => (v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v) ? null : t('notificationTerms.validation.date')),
    },
  });
  const apiErrors = useFormApiErrors(
    { setFieldError: (path: (typeof FIELDS)[number], error: string) => form.setFieldError(path, error) },
    FIELDS,
  );
  const loaded = current.data;
  useEffect(() => {
    if (loaded) {
      form.setValues(toForm(loaded.terms));
      form.resetDirty();
    }
    // the form object is stable for the modal's life; reload only when the data changes
  }, [loaded]);

  const done = (messageKey: string) => {
    notifications.show({ color: 'green', title: t(messageKey), message: customer.name });
    onClose();
  };
  const submit = form.onSubmit((values) => {
    apiErrors.reset();
    save.mutate(fromForm(values), { onSuccess: () => done('notificationTerms.saved'), onError: apiErrors.handle });
  });
  const reset = () => {
    apiErrors.reset();
    save.mutate(null, { onSuccess: () => done('notificationTerms.resetDone'), onError: apiErrors.handle });
  };
  const contacts = form.getValues().recipients.namedContacts;

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('notificationTerms.title', { name: customer.name })}
      size="xl"
      fullScreen={isPhone}
    >
      {current.isPending ? (
        <Stack aria-busy="true">
          {Array.from({ length: 5 }, (_, i) => (
            <Skeleton key={i} height={36} />
          ))}
        </Stack>
      ) : current.isError ? (
        <LoadError
          title={t('notificationTerms.loadFailed')}
          onRetry={() => void current.refetch()}
          retrying={current.isFetching}
        />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Group gap="xs">
              <Badge color={current.data.agreed ? 'teal' : 'gray'} variant="light">
                {t(current.data.agreed ? 'notificationTerms.agreed' : 'notificationTerms.notAgreed')}
              </Badge>
            </Group>
            <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden="true" />}>
              {t('notificationTerms.snapshotNote')}
            </Alert>
            <FormErrors messages={apiErrors.formErrors} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                label={t('notificationTerms.fields.agreementReference')}
                placeholder="VWO-2024-017"
                {...form.getInputProps('agreementReference')}
              />
              <DateField
                name="agreementDate"
                label={t('notificationTerms.fields.agreementDate')}
                value={form.values.agreementDate}
                onChange={(v) => form.setFieldValue('agreementDate', v)}
                error={form.errors['agreementDate']}
              />
            </SimpleGrid>
            <Fieldset legend={t('notificationTerms.fields.deadline')} variant="filled">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <NumberInput
                  label={t('notificationTerms.fields.deadlineHours')}
                  description={t('notificationTerms.fields.deadlineHoursHint')}
                  min={1}
                  max={MAX_NOTIFICATION_DEADLINE_HOURS}
                  allowDecimal={false}
                  withAsterisk
                  {...form.getInputProps('deadlineHours')}
                />
                <Stack gap={4}>
                  <Text size="sm" fw={500} id="counted-from-label">
                    {t('notificationTerms.fields.countedFrom')}
                  </Text>
                  <SegmentedControl
                    aria-labelledby="counted-from-label"
                    fullWidth
                    data={[
                      { value: 'discovery', label: t('notificationTerms.countedFrom.discovery') },
                      { value: 'confirmation', label: t('notificationTerms.countedFrom.confirmation') },
                    ]}
                    {...form.getInputProps('countedFrom')}
                  />
                  <Text size="xs" c="dimmed">
                    {t(`notificationTerms.countedFromHint.${form.getValues().countedFrom}`)}
                  </Text>
                </Stack>
              </SimpleGrid>
            </Fieldset>
            <Fieldset legend={t('notificationTerms.fields.recipients')} variant="filled">
              <Stack gap="sm">
                {contacts.length === 0 && (
                  <Text size="sm" c="dimmed">
                    {t('notificationTerms.noNamedContacts')}
                  </Text>
                )}
                {contacts.map((_, i) => (
                  <Group key={i} align="flex-start" gap="xs" wrap={isPhone ? 'wrap' : 'nowrap'}>
                    <TextInput
                      style={{ flex: 2, minWidth: 160 }}
                      label={t('notificationTerms.fields.contactName')}
                      withAsterisk
                      {...form.getInputProps(`recipients.namedContacts.${i}.name`)}
                    />
                    <TextInput
                      style={{ flex: 2, minWidth: 180 }}
                      type="email"
                      label={t('notificationTerms.fields.contactEmail')}
                      withAsterisk
                      {...form.getInputProps(`recipients.namedContacts.${i}.email`)}
                    />
                    <TextInput
                      style={{ flex: 1.5, minWidth: 140 }}
                      type="tel"
                      label={t('notificationTerms.fields.contactPhone')}
                      {...form.getInputProps(`recipients.namedContacts.${i}.phone`)}
                    />
                    <ActionIcon
                      mt={isPhone ? 0 : 26}
                      variant="subtle"
                      color="red"
                      aria-label={t('notificationTerms.removeContact', { n: i + 1 })}
                      onClick={() => form.removeListItem('recipients.namedContacts', i)}
                    >
                      <IconTrash size={18} aria-hidden="true" />
                    </ActionIcon>
                  </Group>
                ))}
                <Group>
                  <Button
                    variant="light"
                    size="xs"
                    leftSection={<IconPlus size={16} aria-hidden="true" />}
                    disabled={contacts.length >= MAX_NAMED_CONTACTS}
                    onClick={() => form.insertListItem('recipients.namedContacts', { name: '', email: '', phone: '' })}
                  >
                    {t('notificationTerms.addContact')}
                  </Button>
                </Group>
                <TextInput
                  type="email"
                  label={t('notificationTerms.fields.securityMailbox')}
                  placeholder="security@klant.nl"
                  {...form.getInputProps('recipients.securityMailbox')}
                />
                <Switch
                  label={t('notificationTerms.fields.managementFallback')}
                  description={t('notificationTerms.fields.managementFallbackHint')}
                  {...form.getInputProps('recipients.managementFallback', { type: 'checkbox' })}
                />
              </Stack>
            </Fieldset>
            <Fieldset legend={t('notificationTerms.fields.channels')} variant="filled">
              <Stack gap="sm">
                <Switch label={t('notificationTerms.fields.email')} checked disabled readOnly />
                <Switch
                  label={t('notificationTerms.fields.phone')}
                  description={t('notificationTerms.fields.phoneHint')}
                  {...form.getInputProps('channels.phone', { type: 'checkbox' })}
                />
                <LanguageSelect
                  label={t('notificationTerms.fields.language')}
                  {...form.getInputProps('language')}
                  onChange={(value) => {
                    if (isLanguage(value)) form.setFieldValue('language', value);
                  }}
                />
              </Stack>
            </Fieldset>
            <Checkbox.Group
              label={t('notificationTerms.fields.requiredContent')}
              description={t('notificationTerms.fields.requiredContentHint')}
              {...form.getInputProps('requiredContent')}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
                {REQUIRED_CONTENT_ITEMS.map((item) => (
                  <Checkbox key={item} value={item} label={t(`notificationTerms.content.${item}`)} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            <Group justify="space-between" mt="sm">
              <Button variant="subtle" color="gray" onClick={reset} disabled={!current.data.agreed || save.isPending}>
                {t('notificationTerms.reset')}
              </Button>
              <Group>
                <Button variant="default" onClick={onClose}>
                  {t('common.cancel')}
                </Button>
                <Button type="submit" loading={save.isPending}>
                  {t('common.save')}
                </Button>
              </Group>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
