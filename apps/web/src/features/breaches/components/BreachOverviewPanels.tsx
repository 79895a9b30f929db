import { Card, Group, Skeleton, Stack, Text, Timeline, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import type { Breach, Obligation } from '../../../shared/breaches/breach-types';
import { CountdownChip } from '../../../shared/deadlines/CountdownChip';
import { useNow } from '../../../shared/deadlines/use-now';
import { useLang } from '../../../shared/language/use-lang';
import { LoadError } from '../../../shared/ui/LoadError';
import { useTimeline } from '../hooks/use-breaches';
import { FactRows } from './edit/SectionFrame';

// The breach page's own panels; the page itself (app/breach-page) places them among the
// sections of other features.

function obligationLabel(o: Obligation, breach: Breach, t: (key: string, o?: Record<string, unknown>) => string) {
  if (o.kind === 'customer') {
    const name = breach.affectedCustomers.find((c) => c.customerId === o.customerId)?.customerName;
    return name ? t('obligations.customerNamed', { name }) : t('obligations.kind.customer');
  }
  return t(`obligations.kind.${o.kind}`);
}

/** The breach's duties with their countdowns; `actions` adds what can be done on each (from other features). */
export function ObligationsPanel({
  breach,
  actions,
}: {
  breach: Breach;
  actions: (obligation: Obligation) => ReactNode;
}) {
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
            {actions(o)}
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

/** The assessment input as recorded (edited in the assessment section). */
export function AssessmentFactRows({ breach }: { breach: Breach }) {
  const { t } = useTranslation();
  const lang = useLang();
  const f = breach.facts;
  const yesNo = (value: boolean | null) =>
    value === null ? t('wizard.tri.unknown') : t(value ? 'wizard.tri.yes' : 'wizard.tri.no');
  if (!f) {
    return (
      <Text size="sm" c="dimmed">
        {t('breach.noFacts')}
      </Text>
    );
  }
  const rows: [string, string][] = [
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
  ];
  return (
    <section aria-labelledby="assessment-facts-title">
      <Title order={3} fz="md" id="assessment-facts-title" mb="xs">
        {t('breachEdit.sections.assessmentFacts')}
      </Title>
      <FactRows rows={rows} />
    </section>
  );
}

/** The breach's timeline; `auditLogLink` leads to its full audit log (from the audit feature). */
export function TimelineSection({ id, auditLogLink }: { id: string; auditLogLink: ReactNode }) {
  const { t } = useTranslation();
  const lang = useLang();
  const timeline = useTimeline(id);
  return (
    <Card component="section" aria-labelledby="timeline-title">
      <Title order={2} fz="lg" id="timeline-title" mb="md">
        {t('breach.sections.timeline')}
      </Title>
      {auditLogLink}
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
