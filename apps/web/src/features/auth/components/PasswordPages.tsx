import {
  Alert,
  Anchor,
  Box,
  Button,
  Card,
  Center,
  Group,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { isEmail, isNotEmpty, useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isApiError } from '../../../api/api-error';
import { Brand } from '../../../shared/ui/Brand';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { LanguageSwitch } from '../../../shared/language/LanguageSwitch';
import { MIN_PASSWORD_LENGTH } from '../../../shared/users/password-rules';
import { confirmPasswordReset, requestPasswordReset } from '../api/password-reset-api';

/** The frame of the public account pages, like the login page: brand, language switch, one card. */
function PublicCard({ title, children }: { title: string; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <Box mih="100dvh" style={{ background: 'var(--lekwacht-app-bg)' }}>
      <Group justify="flex-end" p="md" component="header">
        <LanguageSwitch />
      </Group>
      <Center component="main" id="main-content" px="md" pb={48}>
        <Stack w="100%" maw={440} gap="lg">
          <Stack align="center">
            <Brand size="lg" />
          </Stack>
          <Card p={{ base: 'lg', sm: 'xl' }} shadow="sm">
            <Stack gap="md">
              <Title order={1} fz="h3">
                {title}
              </Title>
              {children}
            </Stack>
          </Card>
        </Stack>
      </Center>
    </Box>
  );
}

/** "Wachtwoord vergeten?": the same confirmation whatever the address (the API never tells). */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const request = useMutation({ mutationFn: requestPasswordReset });
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '' },
    validate: {
      email: (value) =>
        isNotEmpty(t('login.validation.emailRequired'))(value) ??
        isEmail(t('login.validation.emailInvalid'))(value.trim()),
    },
  });
  return (
    <PublicCard title={t('passwordReset.requestTitle')}>
      {request.isSuccess ? (
        <Alert role="status" color="teal" variant="light" icon={<IconCircleCheck aria-hidden="true" />}>
          {t('passwordReset.requestSent')}
        </Alert>
      ) : (
        <>
          <Text size="sm">{t('passwordReset.requestIntro')}</Text>
          {request.isError && (
            <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />}>
              {isApiError(request.error, 429) ? t('login.errors.tooManyAttempts') : t('login.errors.unavailable')}
            </Alert>
          )}
          <form noValidate onSubmit={form.onSubmit((v) => request.mutate(v.email.trim()))}>
            <Stack gap="md">
              <TextInput
                label={t('login.email')}
                type="email"
                autoComplete="username"
                withAsterisk
                data-autofocus
                autoFocus
                {...form.getInputProps('email')}
              />
              <Button type="submit" loading={request.isPending}>
                {t('passwordReset.requestSubmit')}
              </Button>
            </Stack>
          </form>
        </>
      )}
      <Anchor component={Link} to="/login" size="sm">
        {t('passwordReset.backToLogin')}
      </Anchor>
    </PublicCard>
  );
}

/** The page a reset or invitation mail links to: choose a password (twice); the link works once. */
export function SetPasswordPage({ purpose }: { purpose: 'reset' | 'invitation' }) {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const confirm = useMutation({ mutationFn: (password: string) => confirmPasswordReset(token, password) });
  const form = useForm({
    mode: 'controlled',
    initialValues: { password: '', repeat: '' },
    validate: {
      password: (v) =>
        v.length < MIN_PASSWORD_LENGTH ? t('users.validation.passwordLength', { min: MIN_PASSWORD_LENGTH }) : null,
      repeat: (v, values) => (v !== values.password ? t('passwordReset.mismatch') : null),
    },
  });
  const title = purpose === 'reset' ? t('passwordReset.resetTitle') : t('passwordReset.invitationTitle');
  const linkInvalid = isApiError(confirm.error, 400) && confirm.error.errors.some((e) => e.path === 'token');
  return (
    <PublicCard title={title}>
      {confirm.isSuccess ? (
        <>
          <Alert role="status" color="teal" variant="light" icon={<IconCircleCheck aria-hidden="true" />}>
            {t('passwordReset.done')}
          </Alert>
          <Button component={Link} to="/login">
            {t('passwordReset.toLogin')}
          </Button>
        </>
      ) : (
        <>
          <Text size="sm">{t('passwordReset.setIntro', { min: MIN_PASSWORD_LENGTH })}</Text>
          {confirm.isError && (
            <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />}>
              {linkInvalid ? (
                <>
                  {t('passwordReset.invalidLink')}{' '}
                  <Anchor component={Link} to="/forgot-password">
                    {t('passwordReset.requestNew')}
                  </Anchor>
                </>
              ) : isApiError(confirm.error, 429) ? (
                t('login.errors.tooManyAttempts')
              ) : (
                t('login.errors.unavailable')
              )}
            </Alert>
          )}
          <form noValidate onSubmit={form.onSubmit((v) => confirm.mutate(v.password))}>
            <Stack gap="md">
              {/* the e-mail is not known here; a hidden username helps password managers store the new one */}
              <PasswordInput
                label={t('passwordReset.newPassword')}
                autoComplete="new-password"
                withAsterisk
                data-autofocus
                autoFocus
                visibilityToggleButtonProps={{ 'aria-label': t('login.togglePassword') }}
                {...form.getInputProps('password')}
              />
              <PasswordInput
                label={t('passwordReset.repeatPassword')}
                autoComplete="new-password"
                withAsterisk
                visibilityToggleButtonProps={{ 'aria-label': t('login.togglePassword') }}
                {...form.getInputProps('repeat')}
              />
              <Button type="submit" loading={confirm.isPending}>
                {t('passwordReset.setSubmit')}
              </Button>
            </Stack>
          </form>
        </>
      )}
    </PublicCard>
  );
}

/** /password-reset/:token — the link from "forgot password" or from an admin. */
export const ResetPasswordPage = () => <SetPasswordPage purpose="reset" />;

/** /invitation/:token — a new user's first password. */
export const InvitationPage = () => <SetPasswordPage purpose="invitation" />;
