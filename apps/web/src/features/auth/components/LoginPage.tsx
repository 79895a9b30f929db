import { Box, Card, Center, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { Brand } from '../../../shared/ui/Brand';
import { LanguageSwitch } from '../../../shared/language/LanguageSwitch';
import { useMe } from '../../../shared/session/use-me';
import { safeNextPath } from '../../../shared/session/next-path';
import { LoginForm } from './LoginForm';
import { useSsoConfig } from '../hooks/use-sso-config';
import { SsoSignIn } from './SsoSignIn';

export function LoginPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const sso = useSsoConfig().config;
  useDocumentTitle(t('login.title'));

  if (me.data) return <Navigate to={next} replace />;

  return (
    <Box
      mih="100dvh"
      style={{
        background:
          'radial-gradient(1200px 600px at 10% -10%, var(--mantine-color-lekwacht-1), transparent 60%), var(--lekwacht-app-bg)',
      }}
    >
      <Group justify="flex-end" p="md" component="header">
        <LanguageSwitch />
      </Group>
      <Center component="main" id="main-content" px="md" pb={48}>
        <Stack w="100%" maw={420} gap="lg">
          <Stack align="center" gap={6}>
            <Brand size="lg" />
            <Text c="dimmed" ta="center" size="sm" maw={360}>
              {t('app.tagline')}
            </Text>
          </Stack>
          <Card p={{ base: 'lg', sm: 'xl' }} shadow="sm">
            <Stack gap="lg">
              <Title order={1} fz="h3">
                {t('login.heading')}
              </Title>
              {/* single sign-on (OIDC): shown when configured; LOCAL_LOGIN=false hides the password form */}
              {sso.enabled && sso.label && (
                <SsoSignIn label={sso.label} next={next} withPasswordForm={sso.localLogin} />
              )}
              {sso.localLogin && <LoginForm onSuccess={() => void navigate(next, { replace: true })} />}
            </Stack>
          </Card>
          <Text size="xs" c="dimmed" ta="center">
            {t('login.footer')}
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}
