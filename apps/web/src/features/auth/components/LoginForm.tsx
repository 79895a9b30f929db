import { Alert, Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { isEmail, isNotEmpty, useForm } from '@mantine/form';
import { IconAlertCircle, IconLogin2 } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isApiError } from '../../../api/api-error';
import { useLogin } from '../hooks/use-login';
import { DemoAccounts } from './DemoAccounts';
import { MfaLoginStep } from './MfaLoginStep';

interface LoginFormProps {
  onSuccess: () => void;
}

function useLoginErrorText(error: unknown): string | null {
  const { t } = useTranslation();
  if (!error) return null;
  if (isApiError(error, 401)) return t('login.errors.invalidCredentials');
  if (isApiError(error, 429)) return t('login.errors.tooManyAttempts');
  if (isApiError(error, 400)) return t('login.errors.invalidInput');
  return t('login.errors.unavailable');
}

export function LoginForm({ onSuccess }: LoginFormProps) {
  const { t } = useTranslation();
  const login = useLogin();
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) =>
        isNotEmpty(t('login.validation.emailRequired'))(value) ??
        isEmail(t('login.validation.emailInvalid'))(value.trim()),
      password: isNotEmpty(t('login.validation.passwordRequired')),
    },
  });
  const errorText = useLoginErrorText(login.error);
  // the password was right and the account has two-step verification: ask for the code
  const [mfaStep, setMfaStep] = useState(false);
  const [restartNote, setRestartNote] = useState<string | null>(null);

  const submit = form.onSubmit((values) => {
    setRestartNote(null);
    login.mutate(
      { email: values.email.trim(), password: values.password },
      {
        onSuccess: (result) => {
          if (result.mfaRequired) setMfaStep(true);
          else onSuccess();
        },
      },
    );
  });

  if (mfaStep) {
    return (
      <MfaLoginStep
        onSuccess={onSuccess}
        onRestart={(reason) => {
          setMfaStep(false);
          setRestartNote(reason ?? null);
          login.reset();
          form.setFieldValue('password', '');
        }}
      />
    );
  }

  return (
    <Stack gap="md">
      {restartNote && (
        <Alert role="alert" color="yellow" variant="light" icon={<IconAlertCircle aria-hidden="true" />}>
          {restartNote}
        </Alert>
      )}
      {errorText && (
        <Alert
          role="alert"
          color="red"
          variant="light"
          icon={<IconAlertCircle aria-hidden="true" />}
          title={t('login.errors.title')}
        >
          {errorText}
        </Alert>
      )}
      <form onSubmit={submit} noValidate aria-label={t('login.formLabel')}>
        <Stack gap="md">
          <TextInput
            label={t('login.email')}
            type="email"
            autoComplete="username"
            placeholder={t('login.emailPlaceholder')}
            withAsterisk
            data-autofocus
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('login.password')}
            autoComplete="current-password"
            withAsterisk
            visibilityToggleButtonProps={{
              'aria-label': t('login.togglePassword'),
            }}
            {...form.getInputProps('password')}
          />
          <Group justify="flex-end" mt={-8}>
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('login.forgotPassword')}
            </Anchor>
          </Group>
          <Button
            type="submit"
            fullWidth
            size="md"
            mt="xs"
            loading={login.isPending}
            leftSection={<IconLogin2 size={18} aria-hidden="true" />}
          >
            {t('login.submit')}
          </Button>
        </Stack>
      </form>
      <DemoAccounts
        onPick={(email, password) => {
          form.setValues({ email, password });
          form.clearErrors();
        }}
      />
    </Stack>
  );
}
