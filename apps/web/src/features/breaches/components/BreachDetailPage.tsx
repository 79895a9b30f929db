import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconLock } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { isApiError } from '../../../api/api-error';
import { formatDateTime } from '../../../i18n/format';
import { AssessmentSection } from '../../assessment/components/AssessmentSection';
import { AuthorityNotificationSection } from '../../authority-notification/components/AuthorityNotificationSection';
import { NotRequiredAction } from '../../authority-notification/components/NotRequiredAction';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { EscalationsSection } from '../../escalations/components/EscalationsSection';
import { BreachMailSection } from '../../mail/components/BreachMailSection';
import { NoticesSection } from '../../notices/components/NoticesSection';
import { LoadError } from '../../layout/components/LoadError';
import { PageHeader } from '../../layout/components/PageHeader';
import { NotFoundPage } from '../../layout/components/NotFoundPage';
import type { Breach, Obligation } from '../api/breach-types';
import { useBreach, useCloseBreach, useTimeline } from '../hooks/use-breaches';
import { useLang } from '../hooks/use-lang';
import { useNow } from '../hooks/use-now';
import { CountdownChip } from './CountdownChip';

/** One breach: deadlines, facts, customers, timeline. */
export function BreachDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const breach = useBreach(id);
  useAcknowledgedNotice();

  if (breach.isPending) {
    return (
      <Stack gap="md" aria-busy="true">
        <Skeleton height={36} width="60%" />
        <Skeleton height={160} />
        <Skeleton height={240} />
      </Stack>
    );
  }
  if (breach.isError) {
    if (isApiError(breach.error, 404) || isApiError(breach.error, 400)) return <NotFoundPage />;
    return (
      <LoadError title={t('breach.loadFailed')} onRetry={() => void breach.refetch()} retrying={breach.isFetching} />
    );
  }
  return <BreachView breach={breach.data} />;
}

/**
 * The one-click link in an escalation mail acknowledges and lands here with
 * `?acknowledged=<escalation id>`: confirm it once, then drop the parameter.
 */
function useAcknowledgedNotice() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const acknowledged = params.get('acknowledged');
  useEffect(() => {
    if (!acknowledged) return;
    notifications.show({
      id: `acknowledged-${acknowledged}`,
      color: 'green',
      title: t('escalations.acknowledged'),
      message: t('escalations.acknowledgedByLink'),
    });
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.delete('acknowledged');
        return next;
      },
      { replace: true },
    );
  }, [acknowledged, setParams, t]);
}

