import { Anchor, Card, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../i18n/format';
import { useLang } from '../../breaches/hooks/use-lang';
import { useOpenObligations } from '../../clock-board/hooks/use-open-obligations';
import { LoadError } from '../../layout/components/LoadError';

/**
 * "Wacht op mijn goedkeuring" on a manager's home: obligations with a pending "not required"
 * proposal. (AP notifications awaiting approval are not listed: the API has no list endpoint for
 * them; they show on each breach page.)
 */
export function AwaitingApprovalCard() {
  const { t } = useTranslation();
  const lang = useLang();
  const obligations = useOpenObligations();
  const pending = (obligations.data ?? []).filter((o) => o.notRequiredProposal);

  return (
    <Card component="section" aria-labelledby="awaiting-approval-title" mb="lg">
      <Title order={2} fz="lg" id="awaiting-approval-title" mb="sm">
        {t('notRequired.awaitingApproval.title')}
      </Title>
      {obligations.isPending ? (
        <Skeleton height={40} aria-busy="true" />
      ) : obligations.isError ? (
        <LoadError onRetry={() => void obligations.refetch()} retrying={obligations.isFetching} />
      ) : pending.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('notRequired.awaitingApproval.empty')}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {pending.map((o) => (
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
