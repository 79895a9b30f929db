import { Alert, Button, Card, PasswordInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ShownErrorList } from '../../../shared/errors/ApiErrorList';
import { shownErrorsOf } from '../../../shared/errors/translate-api-error';
import { MIN_PASSWORD_LENGTH } from '../../../shared/users/password-rules';
import { useChangePassword } from '../hooks/use-mfa';

/** Users set their own passwords: the current one, then the new one (other sessions end). */
export function PasswordCard() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const form = useForm({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '' },
    validate: {
      currentPassword: (v) => (v ? null : t('login.validation.passwordRequired')),
      newPassword: (v) =>
        v.length < MIN_PASSWORD_LENGTH ? t('users.validation.passwordLength', { min: MIN_PASSWORD_LENGTH }) : null,
    },
  });
  return (
    <Card component="section" aria-labelledby="password-title" p="md" mb="md">
      <Title order={2} fz="lg" id="password-title">
        {t('accountSecurity.password.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('accountSecurity.password.description')}
      </Text>
      <form noValidate onSubmit={form.onSubmit((values) => change.mutate(values, { onSuccess: () => form.reset() }))}>
        <Stack gap="sm">
          {change.isSuccess && (
            <Alert role="status" color="teal" variant="light">
              {t('accountSecurity.password.changed')}
            </Alert>
          )}
          {change.isError && (
            <Alert role="alert" color="red">
              <ShownErrorList errors={shownErrorsOf(change.error, t)} />
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <PasswordInput
              label={t('accountSecurity.password.current')}
              autoComplete="current-password"
              withAsterisk
              visibilityToggleButtonProps={{ 'aria-label': t('login.togglePassword') }}
              {...form.getInputProps('currentPassword')}
            />
            <PasswordInput
              label={t('accountSecurity.password.new')}
              description={t('accountSecurity.password.newHint', { min: MIN_PASSWORD_LENGTH })}
              autoComplete="new-password"
              withAsterisk
              visibilityToggleButtonProps={{ 'aria-label': t('login.togglePassword') }}
              {...form.getInputProps('newPassword')}
            />
          </SimpleGrid>
          <div>
            <Button type="submit" variant="default" loading={change.isPending}>
              {t('accountSecurity.password.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Card>
  );
}
