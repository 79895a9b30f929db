import { Button, Fieldset, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { isEmail, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../api/types';
import { isLanguage } from '../../../i18n/i18n';
import type { Customer, CustomerBody } from '../../../shared/breaches/breach-types';
import { FormErrors } from '../../../shared/forms/FormErrors';
import { LanguageSelect } from '../../../shared/language/LanguageSelect';
import { useFormApiErrors } from '../../../shared/forms/use-form-api-errors';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { useSaveCustomer } from '../../../shared/customers/use-customers';

const FIELDS = [
  'name',
  'contactPerson.name',
  'contactPerson.email',
  'management.name',
  'management.email',
  'language',
] as const;

interface Values {
  name: string;
  contactName: string;
  contactEmail: string;
  managementName: string;
  managementEmail: string;
  language: Language;
}

interface CustomerModalProps {
  /** The customer to edit; null to create one. */
  customer: Customer | null;
  onClose: () => void;
}

/** Create or edit a customer: name, optional contact person, required management, language. */
export function CustomerModal({ customer, onClose }: CustomerModalProps) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const save = useSaveCustomer();
  const form = useForm<Values>({
    mode: 'controlled',
    validateInputOnChange: true,
    initialValues: {
      name: customer?.name ?? '',
      contactName: customer?.contactPerson?.name ?? '',
      contactEmail: customer?.contactPerson?.email ?? '',
      managementName: customer?.management.name ?? '',
      managementEmail: customer?.management.email ?? '',
      language: customer?.language ?? 'nl',
    },
    validate: {
      name: (v) => (v.trim() ? null : t('customers.validation.nameRequired')),
      contactName: (v, values) =>
        !v.trim() && values.contactEmail.trim() ? t('customers.validation.contactBoth') : null,
      contactEmail: (v, values) =>
        v.trim()
          ? isEmail(t('customers.validation.emailInvalid'))(v.trim())
          : values.contactName.trim()
            ? t('customers.validation.contactBoth')
            : null,
      managementName: (v) => (v.trim() ? null : t('customers.validation.managementNameRequired')),
      managementEmail: (v) =>
        v.trim()
          ? isEmail(t('customers.validation.emailInvalid'))(v.trim())
          : t('customers.validation.managementEmailRequired'),
    },
  });
  const apiErrors = useFormApiErrors(
    {
      setFieldError: (path: (typeof FIELDS)[number], error: string) => {
        const map: Record<string, keyof Values> = {
          name: 'name',
          'contactPerson.name': 'contactName',
          'contactPerson.email': 'contactEmail',
          'management.name': 'managementName',
          'management.email': 'managementEmail',
          language: 'language',
        };
        form.setFieldError(map[path] ?? 'name', error);
      },
    },
    FIELDS,
  );

  const submit = form.onSubmit((values) => {
    apiErrors.reset();
    const body: CustomerBody = {
      name: values.name.trim(),
      contactPerson:
        values.contactName.trim() && values.contactEmail.trim()
          ? { name: values.contactName.trim(), email: values.contactEmail.trim() }
          : null,
      management: { name: values.managementName.trim(), email: values.managementEmail.trim() },
      language: values.language,
    };
    save.mutate(
      { id: customer?.id ?? null, body },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'green',
            title: t(customer ? 'customers.notifications.updated' : 'customers.notifications.created'),
            message: saved.name,
          });
          onClose();
        },
        onError: apiErrors.handle,
      },
    );
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(customer ? 'customers.edit.title' : 'customers.create.title')}
      size="lg"
      fullScreen={isPhone}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormErrors messages={apiErrors.formErrors} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label={t('customers.fields.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
            <LanguageSelect
              label={t('customers.fields.language')}
              withAsterisk
              {...form.getInputProps('language')}
              onChange={(value) => {
                if (isLanguage(value)) form.setFieldValue('language', value);
              }}
            />
          </SimpleGrid>
          <Fieldset legend={t('customers.fields.management')} variant="filled">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                label={t('customers.fields.managementName')}
                withAsterisk
                {...form.getInputProps('managementName')}
              />
              <TextInput
                label={t('customers.fields.managementEmail')}
                type="email"
                withAsterisk
                {...form.getInputProps('managementEmail')}
              />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={t('customers.fields.contactPerson')} variant="filled">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                label={t('customers.fields.contactName')}
                description={t('customers.fields.optional')}
                {...form.getInputProps('contactName')}
              />
              <TextInput
                label={t('customers.fields.contactEmail')}
                description={t('customers.fields.optional')}
                type="email"
                {...form.getInputProps('contactEmail')}
              />
            </SimpleGrid>
          </Fieldset>
          <Group justify="flex-end" gap="sm" wrap="nowrap">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
