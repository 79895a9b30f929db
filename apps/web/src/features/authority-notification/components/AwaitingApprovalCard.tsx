import { Anchor, Badge, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../i18n/format';
import type { OpenObligation } from '../../../shared/breaches/breach-types';
import { useCurrentUser } from '../../../shared/session/use-me';
import { useLang } from '../../../shared/language/use-lang';
import { LoadError } from '../../../shared/ui/LoadError';
import { useAwaitingApprovalNotifications } from '../hooks/use-authority-notification';

/** The clock board's query of the open duties (the board loads them; this card reads the same result). */
export interface OpenObligationsQuery {
  data: readonly OpenObligation[] | undefined;
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  refetch: () => Promise<unknown>;
}

/**
 * "Wacht op mijn goedkeuring" on a manager's home: AP notifications submitted for approval and
 * obligations with a pending "not required" proposal. The ones the manager submitted
 * themselves are marked: four-eyes means somebody else approves them.
 */
export function AwaitingApprovalCard({ obligations }: { obligations: OpenObligationsQuery }) {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useCurrentUser();
  const notifications = useAwaitingApprovalNotifications();
  const proposals = (obligations.data ?? []).filter((o) => o.notRequiredProposal);
  const drafts = notifications.data ?? [];
  const pending = obligations.isPending || notifications.isPending;
  const failed = obligations.isError || notifications.isError;
  const retry = () => {
    void obligations.refetch();
    void notifications.refetch();
  };
  const count = proposals.length + drafts.length;

  return (
    <Card component="section" aria-labelledby="awaiting-approval-title" mb="lg">
      <Group gap="xs" mb="sm">
        <Title order={2} fz="lg" id="awaiting-approval-title">
          {t('notRequired.awaitingApproval.title')}
        </Title>
        {!pending && !failed && count > 0 && (
          <Badge color="orange" variant="filled" aria-hidden="true">
            {count}
          </Badge>
        )}
      </Group>
      {pending ? (
        <Skeleton height={40} aria-busy="true" />
      ) : failed ? (
        <LoadError onRetry={retry} retrying={obligations.isFetching || notifications.isFetching} />
      ) : count === 0 ? (
        <Text size="sm" c="dimmed">
          {t('notRequired.awaitingApproval.empty')}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {drafts.map((n) => (
            <li key={`ap-${n.breachId}`}>
              <Anchor component={Link} to={`/breaches/${n.breachId}/authority`} fw={600}>
                {n.reference} · {n.title}
              </Anchor>
              <Text size="xs" c="dimmed">
                {t('notRequired.awaitingApproval.apItem', {
                  name: n.draftedBy?.name ?? '',
                  time: formatDateTime(n.updatedAt, lang),
                })}
                {n.authorityDueAt
                  ? ` · ${t('notRequired.awaitingApproval.apDue', { time: formatDateTime(n.authorityDueAt, lang) })}`
                  : ''}
              </Text>
              {n.draftedBy?.id === me.id && (
                <Text size="xs" c="orange.9">
                  {t('notRequired.awaitingApproval.ownDraft')}
                </Text>
              )}
            </li>
          ))}
          {proposals.map((o) => (
            <li key={o.id}>
              <Anchor component={Link} to={`/breaches/${o.breachId}`} fw={600}>
                {o.reference} · {o.title}
              </Anchor>
              <Text size="xs" c="dimmed">
                {t('notRequired.awaitingApproval.item', {
                  kind: t(`obligations.kind.${o.kind}`),
                  name: o.notRequiredProposal?.proposedBy.name ?? '',
                  time: o.notRequiredProposal ? formatDateTime(o.notRequiredProposal.proposedAt, lang) : '',
                })}
              </Text>
              <Text size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                {o.notRequiredProposal?.rationale}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </Card>
  );
}
