import { Alert, Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { isEmail, isNotEmpty, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import type { Language, UserRole } from '../../../api/types';
import { isLanguage } from '../../../i18n/i18n';
import { useCreateUser } from '../hooks/use-create-user';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { useFormApiErrors } from '../../../shared/forms/use-form-api-errors';
import { isUserRole } from '../user-role';
import { FormErrors } from '../../../shared/forms/FormErrors';
import { LanguageSelect } from '../../../shared/language/LanguageSelect';
import { RoleSelect } from './RoleSelect';

const FIELDS = ['email', 'name', 'role', 'language'] as const;

interface CreateUserModalProps {
  opened: boolean;
  onClose: () => void;
}

interface Values {
  email: string;
  name: string;
  role: UserRole;
  language: Language;
}

export function CreateUserModal({ opened, onClose }: CreateUserModalProps) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const create = useCreateUser();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { email: '', name: '', role: 'officer', language: 'nl' },
    validate: {
      email: (value) =>
        isNotEmpty(t('users.validation.emailRequired'))(value) ??
        isEmail(t('users.validation.emailInvalid'))(value.trim()),
      name: isNotEmpty(t('users.validation.nameRequired')),
    },
  });
  const apiErrors = useFormApiErrors(form, FIELDS);

  const close = () => {
    form.reset();
    apiErrors.reset();
    create.reset();
    onClose();
  };

  const submit = form.onSubmit((values) => {
    apiErrors.reset();
    create.mutate(
      { ...values, email: values.email.trim(), name: values.name.trim() },
      {
        onSuccess: (user) => {
          notifications.show({
            color: 'green',
            title: t('users.notifications.created.title'),
            message: t('usersInvite.createdMessage', { name: user.name }),
          });
          close();
        },
        onError: (error) => {
          if (isApiError(error, 409)) form.setFieldError('email', t('users.validation.emailInUse'));
          else apiErrors.handle(error);
        },
      },
    );
  });

  return (
    <Modal opened={opened} onClose={close} title={t('users.create.title')} size="lg" fullScreen={isPhone}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormErrors messages={apiErrors.formErrors} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('users.fields.name')}
              autoComplete="off"
              withAsterisk
              data-autofocus
              {...form.getInputProps('name')}
            />
            <TextInput
              label={t('users.fields.email')}
              type="email"
              autoComplete="off"
              withAsterisk
              {...form.getInputProps('email')}
            />
            <RoleSelect
              withAsterisk
              {...form.getInputProps('role')}
              onChange={(value) => {
                if (isUserRole(value)) form.setFieldValue('role', value);
              }}
            />
            <LanguageSelect
              {...form.getInputProps('language')}
              onChange={(value) => {
                if (isLanguage(value)) form.setFieldValue('language', value);
              }}
            />
          </SimpleGrid>
          {/* no password here: the new user chooses their own through the invitation mail */}
          <Alert variant="light" color="lekwacht">
            {t('usersInvite.hint')}
          </Alert>
          <Group justify="flex-end" gap="sm" mt="xs" wrap="nowrap">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('users.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
