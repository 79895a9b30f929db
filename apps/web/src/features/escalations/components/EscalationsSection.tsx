import { Alert, Badge, Button, Card, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { lineOf, shownErrorsOf } from '../../../shared/errors/translate-api-error';
import { isApiError } from '../../../api/api-error';
import { formatDateTime } from '../../../i18n/format';
import { useMe } from '../../../shared/session/use-me';
import { useLang } from '../../../shared/language/use-lang';
import { LoadError } from '../../../shared/ui/LoadError';
import type { Escalation, EscalationState } from '../api/escalations-api';
import { useAcknowledgeEscalation, useEscalations } from '../hooks/use-escalations';
import { stepLabel } from '../step-label';

/** Green text at shade 9 is still below WCAG AA (3.8:1) on a light green background: darker text. */
const DARK_GREEN_TEXT = '#1e6b30';

const STATE_COLORS: Record<EscalationState, string> = {
  scheduled: 'blue',
  fired: 'orange',
  acknowledged: 'green',
  cancelled: 'gray',
  skipped: 'gray',
};

/** The escalation ladder of one breach: what is planned, what fired, who confirmed. */
export function EscalationsSection({ breachId }: { breachId: string }) {
  const { t } = useTranslation();
  const escalations = useEscalations(breachId);
  const acknowledge = useAcknowledgeEscalation(breachId);

  const ackError = acknowledge.error
    ? isApiError(acknowledge.error, 403)
      ? t('escalations.ackForbidden')
      : shownErrorsOf(acknowledge.error, t).map(lineOf).join(' ')
    : null;

  const onAcknowledge = (id: string) =>
    acknowledge.mutate(id, {
      onSuccess: () => notifications.show({ color: 'green', message: t('escalations.acknowledged') }),
    });

  return (
    <Card component="section" aria-labelledby="escalations-title">
      <Title order={2} fz="lg" id="escalations-title" mb="sm">
        {t('escalations.title')}
      </Title>
      {ackError && (
        <Alert
          role="alert"
          color="red"
          variant="light"
          mb="sm"
          icon={<IconAlertTriangle aria-hidden="true" />}
          title={t('escalations.ackFailed')}
        >
          {ackError}
        </Alert>
      )}
      {escalations.isPending ? (
        <Stack gap="xs" aria-busy="true">
          <Skeleton height={48} />
          <Skeleton height={48} />
        </Stack>
      ) : escalations.isError ? (
        <LoadError onRetry={() => void escalations.refetch()} retrying={escalations.isFetching} />
      ) : escalations.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('escalations.none')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {[...escalations.data]
            .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))
            .map((e) => (
              <EscalationItem
                key={e.id}
                escalation={e}
                acknowledging={acknowledge.isPending && acknowledge.variables === e.id}
                onAcknowledge={() => onAcknowledge(e.id)}
              />
            ))}
        </Stack>
      )}
    </Card>
  );
}

function EscalationItem({
  escalation: e,
  acknowledging,
  onAcknowledge,
}: {
  escalation: Escalation;
  acknowledging: boolean;
  onAcknowledge: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe().data;
  const label = stepLabel(e.step, t);
  // Only a recipient acknowledges, once; the API refuses anyone else (and a step that moved on).
  const mine = e.recipients.find((r) => me && r.userId === me.id);
  const canAcknowledge = (e.state === 'fired' || e.state === 'acknowledged') && !!mine && !mine.acknowledgedAt;
  const time = (iso: string) => <time dateTime={iso}>{formatDateTime(iso, lang)}</time>;
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 220px' }}>
          <Group gap="xs" wrap="wrap">
            <Text fw={600} size="sm">
              {label}
              {e.occurrence > 0 ? ` (${e.occurrence + 1})` : ''}
            </Text>
            <Badge
              color={STATE_COLORS[e.state]}
              variant="light"
              size="sm"
              c={e.state === 'acknowledged' ? DARK_GREEN_TEXT : undefined}
            >
              {t(`escalations.state.${e.state}`)}
            </Badge>
            {e.catchUp && (
              <Badge color="gray" variant="outline" size="sm" style={{ textTransform: 'none' }}>
                {t('escalations.catchUp')}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {e.firedAt ? (
              <>
                {t('escalations.firedAt')} {time(e.firedAt)}
              </>
            ) : (
              <>
                {t('escalations.dueAt')} {time(e.dueAt)}
              </>
            )}
            {e.acknowledgedAt && (
              <>
                {' · '}
                {t('escalations.acknowledgedAt')} {time(e.acknowledgedAt)}
                {e.acknowledgedBy ? ` (${e.acknowledgedBy})` : ''}
              </>
            )}
          </Text>
          {e.recipients.length > 0 && (
            <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
              {t('escalations.recipients')}:{' '}
              {e.recipients
                .map(
                  (r) =>
                    `${r.name} <${r.email}> (${t(`escalations.recipientKind.${r.kind}`)}${
                      e.firedAt ? `, ${t(`escalations.delivery.${r.delivery}`)}` : ''
                    }${r.acknowledgedAt ? `, ${t('escalations.state.acknowledged')} ${formatDateTime(r.acknowledgedAt, lang)}` : ''})`,
                )
                .join(', ')}
            </Text>
          )}
        </Stack>
        {canAcknowledge && (
          <Button
            size="compact-sm"
            variant="light"
            color="green"
            c={DARK_GREEN_TEXT}
            leftSection={<IconCheck size={14} aria-hidden="true" />}
            loading={acknowledging}
            onClick={onAcknowledge}
            aria-label={t('escalations.acknowledgeNamed', { step: label })}
          >
            {t('escalations.acknowledge')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
