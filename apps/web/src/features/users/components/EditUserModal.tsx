import { Button, Group, Modal, PasswordInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { isNotEmpty, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Language, UpdateUserBody, User, UserRole } from '../../../api/types';
import { isLanguage } from '../../../i18n/i18n';
import { useFormApiErrors } from '../hooks/use-form-api-errors';
import { useIsPhone } from '../hooks/use-is-phone';
import { useUpdateUser } from '../hooks/use-update-user';
import { MIN_PASSWORD_LENGTH } from '../password-rules';
import { isUserRole } from '../user-role';
import { FormErrors } from './FormErrors';
import { LanguageSelect } from './LanguageSelect';
import { RoleSelect } from './RoleSelect';

const FIELDS = ['name', 'role', 'language', 'password'] as const;

interface EditUserModalProps {
  user: User;
  isSelf: boolean;
  onClose: () => void;
}

interface Values {
  name: string;
  role: UserRole;
  language: Language;
  password: string;
}

/** Edits one user; mounted only while open so it always starts from the row's values. */
export function EditUserModal({ user, isSelf, onClose }: EditUserModalProps) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const update = useUpdateUser();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { name: user.name, role: user.role, language: user.language, password: '' },
    validate: {
      name: isNotEmpty(t('users.validation.nameRequired')),
      password: (value) =>
        value !== '' && value.length < MIN_PASSWORD_LENGTH
          ? t('users.validation.passwordLength', { min: MIN_PASSWORD_LENGTH })
          : null,
    },
  });
  const apiErrors = useFormApiErrors(form, FIELDS);

  const submit = form.onSubmit((values) => {
    apiErrors.reset();
    const body: UpdateUserBody = { name: values.name.trim(), language: values.language };
    if (values.role !== user.role) body.role = values.role;
    if (values.password) body.password = values.password;
    update.mutate(
      { id: user.id, body },
      {
        onSuccess: (updated) => {
          notifications.show({
            color: 'green',
            title: t('users.notifications.updated.title'),
            message: t('users.notifications.updated.message', { name: updated.name }),
          });
          onClose();
        },
        onError: apiErrors.handle,
      },
    );
  });

  return (
    <Modal opened onClose={onClose} title={t('users.edit.title')} size="lg" fullScreen={isPhone}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {user.email}
          </Text>
          <FormErrors messages={apiErrors.formErrors} />
          <TextInput label={t('users.fields.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <RoleSelect
              {...form.getInputProps('role')}
              disabled={isSelf}
              description={isSelf ? t('users.edit.ownRole') : undefined}
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
          <PasswordInput
            label={t('users.fields.newPassword')}
            description={t('users.fields.newPasswordHint', { min: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            visibilityToggleButtonProps={{ 'aria-label': t('login.togglePassword') }}
            {...form.getInputProps('password')}
          />
          <Group justify="flex-end" gap="sm" mt="xs" wrap="nowrap">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
