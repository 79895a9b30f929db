import {
  Anchor,
  Button,
  Group,
  Modal,
  NumberInput,
  Radio,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconScale, IconUsersGroup } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import { DateTimeField } from '../../../shared/date-time/DateTimeField';
import { INVALID_DATE_TIME, isoOfLocalValue, localValueOfInstant } from '../../../shared/date-time/date-time-text';
import { ApiErrorAlert } from '../../../shared/errors/ApiErrorList';
import { type FieldLabels, type ShownError, shownErrorsOf } from '../../../shared/errors/translate-api-error';
import { useCurrentUser } from '../../../shared/session/use-me';
import type { Obligation } from '../../../shared/breaches/breach-types';
import { breachQueryKey, timelineQueryKey } from '../../../shared/breaches/breaches-api';
import { useLang } from '../../../shared/language/use-lang';
import {
  ART34_GROUNDS,
  type Art34ExceptionBody,
  type Art34Ground,
  DATA_SUBJECT_CHANNELS,
  type DataSubjectChannel,
  type DataSubjectsInformedBody,
  MIN_ART34_RATIONALE,
  proposeArt34Exception,
  recordDataSubjectsInformed,
} from '../api/data-subjects-api';

interface Props {
  breachId: string;
  obligation: Obligation;
}

/** Refreshes the breach, its timeline and the clock board after a change to one of its duties. */
function useObligationChange<V>(breachId: string, fn: (vars: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: breachQueryKey(breachId) }),
        queryClient.invalidateQueries({ queryKey: timelineQueryKey(breachId) }),
        queryClient.invalidateQueries({ queryKey: ['obligations'] }),
      ]),
  });
}

/**
 * The data-subject duty (GDPR art. 34) on the breach page: record that the people were informed
 * (which fulfils it), or propose an art. 34(3) ground (a governed decision a manager approves).
 * Once settled it shows how: the record, or the ground.
 *
 * One way to say "not required": the ground, while the assessment says the people must be told;
 * when the assessment says they need not be, that outcome is itself the decision to confirm
 * (NotRequiredAction), so no ground is asked for. While any proposal waits for a manager only
 * "informed" is offered beside it.
 */
export const offersArt34Ground = (o: Pick<Obligation, 'required' | 'notRequiredProposal'>): boolean =>
  o.required !== false && !o.notRequiredProposal;

export function DataSubjectsAction({ breachId, obligation }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useCurrentUser();
  const [dialog, setDialog] = useState<'informed' | 'art34' | null>(null);
  if (obligation.kind !== 'data_subjects') return null;

  const informed = obligation.dataSubjectsInformed ?? null;
  const ground = obligation.art34Exception ?? null;
  if (informed) {
    return (
      <Stack gap={2} style={{ flexBasis: '100%' }}>
        <Text size="xs">
          {t('dataSubjects.informedSummary', {
            count: informed.subjectsCount,
            channel: t(`dataSubjects.channel.${informed.channel}`).toLowerCase(),
            time: formatDateTime(informed.informedAt, lang),
            name: informed.recordedBy.name,
          })}
        </Text>
        {informed.messageUrl && (
          <Anchor size="xs" href={informed.messageUrl} target="_blank" rel="noreferrer noopener">
            {t('dataSubjects.messageLink')}
          </Anchor>
        )}
        {informed.message && (
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} lineClamp={3}>
            {informed.message}
          </Text>
        )}
      </Stack>
    );
  }
  if (ground) {
    return (
      <Text size="xs" style={{ flexBasis: '100%' }}>
        {t('dataSubjects.groundSummary', { ground: t(`dataSubjects.ground.${ground.ground}`) })}
        {ground.publicCommunication
          ? ` · ${t('dataSubjects.publicSummary', {
              where: ground.publicCommunication.where,
              time: formatDateTime(ground.publicCommunication.at, lang),
            })}`
          : ''}
      </Text>
    );
  }
  if (obligation.state !== 'open' || me.role !== 'officer') return null;

  return (
    <>
      <Group gap="xs" wrap="wrap" style={{ flexBasis: '100%' }}>
        <Button
          size="xs"
          leftSection={<IconUsersGroup size={14} aria-hidden="true" />}
          onClick={() => setDialog('informed')}
        >
          {t('dataSubjects.recordInformed')}
        </Button>
        {offersArt34Ground(obligation) && (
          <Button
            size="xs"
            variant="outline"
            leftSection={<IconScale size={14} aria-hidden="true" />}
            onClick={() => setDialog('art34')}
          >
            {t('dataSubjects.proposeGround')}
          </Button>
        )}
      </Group>
      <InformedModal
        breachId={breachId}
        obligationId={obligation.id}
        opened={dialog === 'informed'}
        onClose={() => setDialog(null)}
      />
      <Art34Modal
        breachId={breachId}
        obligationId={obligation.id}
        opened={dialog === 'art34'}
        onClose={() => setDialog(null)}
      />
    </>
  );
}

