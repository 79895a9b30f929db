import { Alert, Badge, Button, Card, Group, List, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconScale, IconAdjustments } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import { useCurrentUser } from '../../../shared/session/use-me';
import type { Breach } from '../../../shared/breaches/breach-types';
import { useLang } from '../../../shared/language/use-lang';
import { LoadError } from '../../../shared/ui/LoadError';
import { errorMessagesOf } from '../api/error-messages';
import { BAND_COLORS } from '../band';
import { useAssessments, useCreateAssessment } from '../hooks/use-assessments';
import { ReassessmentNotice } from './ReassessmentNotice';
import { AssessmentOutcomeView } from './AssessmentOutcomeView';
import { OverrideModal } from './OverrideModal';

/** "Beoordeling": the latest assessment, the officer's actions and the version history. */
export function AssessmentSection({ breach }: { breach: Breach }) {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useCurrentUser();
  const create = useCreateAssessment(breach.id);
  const [overrideOpen, setOverrideOpen] = useState(false);
  const latest = breach.assessment;
  const canAssess = me.role === 'officer' && breach.status === 'open';

  const assess = () =>
    create.mutate(undefined, {
      onSuccess: (a) =>
        notifications.show({ color: 'green', message: t('assessment.assessed', { version: a.version }) }),
    });

  return (
    <Card component="section" aria-labelledby="assessment-title">
      <Group justify="space-between" align="flex-start" gap="sm" mb="sm">
        <Title order={2} fz="lg" id="assessment-title">
          {t('assessment.title')}
        </Title>
        {canAssess && (
          <Group gap="xs">
            <Button
              size="sm"
              leftSection={<IconScale size={16} aria-hidden="true" />}
              loading={create.isPending}
              onClick={assess}
            >
              {t('assessment.assess')}
            </Button>
            <Button
              size="sm"
              variant="default"
              leftSection={<IconAdjustments size={16} aria-hidden="true" />}
              onClick={() => setOverrideOpen(true)}
            >
              {t('assessment.override.open')}
            </Button>
          </Group>
        )}
      </Group>
      <Stack gap="md">
        {create.isError && (
          <Alert
            role="alert"
            color="red"
            variant="light"
            icon={<IconAlertTriangle aria-hidden="true" />}
            title={t('assessment.failed')}
          >
            <List size="sm">
              {errorMessagesOf(create.error, t).map((m) => (
                <List.Item key={m}>{m}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {breach.reassessment && <ReassessmentNotice offer={breach.reassessment} />}
        {!latest ? (
          <Text size="sm" c="dimmed">
            {t('assessment.none')}
          </Text>
        ) : (
          <>
            <Text size="xs" c="dimmed">
              {t('assessment.versionLine', {
                version: latest.version,
                time: formatDateTime(latest.createdAt, lang),
                name: latest.assessedBy.name,
              })}
            </Text>
            {latest.override && (
              <Alert
                color="yellow"
                variant="light"
                title={t('assessment.overridden')}
                icon={<IconAdjustments aria-hidden="true" />}
              >
                <Text size="sm">{latest.override.justification}</Text>
                <Text size="xs" c="dimmed" mt={4}>
                  {t('assessment.computedWas', {
                    authority: t(latest.computed.authority.required ? 'common.yes' : 'common.no'),
                    subjects: t(latest.computed.dataSubjects.required ? 'common.yes' : 'common.no'),
                  })}
                </Text>
              </Alert>
            )}
            <AssessmentOutcomeView outcome={latest.final} lang={lang} />
          </>
        )}
        <AssessmentHistory breachId={breach.id} latestVersion={latest?.version ?? 0} />
      </Stack>
      {overrideOpen && (
        <OverrideModal
          breachId={breach.id}
          opened
          current={latest?.final ?? null}
          onClose={() => setOverrideOpen(false)}
          onSaved={() => notifications.show({ color: 'green', message: t('assessment.override.saved') })}
        />
      )}
    </Card>
  );
}

function AssessmentHistory({ breachId, latestVersion }: { breachId: string; latestVersion: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const history = useAssessments(breachId);
  if (latestVersion === 0 && (history.isPending || history.data?.length === 0)) return null;
  return (
    <div>
      <Title order={3} fz="sm" mb={4} id="assessment-history-title">
        {t('assessment.history.title')}
      </Title>
      {history.isPending ? (
        <Skeleton height={60} aria-busy="true" />
      ) : history.isError ? (
        <LoadError onRetry={() => void history.refetch()} retrying={history.isFetching} />
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped aria-labelledby="assessment-history-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('assessment.history.version')}</Table.Th>
                <Table.Th>{t('assessment.history.time')}</Table.Th>
                <Table.Th>{t('assessment.history.by')}</Table.Th>
                <Table.Th>{t('assessment.history.band')}</Table.Th>
                <Table.Th>{t('assessment.history.overridden')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.data.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{a.version}</Table.Td>
                  <Table.Td>
                    <time dateTime={a.createdAt}>{formatDateTime(a.createdAt, lang)}</time>
                  </Table.Td>
                  <Table.Td>{a.assessedBy.name}</Table.Td>
                  <Table.Td>
                    <Badge color={BAND_COLORS[a.final.enisa.band]} variant="light" autoContrast>
                      {t(`assessment.band.${a.final.enisa.band}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{t(a.override ? 'common.yes' : 'common.no')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </div>
  );
}
