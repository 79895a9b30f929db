import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Skeleton,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconArrowDown,
  IconArrowUp,
  IconDeviceFloppy,
  IconInfoCircle,
  IconPlus,
  IconRestore,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { ShownErrorList } from '../../../shared/errors/ApiErrorList';
import { type ShownError, shownErrorsOf } from '../../../shared/errors/translate-api-error';
import { LoadError } from '../../../shared/ui/LoadError';
import { PageHeader } from '../../../shared/ui/PageHeader';
import {
  type EscalationSettings,
  RECIPIENT_ROLES,
  type RecipientRole,
  TRIGGER_TYPES,
  type TriggerType,
} from '../api/policy-api';
import {
  formToBody,
  freshStepId,
  hasPolicyErrors,
  moveStep,
  newStepKey,
  type PolicyErrors,
  type PolicyForm,
  fieldErrorsOfMessages,
  policyErrorsOf,
  policyToForm,
  settingsToForm,
  type StepForm,
} from '../api/policy-form';
import { useEscalationSettings, useSaveEscalationSettings } from '../hooks/use-escalation-policy';

const MAX_HOURS = 720;
const MAX_STEPS = 20;

/** Admin: the escalation ladder that new breaches get (running breaches keep their snapshot). */
export function EscalationPolicyPage() {
  const { t } = useTranslation();
  const settings = useEscalationSettings();
  return (
    <>
      <PageHeader title={t('escalationPolicy.title')} description={t('escalationPolicy.description')} />
      {settings.isPending ? (
        <Stack gap="sm" aria-busy="true">
          <Skeleton height={80} />
          <Skeleton height={200} />
        </Stack>
      ) : settings.isError ? (
        <LoadError onRetry={() => void settings.refetch()} retrying={settings.isFetching} />
      ) : (
        <PolicyEditor settings={settings.data} />
      )}
    </>
  );
}

const EMPTY_ERRORS: PolicyErrors = { steps: {}, other: [] };

