import { Alert, Box, Button, Card, Center, Group, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconDownload, IconLinkOff } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { isApiError } from '../../../api/api-error';
import { formatDateTime } from '../../../i18n/format';
import { useLang } from '../../breaches/hooks/use-lang';
import { Brand } from '../../layout/components/Brand';
import { EmptyStateCard } from '../../layout/components/EmptyStateCard';
import { LoadError } from '../../layout/components/LoadError';
import { useDocumentTitle } from '../../layout/hooks/use-document-title';
import { LanguageSwitch } from '../../language/components/LanguageSwitch';
import { type PortalNotice, portalPdfUrl } from '../api/portal-api';
import { useAcknowledgePortalNotice, usePortalNotice } from '../hooks/use-portal-notice';

/**
 * The customer portal: a customer contact opens a notice through a personal link, reads it,
 * downloads it as PDF and confirms receipt. Public: no session, no app shell.
 */
export function PortalNoticePage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const notice = usePortalNotice(token);
  const notFound = notice.isError && isApiError(notice.error) && notice.error.status < 500;
  useDocumentTitle(notice.data ? notice.data.subject : notFound ? t('portal.notFound.title') : t('portal.title'));
  useNoticeLanguage(notice.data);

  return (
    <Box mih="100dvh">
      <Group justify="space-between" p="md" component="header">
        <Brand />
        <LanguageSwitch />
      </Group>
      <Center component="main" id="main-content" px={{ base: 'xs', sm: 'md' }} py="xl">
        <Stack w="100%" maw={820} gap="md">
          {notice.isPending ? (
            <Stack gap="sm" aria-busy="true" aria-label={t('common.loading')}>
              <Skeleton height={32} width="60%" />
              <Skeleton height={400} />
            </Stack>
          ) : notFound ? (
            <EmptyStateCard
              icon={<IconLinkOff size={28} aria-hidden="true" />}
              title={t('portal.notFound.title')}
              description={t('portal.notFound.description')}
              headingOrder={1}
            />
          ) : notice.isError ? (
            <LoadError onRetry={() => void notice.refetch()} retrying={notice.isFetching} />
          ) : (
            <PortalNoticeView token={token} notice={notice.data} />
          )}
          <Text size="xs" c="dimmed" ta="center">
            {t('portal.footer')}
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}

/** The page chrome follows the notice's language once, on arrival; the reader may switch after. */
function useNoticeLanguage(notice: PortalNotice | undefined) {
  const { i18n } = useTranslation();
  const applied = useRef(false);
  useEffect(() => {
    if (!notice || applied.current) return;
    applied.current = true;
    if (i18n.language !== notice.language) void i18n.changeLanguage(notice.language);
  }, [notice, i18n]);
}

function PortalNoticeView({ token, notice }: { token: string; notice: PortalNotice }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <Card component="section" aria-labelledby="portal-title" p={{ base: 'sm', sm: 'lg' }}>
        <Stack gap="xs" mb="md">
          <Text size="sm" c="dimmed">
            {t('portal.intro', { customer: notice.customerName })}
          </Text>
          <Title order={1} fz={{ base: 'xl', sm: 'h2' }} id="portal-title" style={{ overflowWrap: 'anywhere' }}>
            {notice.subject}
          </Title>
          <Group gap="lg" wrap="wrap" style={{ rowGap: 4 }}>
            <Text size="sm">
              <Text span c="dimmed">
                {t('portal.customer')}:
              </Text>{' '}
              {notice.customerName}
            </Text>
            <Text size="sm">
              <Text span c="dimmed">
                {t('portal.reference')}:
              </Text>{' '}
              {notice.reference}
            </Text>
            {notice.sentAt && (
              <Text size="sm">
                <Text span c="dimmed">
                  {t('portal.sentAt')}:
                </Text>{' '}
                <time dateTime={notice.sentAt}>{formatDateTime(notice.sentAt, lang)}</time>
              </Text>
            )}
          </Group>
        </Stack>
        <iframe
          title={t('portal.frameTitle', { subject: notice.subject })}
          sandbox=""
          srcDoc={notice.html}
          lang={notice.language}
          style={{
            width: '100%',
            height: 'min(70dvh, 720px)',
            border: '1px solid var(--mantine-color-gray-3)',
            borderRadius: 8,
            background: 'white',
          }}
        />
        <Group mt="md">
          <Button
            component="a"
            href={portalPdfUrl(token)}
            download
            variant="light"
            leftSection={<IconDownload size={16} aria-hidden="true" />}
          >
            {t('portal.downloadPdf')}
          </Button>
        </Group>
      </Card>
      <AcknowledgeCard token={token} notice={notice} />
    </>
  );
}

function AcknowledgeCard({ token, notice }: { token: string; notice: PortalNotice }) {
  const { t } = useTranslation();
  const lang = useLang();
  const acknowledge = useAcknowledgePortalNotice(token);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);

  if (notice.acknowledgedAt) {
    return (
      <Alert
        role="status"
        color="green"
        variant="light"
        icon={<IconCircleCheck aria-hidden="true" />}
        title={t('portal.acknowledged.title')}
        // green-9 on the light green alert is 3.8:1, below WCAG AA: a darker title
        styles={{ title: { color: '#1e6b30' } }}
      >
        {t('portal.acknowledged.body', {
          date: formatDateTime(notice.acknowledgedAt, lang),
          name: notice.acknowledgedByName ?? '—',
        })}
      </Alert>
    );
  }

  const serverError = acknowledge.error
    ? isApiError(acknowledge.error, 404)
      ? t('portal.notFound.description')
      : isApiError(acknowledge.error) && acknowledge.error.status === 400
        ? t('portal.acknowledge.invalid')
        : isApiError(acknowledge.error)
          ? t('errors.unexpected')
          : t('errors.network')
    : null;

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setNameError(t('portal.acknowledge.nameRequired'));
      return;
    }
    setNameError(null);
    acknowledge.mutate(trimmed);
  };

  return (
    <Card component="section" aria-labelledby="portal-ack-title" p={{ base: 'sm', sm: 'lg' }}>
      <Title order={2} fz="lg" id="portal-ack-title" mb={4}>
        {t('portal.acknowledge.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('portal.acknowledge.description')}
      </Text>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('portal.acknowledge.name')}
            autoComplete="name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            maxLength={200}
            error={nameError}
          />
          {serverError && (
            <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle aria-hidden="true" />}>
              {serverError}
            </Alert>
          )}
          <Group>
            <Button
              type="submit"
              loading={acknowledge.isPending}
              leftSection={<IconCircleCheck size={16} aria-hidden="true" />}
            >
              {t('portal.acknowledge.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
