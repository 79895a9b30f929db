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
import { fieldErrorsOf } from '../../../api/field-errors';
import type { Language, UserRole } from '../../../api/types';
import { formatDateTime } from '../../../i18n/format';
import { DateTimeField } from '../../../shared/date-time/DateTimeField';
import { formatIsoDate, isoOfLocalValue, localValueOfInstant } from '../../../shared/date-time/date-time-text';
import { ShownErrorList } from '../../../shared/errors/ApiErrorList';
import { type ShownError, shownErrorsOf } from '../../../shared/errors/translate-api-error';
import type { Breach } from '../../../shared/breaches/breach-types';
import { CountdownChip } from '../../../shared/deadlines/CountdownChip';
import { useLang } from '../../../shared/language/use-lang';
import { useNow } from '../../../shared/deadlines/use-now';
import { LoadError } from '../../../shared/ui/LoadError';
import { ObligationBasisLabel } from '../../../shared/deadlines/ObligationBasisLabel';
import type { CustomerClock } from '../api/notification-terms-api';
import { useConfirmBreach, useCustomerClocks, useLogNoticeCall } from '../hooks/use-notification-terms';

interface Props {
  breach: Breach;
  role: UserRole;
}

const AUTHORITY_BASIS = { kind: 'authority' } as const;

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
          <ObligationBasisLabel obligation={AUTHORITY_BASIS} size="sm" />
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
                      <Text component="div" size="sm" c="red" role="alert" mt="xs">
                        <ShownErrorList errors={shownErrorsOf(confirm.error, t)} />
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

function termsSummary(c: CustomerClock, t: (k: string, o?: Record<string, unknown>) => string, lang: Language): string {
  const hours = t(`customerClocks.counted.${c.terms.countedFrom}`, { hours: c.terms.deadlineHours });
  if (!c.agreed) return `${hours} · ${t('customerClocks.defaultTerms')}`;
  const ref = c.terms.agreementReference
    ? t('customerClocks.agreementRef', {
        ref: c.terms.agreementReference,
        date: c.terms.agreementDate ? formatIsoDate(c.terms.agreementDate, lang) : '',
      }).trim()
    : t('customerClocks.agreementNoRef');
  return `${hours} · ${ref}`;
}

/** The clock's terms as the basis label reads them: the agreement, or the default's hours. */
const basisOfClock = (c: CustomerClock) =>
  ({
    kind: 'customer',
    termsSource: c.agreed ? 'agreement' : 'default',
    termsDeadlineHours: c.terms.deadlineHours,
  }) as const;

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
        <Stack gap={0}>
          <Text fw={600} size="sm">
            {clock.customerName}
          </Text>
          <ObligationBasisLabel obligation={basisOfClock(clock)} />
        </Stack>
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
        {termsSummary(clock, t, lang)}
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

type CallField = 'calledAt' | 'personReached' | 'note';
const CALL_FIELDS: readonly CallField[] = ['calledAt', 'personReached', 'note'];

function LogCallForm({ breachId, customerId, onDone }: { breachId: string; customerId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const log = useLogNoticeCall(breachId);
  const [calledAt, setCalledAt] = useState(() => localValueOfInstant(Date.now()));
  const [person, setPerson] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<CallField, string>>>({});
  const [otherErrors, setOtherErrors] = useState<ShownError[]>([]);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    // '' and a text that is no moment both give null
    const iso = isoOfLocalValue(calledAt);
    const next: Partial<Record<CallField, string>> = {};
    if (!iso) next.calledAt = t('customerClocks.validation.calledAt');
    if (!person.trim()) next.personReached = t('customerClocks.validation.person');
    setErrors(next);
    setOtherErrors([]);
    if (Object.keys(next).length || !iso) return;
    log.mutate(
      {
        customerId,
        body: { calledAt: iso, personReached: person.trim(), ...(note.trim() ? { note: note.trim() } : {}) },
      },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (!isApiError(error, 400)) {
            setOtherErrors(shownErrorsOf(error, t));
            return;
          }
          // each problem under the field its path names, translated by its rule
          const { fields, otherErrors: other } = fieldErrorsOf(error, CALL_FIELDS, {
            calledAt: t('customerClocks.fields.calledAt'),
            personReached: t('customerClocks.fields.personReached'),
            note: t('customerClocks.fields.note'),
          });
          setErrors(fields);
          setOtherErrors(other);
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('customerClocks.logCall')}>
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <DateTimeField
            name="calledAt"
            label={t('customerClocks.fields.calledAt')}
            description={t('customerClocks.fields.amsterdam')}
            value={calledAt}
            onChange={setCalledAt}
            error={errors.calledAt}
            withAsterisk
          />
          <TextInput
            size="xs"
            label={t('customerClocks.fields.personReached')}
            value={person}
            onChange={(e) => setPerson(e.currentTarget.value)}
            error={errors.personReached}
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
          error={errors.note}
        />
        {otherErrors.length > 0 && (
          <Text component="div" size="xs" c="red" role="alert">
            <ShownErrorList errors={otherErrors} />
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