function BreachView({ breach }: { breach: Breach }) {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useCurrentUser();
  const close = useCloseBreach(breach.id);
  const closeMessages = close.error
    ? isApiError(close.error)
      ? close.error.status === 403
        ? [t('errors.forbidden')]
        : close.error.messages.length
          ? close.error.messages
          : [t('errors.unexpected')]
      : [t('errors.network')]
    : [];

  const actions =
    me.role === 'officer' && breach.status === 'open' ? (
      <Button
        color="dark"
        variant="outline"
        leftSection={<IconLock size={16} aria-hidden="true" />}
        loading={close.isPending}
        onClick={() => close.mutate()}
      >
        {t('breach.close')}
      </Button>
    ) : null;

  return (
    <>
      <Anchor
        component={Link}
        to="/breaches"
        size="sm"
        mb="xs"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={14} aria-hidden="true" />
        {t('breach.backToList')}
      </Anchor>
      <PageHeader title={`${breach.reference} · ${breach.title}`} actions={actions} />
      <Group gap="xs" mt={-12} mb="lg">
        <Badge color={breach.status === 'open' ? 'blue' : 'gray'} variant="light">
          {t(`breach.status.${breach.status}`)}
        </Badge>
        <Text size="sm" c="dimmed">
          {t(`causes.${breach.cause}`)} ·{' '}
          {t('breach.discoveredAt', { time: formatDateTime(breach.discoveredAt, lang) })}
        </Text>
      </Group>
      <Stack gap="lg">
        {closeMessages.length > 0 && (
          <Alert
            role="alert"
            color="red"
            variant="light"
            icon={<IconAlertTriangle aria-hidden="true" />}
            title={t('breach.closeFailed')}
          >
            <List size="sm">
              {closeMessages.map((m) => (
                <List.Item key={m}>{m}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <ObligationsPanel breach={breach} />
        <AssessmentSection breach={breach} />
        <AuthorityNotificationSection breach={breach} />
        <EscalationsSection breachId={breach.id} />
        <FactsSection breach={breach} />
        <CustomersSection breach={breach} />
        <NoticesSection breachId={breach.id} />
        {me.role === 'officer' && <BreachMailSection breachId={breach.id} />}
        <TimelineSection id={breach.id} />
      </Stack>
    </>
  );
}

function obligationLabel(o: Obligation, breach: Breach, t: (key: string, o?: Record<string, unknown>) => string) {
  if (o.kind === 'customer') {
    const name = breach.affectedCustomers.find((c) => c.customerId === o.customerId)?.customerName;
    return name ? t('obligations.customerNamed', { name }) : t('obligations.kind.customer');
  }
  return t(`obligations.kind.${o.kind}`);
}

function ObligationsPanel({ breach }: { breach: Breach }) {
  const { t } = useTranslation();
  const lang = useLang();
  const now = useNow();
  return (
    <Card component="section" aria-labelledby="obligations-title">
      <Title order={2} fz="lg" id="obligations-title" mb="sm">
        {t('breach.sections.obligations')}
      </Title>
      <Stack gap="sm">
        {breach.obligations.map((o) => (
          <Group key={o.id} justify="space-between" gap="xs" wrap="wrap">
            <Stack gap={0}>
              <Text fw={600} size="sm">
                {obligationLabel(o, breach, t)}
              </Text>
              <Text size="xs" c="dimmed">
                {o.dueAt
                  ? t('obligations.dueAt', { time: formatDateTime(o.dueAt, lang) })
                  : t('obligations.withoutUndueDelay')}
                {o.required === null && o.state === 'open' ? ` · ${t('obligations.undecided')}` : ''}
                {o.fulfilledAt
                  ? ` · ${t('obligations.fulfilledAt', { time: formatDateTime(o.fulfilledAt, lang) })}`
                  : ''}
              </Text>
            </Stack>
            <CountdownChip label={t(`obligations.short.${o.kind}`)} obligation={o} now={now} />
            <NotRequiredAction breachId={breach.id} obligation={o} />
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

function FactsSection({ breach }: { breach: Breach }) {
  const { t } = useTranslation();
  const lang = useLang();
  const f = breach.facts;
  const yesNo = (value: boolean | null) =>
    value === null ? t('wizard.tri.unknown') : t(value ? 'wizard.tri.yes' : 'wizard.tri.no');
  const when = (iso: string | null) => (iso ? formatDateTime(iso, lang) : t('wizard.review.unknown'));
  const rows: [string, string][] = [
    [t('wizard.fields.occurredAt'), when(breach.occurredAt)],
    [t('wizard.fields.discoveredAt'), when(breach.discoveredAt)],
    [t('wizard.fields.containedAt'), when(breach.containedAt)],
  ];
  if (f) {
    rows.push(
      [t('wizard.fields.role'), t(`customerRoles.${f.role}`)],
      [t('wizard.fields.dataCategories'), f.dataCategories.map((c) => t(`dataCategories.${c}`)).join(', ')],
      [
        t('wizard.fields.subjectsCount'),
        f.subjectsCount === null ? t('wizard.review.unknown') : f.subjectsCount.toLocaleString(lang),
      ],
      [t('wizard.fields.identifiability'), t(`identifiability.${f.identifiability}`)],
      [t('wizard.fields.confidentiality'), t(`confidentiality.${f.confidentiality}`)],
      [t('wizard.fields.integrity'), t(`integrity.${f.integrity}`)],
      [t('wizard.fields.availability'), t(`availability.${f.availability}`)],
      [t('wizard.fields.malicious'), yesNo(f.malicious)],
      [t('wizard.fields.exfiltrationEvidence'), yesNo(f.exfiltrationEvidence)],
      [t('wizard.fields.backupAvailable'), yesNo(f.backupAvailable)],
      [t('wizard.fields.vulnerableSubjects'), yesNo(f.vulnerableSubjects)],
      [t('wizard.fields.dataUnintelligible'), yesNo(f.dataUnintelligible)],
      [t('wizard.fields.recipientTrusted'), yesNo(f.recipientTrusted)],
      [t('wizard.fields.financialUndertaking'), yesNo(f.financialUndertaking)],
    );
  }
  return (
    <Card component="section" aria-labelledby="facts-title">
      <Title order={2} fz="lg" id="facts-title" mb="sm">
        {t('breach.sections.facts')}
      </Title>
      {breach.description && (
        <Text size="sm" mb="md" style={{ whiteSpace: 'pre-wrap' }}>
          {breach.description}
        </Text>
      )}
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="xs" m={0}>
        {rows.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" size="xs" c="dimmed">
              {label}
            </Text>
            <Text component="dd" size="sm" m={0}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      {!f && (
        <Text size="sm" c="dimmed" mt="sm">
          {t('breach.noFacts')}
        </Text>
      )}
    </Card>
  );
}

function CustomersSection({ breach }: { breach: Breach }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Card component="section" aria-labelledby="customers-title">
      <Title order={2} fz="lg" id="customers-title" mb="sm">
        {t('breach.sections.customers')}
      </Title>
      {breach.affectedCustomers.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('breach.noCustomers')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={360}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('breach.customerColumns.name')}</Table.Th>
                <Table.Th>{t('breach.customerColumns.subjects')}</Table.Th>
                <Table.Th>{t('breach.customerColumns.role')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {breach.affectedCustomers.map((c) => (
                <Table.Tr key={c.customerId}>
                  <Table.Td>{c.customerName}</Table.Td>
                  <Table.Td>
                    {c.subjectsCount === null ? t('wizard.review.unknown') : c.subjectsCount.toLocaleString(lang)}
                  </Table.Td>
                  <Table.Td>{t(`customerRoles.${c.role}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

function TimelineSection({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const timeline = useTimeline(id);
  return (
    <Card component="section" aria-labelledby="timeline-title">
      <Title order={2} fz="lg" id="timeline-title" mb="md">
        {t('breach.sections.timeline')}
      </Title>
      {timeline.isPending ? (
        <Stack gap="xs" aria-busy="true">
          <Skeleton height={20} />
          <Skeleton height={20} />
        </Stack>
      ) : timeline.isError ? (
        <LoadError onRetry={() => void timeline.refetch()} retrying={timeline.isFetching} />
      ) : timeline.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('breach.noTimeline')}
        </Text>
      ) : (
        <Timeline bulletSize={12} lineWidth={2} active={timeline.data.length - 1}>
          {[...timeline.data]
            .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
            .map((entry, index) => (
              <Timeline.Item key={`${entry.at}-${index}`} title={entry.description[lang] || entry.action}>
                <Text size="xs" c="dimmed">
                  <time dateTime={entry.at}>{formatDateTime(entry.at, lang)}</time> · {entry.actor}
                </Text>
              </Timeline.Item>
            ))}
        </Timeline>
      )}
    </Card>
  );
}
