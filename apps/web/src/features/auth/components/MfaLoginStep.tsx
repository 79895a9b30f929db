import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { isNotEmpty, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconShieldLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { useLoginMfa } from '../hooks/use-login';

interface MfaLoginStepProps {
  onSuccess: () => void;
  /** The challenge ended (expired, too many wrong codes) or the user goes back: the password step again. */
  onRestart: (reason?: string) => void;
}

/**
 * The second step of a login for a user with two-step verification: a six-digit code from the
 * authenticator app (one-time-code autocomplete, numeric keyboard on phones) or, when the phone
 * is not at hand, one of the recovery codes.
 */
export function MfaLoginStep({ onSuccess, onRestart }: MfaLoginStepProps) {
  const { t } = useTranslation();
  const verify = useLoginMfa();
  const [recovery, setRecovery] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: { code: '' },
    validate: { code: isNotEmpty(t('login.mfa.codeRequired')) },
  });

  const submit = form.onSubmit((values) => {
    verify.mutate(values.code.trim(), {
      onSuccess: (result) => {
        if (result.recoveryCodesLeft !== undefined) {
          notifications.show({
            color: 'yellow',
            message: t('login.mfa.recoveryLeft', { count: result.recoveryCodesLeft }),
          });
        }
        onSuccess();
      },
      onError: (error) => {
        const ended = isApiError(error, 401) && error.errors.some((e) => e.rule === 'mfaChallengeEnded');
        if (ended) onRestart(t('login.mfa.ended'));
        else form.setFieldValue('code', '');
      },
    });
  });

  const error = verify.error;
  const errorText = !error
    ? null
    : isApiError(error, 401)
      ? t('login.mfa.invalidCode')
      : isApiError(error, 429)
        ? t('login.errors.tooManyAttempts')
        : isApiError(error, 400)
          ? t('login.mfa.invalidCode')
          : t('login.errors.unavailable');

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2} fz="h4">
          <IconShieldLock size={20} aria-hidden="true" style={{ verticalAlign: 'text-bottom', marginRight: 6 }} />
          {t('login.mfa.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {recovery ? t('login.mfa.introRecovery') : t('login.mfa.intro')}
        </Text>
      </Stack>
      {errorText && (
        <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />}>
          {errorText}
        </Alert>
      )}
      <form onSubmit={submit} noValidate aria-label={t('login.mfa.formLabel')}>
        <Stack gap="md">
          {recovery ? (
            <TextInput
              key="recovery"
              label={t('login.mfa.recoveryCode')}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              placeholder="XXXXX-XXXXX"
              withAsterisk
              data-autofocus
              autoFocus
              {...form.getInputProps('code')}
            />
          ) : (
            <TextInput
              key="totp"
              label={t('login.mfa.code')}
              autoComplete="one-time-code"
              inputMode="numeric"
              pattern="[0-9 ]*"
              maxLength={7}
              placeholder="123456"
              withAsterisk
              data-autofocus
              autoFocus
              {...form.getInputProps('code')}
            />
          )}
          <Button type="submit" fullWidth size="md" loading={verify.isPending}>
            {t('login.mfa.submit')}
          </Button>
        </Stack>
      </form>
      <Stack gap={4} align="center">
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => {
            setRecovery((r) => !r);
            form.reset();
            verify.reset();
          }}
        >
          {recovery ? t('login.mfa.useApp') : t('login.mfa.useRecovery')}
        </Anchor>
        <Anchor component="button" type="button" size="sm" c="dimmed" onClick={() => onRestart()}>
          {t('login.mfa.back')}
        </Anchor>
      </Stack>
    </Stack>
  );
}
