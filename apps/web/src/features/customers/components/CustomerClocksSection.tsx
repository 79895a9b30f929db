import {
  Alert,
  Badge,
  Button,
  Card,
  Divider,
  Group,
  List,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { IconPhone } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import type { UserRole } from '../../../api/types';
import { formatDateTime } from '../../../i18n/format';
import { amsterdamLocalToIso, toAmsterdamLocal } from '../../breaches/amsterdam-time';
import type { Breach } from '../../breaches/api/breach-types';
import { CountdownChip } from '../../breaches/components/CountdownChip';
import { useLang } from '../../breaches/hooks/use-lang';
import { useNow } from '../../breaches/hooks/use-now';
import { LoadError } from '../../layout/components/LoadError';
import type { CustomerClock } from '../api/notification-terms-api';
import { useConfirmBreach, useCustomerClocks, useLogNoticeCall } from '../hooks/use-notification-terms';

interface Props {
  breach: Breach;
  role: UserRole;
}

const messagesOf = (error: unknown, fallback: string) =>
  isApiError(error) && error.messages.length ? error.messages : [fallback];

/**
 * The statutory AP clock (GDPR art. 33) beside each customer's contractual clock (its processing
 * agreement, frozen at registration). The two are different kinds of duty and are labelled so.
 */
export function CustomerClocksSection({ breach, role }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const now = useNow();
  const clocks = useCustomerClocks(breach.id);
  const confirm = useConfirmBreach(breach.id);
  const authority = breach.obligations.find((o) => o.kind === 'authority');
  const canAct = role === 'officer' && breach.status === 'open';
  const awaitsConfirmation = clocks.data?.customers.some((c) => c.pendingConfirmation) ?? false;

  return (
    <Card component="section" aria-labelledby="customer-clocks-title">
      <Title order={2} fz="lg" id="customer-clocks-title" mb="sm">
        {t('customerClocks.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder p="md" radius="md">
          <Text size="xs" tt="uppercase" fw={700} c="dimmed">
            {t('customerClocks.statutory')}
          </Text>
          <Text fw={600} mt={4}>
            {t('customerClocks.apTitle')}
          </Text>
          <Text size="sm" c="dimmed" mb="xs">
            {t('customerClocks.apBasis')}
          </Text>
          {authority ? (
            <CountdownChip label={t('obligations.short.authority')} obligation={authority} now={now} />
          ) : (
            <Text size="sm">{t('customerClocks.noAuthority')}</Text>
          )}
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Text size="xs" tt="uppercase" fw={700} c="dimmed">
            {t('customerClocks.contractual')}
          </Text>
          <Text size="sm" c="dimmed" mb="xs">
            {t('customerClocks.contractualBasis')}
          </Text>
          {clocks.isPending ? (
            <Stack aria-busy="true" gap="xs">
              <Skeleton height={48} />
              <Skeleton height={48} />
            </Stack>
          ) : clocks.isError ? (
            <LoadError
              title={t('customerClocks.loadFailed')}
              onRetry={() => void clocks.refetch()}
              retrying={clocks.isFetching}
            />
          ) : clocks.data.customers.length === 0 ? (
            <Text size="sm">{t('customerClocks.noCustomers')}</Text>
          ) : (
            <Stack gap="sm">
              {clocks.data.confirmedAt ? (
                <Text size="sm">
                  {t('customerClocks.confirmedAt', { time: formatDateTime(clocks.data.confirmedAt, lang) })}
                </Text>
              ) : (
                awaitsConfirmation && (
                  <Alert color="yellow" variant="light" title={t('customerClocks.pendingTitle')}>
                    <Text size="sm" mb={canAct ? 'xs' : 0}>
                      {t('customerClocks.pendingText')}
                    </Text>
                    {canAct && (
                      <Button size="xs" loading={confirm.isPending} onClick={() => confirm.mutate(undefined)}>
                        {t('customerClocks.confirm')}
                      </Button>
                    )}
                    {confirm.isError && (
                      <Text size="sm" c="red" role="alert" mt="xs">
                        {messagesOf(confirm.error, t('errors.unexpected')).join(' ')}
                      </Text>
                    )}
                  </Alert>
                )
              )}
              {clocks.data.customers.map((c, i) => (
                <div key={c.customerId}>
                  {i > 0 && <Divider mb="sm" />}
                  <CustomerClockRow breachId={breach.id} clock={c} canAct={canAct} now={now} />
                </div>
              ))}
            </Stack>
          )}
        </Paper>
      </SimpleGrid>
    </Card>
  );
}

function termsSummary(c: CustomerClock, t: (k: string, o?: Record<string, unknown>) => string): string {
  const hours = t(`customerClocks.counted.${c.terms.countedFrom}`, { hours: c.terms.deadlineHours });
  if (!c.agreed) return `${hours} · ${t('customerClocks.defaultTerms')}`;
  const ref = c.terms.agreementReference
    ? t('customerClocks.agreementRef', {
        ref: c.terms.agreementReference,
        date: c.terms.agreementDate ?? '',
      })
    : t('customerClocks.agreementNoRef');
  return `${hours} · ${ref}`;
}

function CustomerClockRow({
  breachId,
  clock,
  canAct,
  now,
}: {
  breachId: string;
  clock: CustomerClock;
  canAct: boolean;
  now: number;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [logging, setLogging] = useState(false);
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text fw={600} size="sm">
          {clock.customerName}
        </Text>
        {clock.pendingConfirmation ? (
          <Badge color="yellow" variant="light" tt="none">
            {t('customerClocks.pendingBadge')}
          </Badge>
        ) : (
          <CountdownChip
            label={t('customerClocks.chip')}
            obligation={{ state: clock.obligationState ?? 'open', dueAt: clock.dueAt, required: null }}
            now={now}
          />
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {termsSummary(clock, t)}
      </Text>
      {clock.dueAt && (
        <Text size="xs" c="dimmed">
          {t('obligations.dueAt', { time: formatDateTime(clock.dueAt, lang) })}
        </Text>
      )}
      {clock.callRequired && (
        <Stack gap={4} mt={4}>
          <Group gap={6}>
            <IconPhone size={16} aria-hidden="true" />
            <Text size="sm" fw={500}>
              {t('customerClocks.callRequired')}
            </Text>
          </Group>
          {clock.calls.length === 0 ? (
            <Text size="xs" c="dimmed">
              {t('customerClocks.noCalls')}
            </Text>
          ) : (
            <List size="xs" spacing={2}>
              {clock.calls.map((call) => (
                <List.Item key={call.id}>
                  {t('customerClocks.callLine', {
                    time: formatDateTime(call.calledAt, lang),
                    person: call.personReached,
                    by: call.loggedByName,
                  })}
                  {call.note ? ` — ${call.note}` : ''}
                </List.Item>
              ))}
            </List>
          )}
          {canAct &&
            (logging ? (
              <LogCallForm breachId={breachId} customerId={clock.customerId} onDone={() => setLogging(false)} />
            ) : (
              <Group>
                <Button size="xs" variant="light" onClick={() => setLogging(true)}>
                  {t('customerClocks.logCall')}
                </Button>
              </Group>
            ))}
        </Stack>
      )}
    </Stack>
  );
}

function LogCallForm({ breachId, customerId, onDone }: { breachId: string; customerId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const log = useLogNoticeCall(breachId);
  const [calledAt, setCalledAt] = useState(() => toAmsterdamLocal(Date.now()));
  const [person, setPerson] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const iso = amsterdamLocalToIso(calledAt);
    const problems = [
      ...(iso ? [] : [t('customerClocks.validation.calledAt')]),
      ...(person.trim() ? [] : [t('customerClocks.validation.person')]),
    ];
    setErrors(problems);
    if (problems.length || !iso) return;
    log.mutate(
      {
        customerId,
        body: { calledAt: iso, personReached: person.trim(), ...(note.trim() ? { note: note.trim() } : {}) },
      },
      { onSuccess: onDone, onError: (error) => setErrors(messagesOf(error, t('errors.unexpected'))) },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('customerClocks.logCall')}>
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <TextInput
            type="datetime-local"
            size="xs"
            label={t('customerClocks.fields.calledAt')}
            description={t('customerClocks.fields.amsterdam')}
            value={calledAt}
            onChange={(e) => setCalledAt(e.currentTarget.value)}
            withAsterisk
          />
          <TextInput
            size="xs"
            label={t('customerClocks.fields.personReached')}
            value={person}
            onChange={(e) => setPerson(e.currentTarget.value)}
            withAsterisk
          />
        </SimpleGrid>
        <Textarea
          size="xs"
          label={t('customerClocks.fields.note')}
          value={note}
          autosize
          minRows={1}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        {errors.length > 0 && (
          <Text size="xs" c="red" role="alert">
            {errors.join(' ')}
          </Text>
        )}
        <Group gap="xs">
          <Button size="xs" type="submit" loading={log.isPending}>
            {t('customerClocks.saveCall')}
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
