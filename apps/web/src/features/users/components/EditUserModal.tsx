import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { IconMailForward } from '@tabler/icons-react';
import { api, dataOf } from '../../../api/client';
import { isNotEmpty, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Language, UpdateUserBody, User, UserRole } from '../../../api/types';
import { isLanguage } from '../../../i18n/i18n';
import { useFormApiErrors } from '../../../shared/forms/use-form-api-errors';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { useUpdateUser } from '../hooks/use-update-user';
import { isUserRole } from '../user-role';
import { FormErrors } from '../../../shared/forms/FormErrors';
import { LanguageSelect } from '../../../shared/language/LanguageSelect';
import { RoleSelect } from './RoleSelect';

const FIELDS = ['name', 'role', 'language'] as const;

interface EditUserModalProps {
  user: User;
  isSelf: boolean;
  onClose: () => void;
}

interface Values {
  name: string;
  role: UserRole;
  language: Language;
}

/** Edits one user; mounted only while open so it always starts from the row's values. */
export function EditUserModal({ user, isSelf, onClose }: EditUserModalProps) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const update = useUpdateUser();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { name: user.name, role: user.role, language: user.language },
    validate: {
      name: isNotEmpty(t('users.validation.nameRequired')),
    },
  });
  const apiErrors = useFormApiErrors(form, FIELDS);

  const submit = form.onSubmit((values) => {
    apiErrors.reset();
    const body: UpdateUserBody = { name: values.name.trim(), language: values.language };
    if (values.role !== user.role) body.role = values.role;
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
          {/* users set their own passwords: the admin sends a link instead of typing one */}
          <SendPasswordLinkButton user={user} />
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

/** Mails the user a link to set their password (a new invitation if they never chose one). */
function SendPasswordLinkButton({ user }: { user: User }) {
  const { t } = useTranslation();
  const send = useMutation({
    mutationFn: async () =>
      dataOf(await api.POST('/api/users/{id}/password-reset', { params: { path: { id: user.id } } })).purpose,
    onSuccess: (purpose) =>
      notifications.show({
        color: 'green',
        message:
          purpose === 'invitation'
            ? t('usersInvite.sentInvitation', { name: user.name })
            : t('usersInvite.sentReset', { name: user.name }),
      }),
  });
  return (
    <div>
      <Button
        variant="default"
        size="xs"
        leftSection={<IconMailForward size={14} aria-hidden="true" />}
        loading={send.isPending}
        disabled={!user.active}
        onClick={() => send.mutate()}
        aria-label={t('usersInvite.sendLinkNamed', { name: user.name })}
      >
        {t('usersInvite.sendLink')}
      </Button>
    </div>
  );
}
