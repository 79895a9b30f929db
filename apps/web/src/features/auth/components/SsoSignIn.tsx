import { Button, Divider, Stack, Text } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ssoStartUrl } from '../../../shared/session/sso-api';

interface SsoSignInProps {
  label: string;
  next: string;
  /** The password form follows: a divider says "or". */
  withPasswordForm: boolean;
}

/**
 * "Inloggen met <provider>": a plain link (a full page load to the API, which sends the browser to
 * the provider), so it works without scripts and every browser treats it as navigation.
 */
export function SsoSignIn({ label, next, withPasswordForm }: SsoSignInProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-testid="sso-sign-in">
      {!withPasswordForm && (
        <Text size="sm" c="dimmed">
          {t('login.sso.onlyHint')}
        </Text>
      )}
      <Button
        component="a"
        href={ssoStartUrl(next)}
        fullWidth
        size="md"
        variant={withPasswordForm ? 'light' : 'filled'}
        leftSection={<IconKey size={18} aria-hidden="true" />}
      >
        {t('login.sso.button', { label })}
      </Button>
      {withPasswordForm && <Divider label={t('login.sso.or')} labelPosition="center" />}
    </Stack>
  );
}
