import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import type { Obligation } from '../../../shared/breaches/breach-types';
import { useLang } from '../../../shared/language/use-lang';
import { useCurrentUser } from '../../../shared/session/use-me';
import { MIN_RATIONALE } from '../api/not-required-api';
import { apiMessagesOf } from '../api/messages';
import { useApproveNotRequired, useProposeNotRequired, useRejectNotRequired } from '../hooks/use-not-required';
import { ReasonModal } from './ReasonModal';

interface Props {
  breachId: string;
  obligation: Obligation;
}

/**
 * Governed "not required" on an obligation: an officer proposes it with a rationale, another
 * person (a manager, not the proposer) approves or rejects it.
 *
 * Data subjects (GDPR art. 34) are the exception: while the assessment does not say informing
 * them is not required, the only "not required" is an art. 34(3) ground, proposed from
 * DataSubjectsAction (the API refuses a bare proposal with 409), so no bare "Niet vereist…" is
 * offered there. A pending ground is still approved or rejected here.
 */
export const offersBareNotRequired = (o: Pick<Obligation, 'kind' | 'required'>): boolean =>
  o.kind !== 'data_subjects' || o.required === false;

export function NotRequiredAction({ breachId, obligation }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useCurrentUser();
  const [dialog, setDialog] = useState<'propose' | 'reject' | null>(null);
  const propose = useProposeNotRequired(breachId, obligation.id);
  const approve = useApproveNotRequired(breachId, obligation.id);
  const reject = useRejectNotRequired(breachId, obligation.id);
  const proposal = obligation.notRequiredProposal ?? null;
  const decision = obligation.notRequiredDecision ?? null;

  if (obligation.state === 'not_required') {
    return (
      <Text size="xs" c="dimmed">
        {decision
          ? t('notRequired.decided', { name: decision.decidedBy.name, time: formatDateTime(decision.decidedAt, lang) })
          : t('notRequired.notRequired')}
        {proposal ? ` · ${proposal.rationale}` : ''}
      </Text>
    );
  }
  if (obligation.state !== 'open') return null;

  const approveMessages = approve.error ? apiMessagesOf(approve.error, t) : [];

  return (
    <Stack gap={4} style={{ flexBasis: '100%' }}>
      {proposal ? (
        <Alert
          color="yellow"
          variant="light"
          p="xs"
          title={t(obligation.art34Exception ? 'notRequired.pendingGroundTitle' : 'notRequired.pendingTitle')}
        >
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {proposal.rationale}
          </Text>
          <Text size="xs" c="dimmed">
            {t('notRequired.proposedBy', {
              name: proposal.proposedBy.name,
              time: formatDateTime(proposal.proposedAt, lang),
            })}
          </Text>
          {me.role === 'manager' && (
            <Group gap="xs" mt="xs" wrap="wrap">
              <Button
                size="xs"
                color="green"
                leftSection={<IconCheck size={14} aria-hidden="true" />}
                loading={approve.isPending}
                onClick={() => approve.mutate()}
              >
                {t('notRequired.approve')}
              </Button>
              <Button
                size="xs"
                color="red"
                variant="outline"
                leftSection={<IconX size={14} aria-hidden="true" />}
                onClick={() => setDialog('reject')}
              >
                {t('notRequired.reject')}
              </Button>
            </Group>
          )}
          {approveMessages.length > 0 && (
            <Alert
              role="alert"
              color="red"
              variant="light"
              mt="xs"
              p="xs"
              icon={<IconAlertTriangle size={16} aria-hidden="true" />}
            >
              <List size="sm">
                {approveMessages.map((m) => (
                  <List.Item key={m}>{m}</List.Item>
                ))}
              </List>
            </Alert>
          )}
        </Alert>
      ) : (
        me.role === 'officer' &&
        offersBareNotRequired(obligation) && (
          <Group gap="xs">
            <Button size="compact-xs" variant="subtle" color="gray" onClick={() => setDialog('propose')}>
              {t('notRequired.propose')}
            </Button>
          </Group>
        )
      )}
      <ReasonModal
        opened={dialog === 'propose'}
        onClose={() => setDialog(null)}
        title={t('notRequired.proposeTitle')}
        intro={t('notRequired.proposeIntro')}
        label={t('notRequired.rationale')}
        submitLabel={t('notRequired.proposeSubmit')}
        minLength={MIN_RATIONALE}
        field="rationale"
        pending={propose.isPending}
        onSubmit={(rationale, callbacks) => propose.mutate(rationale, callbacks)}
      />
      <ReasonModal
        opened={dialog === 'reject'}
        onClose={() => setDialog(null)}
        title={t('notRequired.rejectTitle')}
        label={t('notRequired.rejectReason')}
        submitLabel={t('notRequired.reject')}
        color="red"
        pending={reject.isPending}
        onSubmit={(reason, callbacks) => reject.mutate(reason, callbacks)}
      />
    </Stack>
  );
}
