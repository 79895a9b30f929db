import { Alert, Badge, Box, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClockExclamation, IconLogin } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { isApiError } from '../../../api/api-error';
import { formatCountdown, formatDateTime } from '../../../i18n/format';
import { useMe } from '../../../shared/session/use-me';
import { loginPathFor } from '../../../shared/session/next-path';
import { useLang } from '../../../shared/language/use-lang';
import { Brand } from '../../../shared/ui/Brand';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { PublicLinkPage } from '../../../shared/ui/PublicLinkPage';
import type { EscalationPage } from '../api/escalation-link-api';
import { useAcknowledgeFromPage, useEscalationPage } from '../hooks/use-escalations';
import { stepLabel } from '../step-label';

/**
 * Where the escalation mail links to (/escalations/:id?r=<recipient token>). Opening it changes
 * nothing: mail scanners open links too. The recipient acknowledges with a deliberate click,
 * after login, or, for a mailbox without an account, with the one-time code from their own mail.
 */
export function EscalationLinkPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const token = params.get('r');
  const { t } = useTranslation();
  const page = useEscalationPage(id, token);
  useDocumentTitle(
    page.data ? t('escalationLink.documentTitle', { reference: page.data.breachReference }) : t('escalationLink.title'),
  );

  return (
    <PublicLinkPage
      query={page}
      brand={<Brand />}
      maw={640}
      skeletonHeight={200}
      deadLink={{
        title: t('escalationLink.notFound.title'),
        description: isApiError(page.error, 403)
          ? t('escalationLink.notFound.notRecipient')
          : t('escalationLink.notFound.description'),
      }}
    >
      {(data) => <EscalationView id={id} token={token} page={data} />}
    </PublicLinkPage>
  );
}

function EscalationView({ id, token, page }: { id: string; token: string | null; page: EscalationPage }) {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const overdue = new Date(page.dueAt).getTime() <= Date.now();
  const duty = t(`obligations.kind.${page.obligationKind}`) + (page.customerName ? ` (${page.customerName})` : '');

  return (
    <>
      <Card component="section" aria-labelledby="escalation-title" p={{ base: 'sm', sm: 'lg' }}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('escalationLink.intro', { name: page.recipient.name })}
          </Text>
          <Title order={1} fz={{ base: 'xl', sm: 'h2' }} id="escalation-title" style={{ overflowWrap: 'anywhere' }}>
            {duty}
          </Title>
          <Group gap="xs" wrap="wrap">
            <Badge color={overdue ? 'red' : 'orange'} variant="light" size="lg">
              {formatCountdown(page.dueAt, lang)}
            </Badge>
            <Badge color="gray" variant="light" size="lg">
              {stepLabel(page.step, t)}
            </Badge>
          </Group>
          <Box
            component="dl"
            m={0}
            style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px' }}
          >
            <Text component="dt" size="sm" c="dimmed">
              {t('escalationLink.breach')}
            </Text>
            <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
              <strong>{page.breachReference}</strong> — {page.breachTitle}
            </Text>
            <Text component="dt" size="sm" c="dimmed">
              {t('escalationLink.dueAt')}
            </Text>
            <Text component="dd" size="sm" m={0}>
              <time dateTime={page.dueAt}>{formatDateTime(page.dueAt, lang)}</time>
            </Text>
            {page.firedAt && (
              <>
                <Text component="dt" size="sm" c="dimmed">
                  {t('escalationLink.firedAt')}
                </Text>
                <Text component="dd" size="sm" m={0}>
                  <time dateTime={page.firedAt}>{formatDateTime(page.firedAt, lang)}</time>
                </Text>
              </>
            )}
          </Box>
          {me.data && (
            <Group>
              <Button component={Link} to={`/breaches/${page.breachId}/escalations`} variant="light">
                {t('escalationLink.openBreach')}
              </Button>
            </Group>
          )}
        </Stack>
      </Card>
      <AcknowledgeCard id={id} token={token} page={page} loggedInAs={me.data?.name ?? null} />
      {page.acknowledgements.length > 0 && (
        <Card component="section" aria-labelledby="escalation-acks" p={{ base: 'sm', sm: 'lg' }}>
          <Title order={2} fz="md" id="escalation-acks" mb="xs">
            {t('escalationLink.acknowledgedBy')}
          </Title>
          <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {page.acknowledgements.map((a) => (
              <Text component="li" size="sm" key={`${a.name}-${a.acknowledgedAt}`}>
                {a.name} — <time dateTime={a.acknowledgedAt}>{formatDateTime(a.acknowledgedAt, lang)}</time>
              </Text>
            ))}
          </Stack>
        </Card>
      )}
    </>
  );
}