function PolicyEditor({ settings }: { settings: EscalationSettings }) {
  const { t } = useTranslation();
  const save = useSaveEscalationSettings();
  const [form, setForm] = useState<PolicyForm>(() => settingsToForm(settings));
  const [errors, setErrors] = useState<PolicyErrors>(EMPTY_ERRORS);
  const [failure, setFailure] = useState<ShownError[]>([]);

  const update = (patch: Partial<PolicyForm>) => setForm((f) => ({ ...f, ...patch }));
  const updateStep = (index: number, patch: Partial<StepForm>) =>
    setForm((f) => ({
      ...f,
      steps: f.steps.map((s, i) => (i === index ? { ...s, ...patch } : s)),
    }));

  const roleOptions = RECIPIENT_ROLES.map((r) => ({
    value: r,
    label: t(`escalationPolicy.recipient.${r}`),
  }));
  const typeOptions = TRIGGER_TYPES.map((type) => ({
    value: type,
    label: t(`escalationPolicy.trigger.${type}`),
  }));

  const onRestoreDefault = () => {
    if (!settings.defaultPolicy) return;
    const restored = policyToForm(settings.defaultPolicy, null);
    setForm((f) => ({
      ...restored,
      mailboxEnabled: f.mailboxEnabled,
      mailboxName: f.mailboxName,
      mailboxEmail: f.mailboxEmail,
      approvalAfterHours: f.approvalAfterHours,
      approvalEveryHours: f.approvalEveryHours,
      digestIntervalMinutes: f.digestIntervalMinutes,
    }));
    setErrors(EMPTY_ERRORS);
    notifications.show({
      color: 'blue',
      message: t('escalationPolicy.defaultLoaded'),
    });
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setFailure([]);
    setErrors(EMPTY_ERRORS);
    save.mutate(formToBody(form), {
      onSuccess: (saved) => {
        setForm(settingsToForm(saved));
        notifications.show({
          color: 'green',
          message: t('escalationPolicy.saved'),
        });
      },
      onError: (error) => {
        if (isApiError(error, 400) && (error.errors.length || error.messages.length)) {
          // each problem next to the field its path names, in the UI language
          const parsed = policyErrorsOf(error.errors.length ? error.errors : fieldErrorsOfMessages(error.messages), t);
          setErrors(parsed);
          if (!hasPolicyErrors(parsed)) setFailure(shownErrorsOf(error, t));
        } else setFailure(shownErrorsOf(error, t));
      },
    });
  };

  const stepErrorCount = Object.keys(errors.steps).length;
  const summary: ShownError[] = [
    ...errors.other,
    ...(stepErrorCount > 0
      ? [{ path: '', text: t('escalationPolicy.errors.seeSteps', { count: stepErrorCount }) }]
      : []),
  ];

  return (
    <form onSubmit={onSubmit} noValidate style={{ maxWidth: 960 }}>
      <Stack gap="md">
        {/* a standing note, not an alert: screen readers should not announce it as a problem */}
        <Alert role="note" variant="light" color="blue" icon={<IconInfoCircle aria-hidden="true" />}>
          {t('escalationPolicy.newBreachesOnly')}
        </Alert>

        {(failure.length > 0 || summary.length > 0) && (
          <Alert
            role="alert"
            color="red"
            variant="light"
            icon={<IconAlertTriangle aria-hidden="true" />}
            title={t('errors.saveFailed')}
          >
            <ShownErrorList errors={[...failure, ...summary]} />
          </Alert>
        )}

        <Card component="section" aria-labelledby="policy-ack-title">
          <Title order={2} fz="lg" id="policy-ack-title" mb="xs">
            {t('escalationPolicy.acknowledgement.title')}
          </Title>
          <NumberInput
            label={t('escalationPolicy.acknowledgement.label')}
            description={t('escalationPolicy.acknowledgement.hint')}
            value={form.acknowledgementTimeoutHours}
            onChange={(v) =>
              update({
                acknowledgementTimeoutHours: typeof v === 'number' ? v : '',
              })
            }
            min={0}
            max={MAX_HOURS}
            decimalScale={2}
            suffix={` ${t('escalationPolicy.hoursUnit')}`}
            maw={280}
            required
            error={errors.timeout}
          />
        </Card>

        <Card component="section" aria-labelledby="policy-approval-title">
          <Title order={2} fz="lg" id="policy-approval-title" mb="xs">
            {t('escalationPolicy.approval.title')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('escalationPolicy.approval.hint')}
          </Text>
          <Group align="flex-start" gap="md">
            {(
              [
                ['approvalAfterHours', 'after'],
                ['approvalEveryHours', 'every'],
              ] as const
            ).map(([field, label]) => (
              <NumberInput
                key={field}
                label={t(`escalationPolicy.approval.${label}`)}
                value={form[field]}
                onChange={(v) => update({ [field]: typeof v === 'number' ? v : '' })}
                min={0.25}
                max={MAX_HOURS}
                decimalScale={2}
                suffix={` ${t('escalationPolicy.hoursUnit')}`}
                maw={240}
                required
                error={errors[field]}
              />
            ))}
          </Group>
        </Card>

        <Card component="section" aria-labelledby="policy-digest-title">
          <Title order={2} fz="lg" id="policy-digest-title" mb="xs">
            {t('escalationPolicy.digestTitle')}
          </Title>
          <NumberInput
            label={t('escalationPolicy.digestInterval')}
            description={t('escalationPolicy.digestDescription')}
            value={form.digestIntervalMinutes}
            onChange={(v) => update({ digestIntervalMinutes: typeof v === 'number' ? v : '' })}
            min={0}
            max={1440}
            allowDecimal={false}
            suffix=" min"
            maw={480}
            required
            error={errors.digestIntervalMinutes ? t('escalationPolicy.digestInvalid') : undefined}
          />
        </Card>

        <Card component="section" aria-labelledby="policy-steps-title">
          <Group justify="space-between" mb="sm" gap="sm">
            <Title order={2} fz="lg" id="policy-steps-title">
              {t('escalationPolicy.steps.title')}
            </Title>
            <Badge variant="light" color="gray" style={{ textTransform: 'none' }}>
              {t('escalationPolicy.steps.count', { count: form.steps.length })}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed" mb="sm">
            {t('escalationPolicy.steps.hint')}
          </Text>
          <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {form.steps.map((step, index) => (
              <StepEditor
                key={step.key}
                step={step}
                index={index}
                count={form.steps.length}
                errors={errors.steps[index] ?? {}}
                roleOptions={roleOptions}
                typeOptions={typeOptions}
                onChange={(patch) => updateStep(index, patch)}
                onMove={(to) => update({ steps: moveStep(form.steps, index, to) })}
                onRemove={() => update({ steps: form.steps.filter((_, i) => i !== index) })}
              />
            ))}
          </Stack>
          <Group mt="sm">
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden="true" />}
              disabled={form.steps.length >= MAX_STEPS}
              onClick={() =>
                update({
                  steps: [
                    ...form.steps,
                    {
                      key: newStepKey(),
                      id: freshStepId(form.steps),
                      type: 'before_due',
                      hours: '',
                      roles: ['officer'],
                      users: [],
                    },
                  ],
                })
              }
            >
              {t('escalationPolicy.steps.add')}
            </Button>
          </Group>
        </Card>

        <Card component="section" aria-labelledby="policy-mailbox-title">
          <Title order={2} fz="lg" id="policy-mailbox-title" mb={4}>
            {t('escalationPolicy.mailbox.title')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('escalationPolicy.mailbox.hint')}
          </Text>
          <Switch
            label={t('escalationPolicy.mailbox.enabled')}
            checked={form.mailboxEnabled}
            onChange={(e) => update({ mailboxEnabled: e.currentTarget.checked })}
            mb="sm"
          />
          {form.mailboxEnabled && (
            <Group grow align="flex-start" gap="sm" wrap="wrap" preventGrowOverflow={false}>
              <TextInput
                label={t('escalationPolicy.mailbox.name')}
                value={form.mailboxName}
                onChange={(e) => update({ mailboxName: e.currentTarget.value })}
                required
                error={errors.mailboxName}
                miw={220}
              />
              <TextInput
                label={t('escalationPolicy.mailbox.email')}
                type="email"
                autoComplete="off"
                value={form.mailboxEmail}
                onChange={(e) => update({ mailboxEmail: e.currentTarget.value })}
                required
                error={errors.mailboxEmail}
                miw={220}
              />
            </Group>
          )}
        </Card>

        <Group justify="space-between" gap="sm">
          <Button
            variant="default"
            leftSection={<IconRestore size={16} aria-hidden="true" />}
            onClick={onRestoreDefault}
            disabled={!settings.defaultPolicy}
          >
            {t('escalationPolicy.restoreDefault')}
          </Button>
          <Button
            type="submit"
            loading={save.isPending}
            leftSection={<IconDeviceFloppy size={16} aria-hidden="true" />}
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface StepEditorProps {
  step: StepForm;
  index: number;
  count: number;
  errors: Partial<Record<'id' | 'type' | 'hours' | 'recipients', string>>;
  roleOptions: { value: string; label: string }[];
  typeOptions: { value: string; label: string }[];
  onChange: (patch: Partial<StepForm>) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

function StepEditor({
  step,
  index,
  count,
  errors,
  roleOptions,
  typeOptions,
  onChange,
  onMove,
  onRemove,
}: StepEditorProps) {
  const { t } = useTranslation();
  const n = index + 1;
  const headingId = `policy-step-${step.key}`;
  const hasError = Object.keys(errors).length > 0;
  return (
    <Card
      component="li"
      withBorder
      padding="sm"
      radius="md"
      aria-labelledby={headingId}
      style={hasError ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}
    >
      <Group justify="space-between" mb="xs" gap="xs" wrap="nowrap">
        <Text fw={600} id={headingId}>
          {t('escalationPolicy.steps.stepN', { n })}
        </Text>
        <Group gap={4} wrap="nowrap">
          <ActionIcon
            variant="subtle"
            onClick={() => onMove(index - 1)}
            disabled={index === 0}
            aria-label={t('escalationPolicy.steps.moveUp', { n })}
          >
            <IconArrowUp size={16} aria-hidden="true" />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            onClick={() => onMove(index + 1)}
            disabled={index === count - 1}
            aria-label={t('escalationPolicy.steps.moveDown', { n })}
          >
            <IconArrowDown size={16} aria-hidden="true" />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            onClick={onRemove}
            disabled={count <= 1}
            aria-label={t('escalationPolicy.steps.remove', { n })}
          >
            <IconTrash size={16} aria-hidden="true" />
          </ActionIcon>
        </Group>
      </Group>
      <Group grow align="flex-start" gap="sm" wrap="wrap" preventGrowOverflow={false}>
        <TextInput
          label={t('escalationPolicy.steps.id')}
          description={t('escalationPolicy.steps.idHint')}
          value={step.id}
          onChange={(e) => onChange({ id: e.currentTarget.value })}
          required
          error={errors.id}
          miw={180}
          styles={{
            input: { fontFamily: 'var(--mantine-font-family-monospace)' },
          }}
        />
        <Select
          label={t('escalationPolicy.steps.type')}
          data={typeOptions}
          value={step.type}
          onChange={(v) => v && onChange({ type: v as TriggerType })}
          allowDeselect={false}
          required
          error={errors.type}
          miw={200}
        />
        <NumberInput
          label={t('escalationPolicy.steps.hours')}
          description={
            step.type === 'before_due'
              ? t('escalationPolicy.steps.hoursBefore')
              : t('escalationPolicy.steps.hoursEvery')
          }
          value={step.hours}
          onChange={(v) => onChange({ hours: typeof v === 'number' ? v : '' })}
          min={0}
          max={MAX_HOURS}
          decimalScale={2}
          required
          error={errors.hours}
          miw={140}
        />
      </Group>
      <MultiSelect
        mt="sm"
        label={t('escalationPolicy.steps.recipients')}
        data={roleOptions}
        value={step.roles}
        onChange={(v) => onChange({ roles: v as RecipientRole[] })}
        required
        error={errors.recipients}
        clearable={false}
      />
      {step.users.length > 0 && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('escalationPolicy.steps.namedUsers', { count: step.users.length })}
        </Text>
      )}
    </Card>
  );
}
