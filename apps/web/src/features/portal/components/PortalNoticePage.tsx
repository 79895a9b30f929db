import { Alert, Anchor, Button, Card, Group, Image, Stack, Text, TextInput, Title } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconClockExclamation,
  IconDownload,
  IconMail,
  IconPhone,
} from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { isApiError } from '../../../api/api-error';
import { lineOf, shownErrorsOf } from '../../../shared/errors/translate-api-error';
import { formatDateTime } from '../../../i18n/format';
import { useLang } from '../../../shared/language/use-lang';
import { isDeadLink, PublicLinkPage } from '../../../shared/ui/PublicLinkPage';
import { type PortalNotice, portalPdfUrl } from '../api/portal-api';
import { useAcknowledgePortalNotice, usePortalNotice } from '../hooks/use-portal-notice';
import { PortalNoticeHistory } from './PortalNoticeHistory';

/**
 * The customer portal: a customer contact opens a notice through a personal link, reads it,
 * downloads it as PDF and confirms receipt. Public: no session, no app shell.
 */
export function PortalNoticePage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const notice = usePortalNotice(token);
  const notFound = isDeadLink(notice);
  const org = notice.data?.organisation ?? null;
  // The customer reads a message from the organisation, not from the product that sent it.
  useEffect(() => {
    const page = notice.data ? notice.data.subject : notFound ? t('portal.notFound.title') : t('portal.title');
    document.title = org ? `${page} · ${org.name}` : page;
  }, [notice.data, notFound, org, t]);
  useNoticeLanguage(notice.data);

  return (
    <PublicLinkPage
      query={notice}
      brand={org ? <OrganisationBrand organisation={org} /> : <span />}
      headerNoWrap
      style={org ? { borderTop: `6px solid ${org.primaryColour}` } : undefined}
      maw={820}
      skeletonHeight={400}
      deadLink={{ title: t('portal.notFound.title'), description: t('portal.notFound.description') }}
      footer={
        org && (
          <Text size="xs" c="dimmed" ta="center">
            {t('portalLayout.footer', { organisation: org.name })}
          </Text>
        )
      }
    >
      {(data) => <PortalNoticeView token={token} notice={data} />}
    </PublicLinkPage>
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

type Organisation = PortalNotice['organisation'];

/** The organisation's logo and name in the portal header (admin settings), never the product's. */
function OrganisationBrand({ organisation }: { organisation: Organisation }) {
  return (
    <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
      {organisation.logoDataUrl && (
        <Image src={organisation.logoDataUrl} alt="" h={36} w="auto" maw={140} fit="contain" />
      )}
      <Text component="span" fw={700} fz={{ base: 'md', sm: 'lg' }} style={{ overflowWrap: 'anywhere' }}>
        {organisation.name}
      </Text>
    </Group>
  );
}

/** Our contact point: name, e-mail and phone as links a phone can act on. */
function ContactPoint({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const { contactPoint } = organisation;
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {t('portalLayout.contact', { organisation: organisation.name })}
      </Text>
      <Text size="sm">{contactPoint.name}</Text>
      <Group gap="md" wrap="wrap" style={{ rowGap: 2 }}>
        <Anchor size="sm" href={`mailto:${contactPoint.email}`} style={{ overflowWrap: 'anywhere' }}>
          <Group gap={4} wrap="nowrap" component="span">
            <IconMail size={16} aria-hidden="true" />
            {contactPoint.email}
          </Group>
        </Anchor>
        {contactPoint.phone && (
          <Anchor size="sm" href={`tel:${contactPoint.phone.replace(/[^+0-9]/g, '')}`}>
            <Group gap={4} wrap="nowrap" component="span">
              <IconPhone size={16} aria-hidden="true" />
              {contactPoint.phone}
            </Group>
          </Anchor>
        )}
      </Group>
    </Stack>
  );
}

/**
 * Where we are the customer's processor, the customer must make its own art. 33 decision: its
 * deadline and who to ask come first, before the notice itself.
 */
function ControllerDecision({ notice }: { notice: PortalNotice }) {
  const { t } = useTranslation();
  const lang = useLang();
  const hours = notice.controllerDecisionHours;
  if (hours === null) return null;
  const deadline = notice.sentAt ? new Date(Date.parse(notice.sentAt) + hours * 3_600_000).toISOString() : null;
  return (
    <Card
      component="section"
      aria-labelledby="portal-decision-title"
      p={{ base: 'sm', sm: 'lg' }}
      style={{ borderLeft: `6px solid ${notice.organisation.primaryColour}` }}
    >
      <Group gap="xs" mb={4} wrap="nowrap" align="flex-start">
        <IconClockExclamation size={22} aria-hidden="true" style={{ flexShrink: 0, marginTop: 2 }} />
        <Title order={2} fz="lg" id="portal-decision-title">
          {t('portalLayout.decision.title')}
        </Title>
      </Group>
      <Text size="md" fw={600} mb={4}>
        {deadline ? (
          <>
            {t('portalLayout.decision.deadline')} <time dateTime={deadline}>{formatDateTime(deadline, lang)}</time>
          </>
        ) : (
          t('portalLayout.decision.withinHours', { hours })
        )}
      </Text>
      <Text size="sm" c="dimmed" mb="sm">
        {t('portalLayout.decision.explain', { hours })}
      </Text>
      <ContactPoint organisation={notice.organisation} />
    </Card>
  );
}

function PortalNoticeView({ token, notice }: { token: string; notice: PortalNotice }) {
  const { t } = useTranslation();
  const lang = useLang();
  const processor = notice.controllerDecisionHours !== null;
  return (
    <>
      <ControllerDecision notice={notice} />
      <Card component="article" aria-labelledby="portal-title" p={{ base: 'sm', sm: 'lg' }}>
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
        {/* The notice as text in the page itself: it reads top to bottom with the page, without a
            scroll box of its own, on a laptop and on a phone. React escapes it. */}
        <Text
          lang={notice.language}
          size="md"
          lh={1.65}
          maw="72ch"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >
          {notice.text}
        </Text>
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
      {!processor && (
        <Card p={{ base: 'sm', sm: 'lg' }}>
          <ContactPoint organisation={notice.organisation} />
        </Card>
      )}
      <PortalNoticeHistory history={notice.history} />
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
      : isApiError(acknowledge.error, 400)
        ? t('portal.acknowledge.invalid')
        : // too many tries, an outage, no connection: in the portal's language, never the API's English
          shownErrorsOf(acknowledge.error, t).map(lineOf).join(' ')
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