function AcknowledgeCard({
  id,
  token,
  page,
  loggedInAs,
}: {
  id: string;
  token: string | null;
  page: EscalationPage;
  loggedInAs: string | null;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const location = useLocation();
  const acknowledge = useAcknowledgeFromPage(id, token);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);

  if (page.recipient.acknowledgedAt) {
    return (
      <Alert
        role="status"
        color="green"
        variant="light"
        icon={<IconCircleCheck aria-hidden="true" />}
        title={t('escalationLink.done.title')}
        styles={{ title: { color: '#1e6b30' } }}
      >
        {t('escalationLink.done.body', { date: formatDateTime(page.recipient.acknowledgedAt, lang) })}
      </Alert>
    );
  }
  if (!page.current) {
    return (
      <Alert
        role="status"
        color="gray"
        variant="light"
        icon={<IconClockExclamation aria-hidden="true" />}
        title={t('escalationLink.expired.title')}
      >
        {t(`escalationLink.expired.${page.expiredReason ?? 'not_fired'}`)}
      </Alert>
    );
  }

  const error = acknowledge.error;
  const serverError = error
    ? isApiError(error, 409)
      ? t('escalationLink.errors.conflict')
      : isApiError(error, 403)
        ? page.recipient.hasAccount
          ? t('escalationLink.errors.notRecipient')
          : t('escalationLink.errors.wrongCode')
        : isApiError(error, 400)
          ? t('escalationLink.errors.codeFormat')
          : isApiError(error)
            ? t('errors.unexpected')
            : t('errors.network')
    : null;
  const alert = serverError && (
    <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle aria-hidden="true" />}>
      {serverError}
    </Alert>
  );

  return (
    <Card component="section" aria-labelledby="escalation-ack-title" p={{ base: 'sm', sm: 'lg' }}>
      <Title order={2} fz="lg" id="escalation-ack-title" mb={4}>
        {t('escalationLink.acknowledge.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('escalationLink.acknowledge.description')}
      </Text>
      {page.recipient.hasAccount ? (
        loggedInAs ? (
          <Stack gap="sm">
            {!page.recipient.isYou && (
              <Text size="sm">
                {t('escalationLink.acknowledge.otherUser', { me: loggedInAs, recipient: page.recipient.name })}
              </Text>
            )}
            {alert}
            <Group>
              <Button
                onClick={() => acknowledge.mutate(null)}
                loading={acknowledge.isPending}
                leftSection={<IconCircleCheck size={16} aria-hidden="true" />}
              >
                {t('escalationLink.acknowledge.submit', { name: loggedInAs })}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Stack gap="sm">
            <Text size="sm">{t('escalationLink.acknowledge.loginFirst')}</Text>
            <Group>
              <Button
                component={Link}
                to={loginPathFor(location)}
                leftSection={<IconLogin size={16} aria-hidden="true" />}
              >
                {t('escalationLink.acknowledge.login')}
              </Button>
            </Group>
          </Stack>
        )
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const trimmed = code.trim();
            if (!/^[A-Za-z0-9]{4}-?[A-Za-z0-9]{4}$/.test(trimmed)) {
              setCodeError(t('escalationLink.errors.codeFormat'));
              return;
            }
            setCodeError(null);
            acknowledge.mutate(trimmed);
          }}
        >
          <Stack gap="sm">
            <TextInput
              label={t('escalationLink.acknowledge.code')}
              description={t('escalationLink.acknowledge.codeHint')}
              autoComplete="one-time-code"
              autoCapitalize="characters"
              spellCheck={false}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              required
              maxLength={9}
              error={codeError}
              styles={{ input: { fontFamily: 'monospace', letterSpacing: 2, maxWidth: 200 } }}
            />
            {alert}
            <Group>
              <Button
                type="submit"
                loading={acknowledge.isPending}
                leftSection={<IconCircleCheck size={16} aria-hidden="true" />}
              >
                {t('escalationLink.acknowledge.submitCode')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}