/** The API names the fields by path; these are their labels in the dialogs. */
const INFORMED_LABELS = (t: TFunction): FieldLabels => ({
  informedAt: t('dataSubjects.informedAt'),
  channel: t('dataSubjects.channelLabel'),
  subjectsCount: t('dataSubjects.count'),
  message: t('dataSubjects.message'),
  messageUrl: t('dataSubjects.messageUrl'),
});
const GROUND_LABELS = (t: TFunction): FieldLabels => ({
  ground: t('dataSubjects.groundLabel'),
  rationale: t('dataSubjects.rationale'),
  'publicCommunication.where': t('dataSubjects.publicWhere'),
  'publicCommunication.at': t('dataSubjects.publicAt'),
});

function Problems({ errors }: { errors: ShownError[] }) {
  const { t } = useTranslation();
  return <ApiErrorAlert title={t('dataSubjects.failed')} errors={errors} />;
}

interface ModalProps {
  breachId: string;
  obligationId: string;
  opened: boolean;
  onClose: () => void;
}

type InformedErrors = Partial<Record<'informedAt' | 'subjectsCount' | 'message', string>>;

/** "Betrokkenen geïnformeerd vastleggen": when, how, how many, and the text or a link to it. */
function InformedModal({ breachId, obligationId, opened, onClose }: ModalProps) {
  const { t } = useTranslation();
  const save = useObligationChange(breachId, (body: DataSubjectsInformedBody) =>
    recordDataSubjectsInformed(obligationId, body),
  );
  const [informedAt, setInformedAt] = useState(() => localValueOfInstant(Date.now()));
  const [channel, setChannel] = useState<DataSubjectChannel>('email');
  const [count, setCount] = useState<number | string>('');
  const [message, setMessage] = useState('');
  const [messageUrl, setMessageUrl] = useState('');
  const [errors, setErrors] = useState<InformedErrors>({});

  const close = () => {
    setInformedAt(localValueOfInstant(Date.now()));
    setChannel('email');
    setCount('');
    setMessage('');
    setMessageUrl('');
    setErrors({});
    save.reset();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const iso = informedAt === INVALID_DATE_TIME ? null : isoOfLocalValue(informedAt);
    const next: InformedErrors = {};
    if (!iso) next.informedAt = t('dataSubjects.informedAtRequired');
    else if (Date.parse(iso) > Date.now()) next.informedAt = t('dataSubjects.notInFuture');
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1)
      next.subjectsCount = t('dataSubjects.countRequired');
    if (!message.trim() && !messageUrl.trim()) next.message = t('dataSubjects.messageRequired');
    setErrors(next);
    if (Object.keys(next).length > 0 || !iso || typeof count !== 'number') return;
    save.mutate(
      {
        informedAt: iso,
        channel,
        subjectsCount: count,
        message: message.trim() || null,
        messageUrl: messageUrl.trim() || null,
      },
      { onSuccess: close },
    );
  };

  const problems = save.error ? shownErrorsOf(save.error, t, INFORMED_LABELS(t)) : [];
  return (
    <Modal opened={opened} onClose={close} title={t('dataSubjects.informedTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('dataSubjects.informedIntro')}
          </Text>
          <Problems errors={problems} />
          <DateTimeField
            name="informedAt"
            label={t('dataSubjects.informedAt')}
            description={t('dataSubjects.amsterdamTime')}
            withAsterisk
            value={informedAt}
            onChange={setInformedAt}
            error={errors.informedAt}
          />
          <Select
            label={t('dataSubjects.channelLabel')}
            withAsterisk
            allowDeselect={false}
            data={DATA_SUBJECT_CHANNELS.map((c) => ({ value: c, label: t(`dataSubjects.channel.${c}`) }))}
            value={channel}
            onChange={(v) => v && setChannel(v as DataSubjectChannel)}
          />
          <NumberInput
            label={t('dataSubjects.count')}
            withAsterisk
            min={1}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator="."
            decimalSeparator=","
            value={count}
            onChange={setCount}
            error={errors.subjectsCount}
          />
          <Textarea
            label={t('dataSubjects.message')}
            description={t('dataSubjects.messageHint')}
            autosize
            minRows={4}
            maxLength={20000}
            value={message}
            onChange={(e) => setMessage(e.currentTarget.value)}
            error={errors.message}
          />
          <TextInput
            type="url"
            label={t('dataSubjects.messageUrl')}
            placeholder="https://"
            value={messageUrl}
            onChange={(e) => setMessageUrl(e.currentTarget.value)}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('dataSubjects.informedSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

type Art34Errors = Partial<Record<'rationale' | 'where' | 'at', string>>;

/** An art. 34(3) ground as a "not required" proposal; (c) needs the public communication made instead. */
function Art34Modal({ breachId, obligationId, opened, onClose }: ModalProps) {
  const { t } = useTranslation();
  const save = useObligationChange(breachId, (body: Art34ExceptionBody) => proposeArt34Exception(obligationId, body));
  const [ground, setGround] = useState<Art34Ground>('unintelligible');
  const [rationale, setRationale] = useState('');
  const [where, setWhere] = useState('');
  const [at, setAt] = useState('');
  const [errors, setErrors] = useState<Art34Errors>({});
  const publicNeeded = ground === 'disproportionate_effort';

  const close = () => {
    setGround('unintelligible');
    setRationale('');
    setWhere('');
    setAt('');
    setErrors({});
    save.reset();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const iso = at && at !== INVALID_DATE_TIME ? isoOfLocalValue(at) : null;
    const next: Art34Errors = {};
    if (rationale.trim().length < MIN_ART34_RATIONALE)
      next.rationale = t('dataSubjects.rationaleMin', { min: MIN_ART34_RATIONALE });
    if (publicNeeded && where.trim().length < 2) next.where = t('dataSubjects.whereRequired');
    if (publicNeeded && !iso) next.at = t('dataSubjects.publicAtRequired');
    else if (publicNeeded && iso && Date.parse(iso) > Date.now()) next.at = t('dataSubjects.notInFuture');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    save.mutate(
      {
        ground,
        rationale: rationale.trim(),
        publicCommunication: publicNeeded && iso ? { where: where.trim(), at: iso } : null,
      },
      { onSuccess: close },
    );
  };

  const problems = save.error ? shownErrorsOf(save.error, t, GROUND_LABELS(t)) : [];
  return (
    <Modal opened={opened} onClose={close} title={t('dataSubjects.groundTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('dataSubjects.groundIntro')}
          </Text>
          <Problems errors={problems} />
          <Radio.Group
            label={t('dataSubjects.groundLabel')}
            withAsterisk
            value={ground}
            onChange={(v) => setGround(v as Art34Ground)}
          >
            <Stack gap="xs" mt="xs">
              {ART34_GROUNDS.map((g) => (
                <Radio key={g} value={g} label={t(`dataSubjects.ground.${g}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('dataSubjects.rationale')}
            withAsterisk
            autosize
            minRows={3}
            maxLength={5000}
            value={rationale}
            onChange={(e) => setRationale(e.currentTarget.value)}
            error={errors.rationale}
          />
          {publicNeeded && (
            <>
              <TextInput
                label={t('dataSubjects.publicWhere')}
                description={t('dataSubjects.publicWhereHint')}
                withAsterisk
                value={where}
                onChange={(e) => setWhere(e.currentTarget.value)}
                error={errors.where}
              />
              <DateTimeField
                name="publicAt"
                label={t('dataSubjects.publicAt')}
                description={t('dataSubjects.amsterdamTime')}
                withAsterisk
                value={at}
                onChange={setAt}
                error={errors.at}
              />
            </>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('dataSubjects.groundSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
