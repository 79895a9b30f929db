import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Stepper,
  Text,
  TextInput,
  Textarea,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { isApiError } from '../../../api/api-error';
import { BREACH_CAUSES } from '../../../api/types';
import { formatDateTime } from '../../../i18n/format';
import { useCurrentUser } from '../../../shared/session/use-me';
import { useCustomers } from '../../../shared/customers/use-customers';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import {
  AVAILABILITY_LEVELS,
  type BreachFacts,
  CONFIDENTIALITY_LEVELS,
  DATA_CATEGORIES,
  IDENTIFIABILITY_LEVELS,
  INTEGRITY_LEVELS,
} from '../../../shared/breaches/breach-types';
import { amsterdamLocalToIso } from '../../../shared/date-time/amsterdam-time';
import { DateTimeField } from '../../../shared/date-time/DateTimeField';
import { fieldLineOf, lineOf, shownErrorsOf } from '../../../shared/errors/translate-api-error';
import { useCreateBreach } from '../hooks/use-breaches';
import { useLang } from '../../../shared/language/use-lang';
import {
  type BreachDraft,
  type TriState,
  clearDraft,
  emptyDraft,
  loadDraft,
  saveDraft,
  derivedRole,
  neededLanguages,
  toCreateBody,
  toFacts,
} from '../wizard/draft';
import { ContactPersonSelect } from './ContactPersonSelect';
import { CustomerSliceFields, emptyCustomerSlice } from './CustomerSliceFields';
import {
  CUSTOMER_TEXT_KINDS,
  CUSTOMER_TEXT_PATHS,
  CustomerTextFields,
  customerTextLabelKey,
} from './CustomerTextFields';
import { useUserDirectory } from '../../../shared/users/use-user-directory';
import { BREACH_TEMPLATES } from '../wizard/templates';
import { STEP_FIELDS, draftValidation, stepOfPath } from '../wizard/validation';

const STEPS = ['what', 'when', 'data', 'customers', 'review'] as const;
const LAST = STEPS.length - 1;

/**
 * Intake of a new breach in five steps; the draft is kept per user in localStorage. The data step
 * shows `assessmentPreview` of the facts entered so far (the app passes the assessment feature's).
 */
export function NewBreachPage({ assessmentPreview }: { assessmentPreview: (facts: BreachFacts) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const create = useCreateBreach();
  const customers = useCustomers();
  const restored = useMemo(() => loadDraft(me.id), [me.id]);
  const [active, setActive] = useState(() => Math.min(Math.max(restored?.step ?? 0, 0), LAST));
  const [restoredAt, setRestoredAt] = useState(restored?.savedAt ?? null);
  const [apiMessages, setApiMessages] = useState<string[]>([]);
  const submitted = useRef(false);

  const form = useForm<BreachDraft>({
    mode: 'controlled',
    initialValues: restored?.values ?? emptyDraft(),
    validate: draftValidation(t),
    validateInputOnChange: true,
  });

  // Autosave on every change (and step move); nothing typed is lost when navigating away.
  useEffect(() => {
    if (!submitted.current) saveDraft(me.id, active, form.values);
  }, [form.values, active, me.id]);

  // A customer text's rule looks at its other languages and at the chosen customers: an error
  // shown on one field may be settled by typing in another (or removing a customer), so re-check.
  const { customerSummary, customerMeasures, customerConsequences, affectedCustomers } = form.values;
  const { errors, validateField } = form;
  useEffect(() => {
    // only when the texts or the customers change, not when the errors do
    for (const path of CUSTOMER_TEXT_PATHS) if (errors[path]) void validateField(path);
  }, [customerSummary, customerMeasures, customerConsequences, affectedCustomers]);

  const discard = () => {
    clearDraft(me.id);
    form.setValues(emptyDraft());
    form.resetDirty();
    form.clearErrors();
    setRestoredAt(null);
    setApiMessages([]);
    setActive(0);
  };

  const validateStep = async (step: number): Promise<boolean> => {
    const paths = [...(STEP_FIELDS[step] ?? [])];
    if (step === 3) form.values.affectedCustomers.forEach((_, i) => paths.push(`affectedCustomers.${i}.subjectsCount`));
    const results = await Promise.all(paths.map((path) => form.validateField(path)));
    return results.every((result) => !result.hasError);
  };

  const goTo = async (step: number) => {
    if (step > active) {
      for (let s = active; s < step; s++) {
        if (!(await validateStep(s))) {
          setActive(s);
          return;
        }
      }
    }
    setActive(step);
  };

  const submit = async () => {
    for (let s = 0; s < LAST; s++) {
      if (!(await validateStep(s))) {
        setActive(s);
        return;
      }
    }
    setApiMessages([]);
    create.mutate(toCreateBody(form.values), {
      onSuccess: (breach) => {
        submitted.current = true;
        clearDraft(me.id);
        notifications.show({
          color: 'green',
          title: t('wizard.created.title'),
          message: t('wizard.created.message', { reference: breach.reference }),
        });
        void navigate(`/breaches/${breach.id}`);
      },
      onError: (error) => {
        if (!isApiError(error)) {
          setApiMessages([t('errors.network')]);
          return;
        }
        if (error.status === 403) {
          setApiMessages([t('errors.forbidden')]);
          return;
        }
        // each problem on the field its path names, in the UI language (shared/errors)
        const problems = shownErrorsOf(error, t);
        let firstStep = LAST;
        for (const problem of problems) {
          if (problem.path && stepOfPath(problem.path) < LAST) {
            form.setFieldError(problem.path, fieldLineOf(problem, i18n.language));
            firstStep = Math.min(firstStep, stepOfPath(problem.path));
          }
        }
        setApiMessages(problems.map(lineOf));
        setActive(firstStep);
      },
    });
  };

  const options = (prefix: string, values: readonly string[]) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
  const triOptions = options('wizard.tri', ['yes', 'no', 'unknown']);
  const customerName = (id: string) => customers.data?.find((c) => c.id === id)?.name ?? id;

  const applyTemplate = (id: string) => {
    const template = BREACH_TEMPLATES.find((tpl) => tpl.id === id);
    if (!template) return;
    const next = template.apply(form.values);
    form.setValues({
      ...next,
      title: t(`wizard.templates.${id}.title`),
      description: form.values.description.trim() ? form.values.description : t(`wizard.templates.${id}.description`),
    });
  };

  const stepLabel = (step: (typeof STEPS)[number]) => t(`wizard.steps.${step}.label`);

  const headerActions = (
    <Button
      variant="subtle"
      color="red"
      leftSection={<IconTrash size={16} aria-hidden="true" />}
      onClick={discard}
      disabled={!form.isDirty() && !restoredAt}
    >
      {t('wizard.discard')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('wizard.title')} description={t('wizard.description')} actions={headerActions} />
      <Stack gap="md">
        {restoredAt && (
          <Alert
            color="blue"
            variant="light"
            icon={<IconDeviceFloppy aria-hidden="true" />}
            withCloseButton
            onClose={() => setRestoredAt(null)}
            closeButtonLabel={t('common.close')}
          >
            {t('wizard.restored', { time: formatDateTime(restoredAt, lang) })}
          </Alert>
        )}
        {apiMessages.length > 0 && (
          <Alert
            role="alert"
            color="red"
            variant="light"
            icon={<IconAlertCircle aria-hidden="true" />}
            title={t('wizard.submitFailed')}
          >
            <List size="sm">
              {apiMessages.map((message) => (
                <List.Item key={message}>{message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Card p={{ base: 'sm', sm: 'lg' }}>
          <Stepper
            active={active}
            onStepClick={(step) => void goTo(step)}
            size="sm"
            allowNextStepsSelect={false}
            aria-label={t('wizard.stepsLabel')}
          >
            <Stepper.Step label={isPhone ? undefined : stepLabel('what')} aria-label={stepLabel('what')}>
              <StepHeading step={0} title={stepLabel('what')} />
              <Stack gap="md">
                <div role="group" aria-labelledby="template-label">
                  <Text id="template-label" size="sm" fw={500} mb={6}>
                    {t('wizard.templates.label')}
                  </Text>
                  <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs">
                    {BREACH_TEMPLATES.map((tpl) => {
                      const selected = form.values.template === tpl.id;
                      return (
                        <UnstyledButton
                          key={tpl.id}
                          onClick={() => applyTemplate(tpl.id)}
                          aria-pressed={selected}
                          p="sm"
                          style={{
                            border: `1px solid var(--mantine-color-${selected ? 'blue-6' : 'gray-3'})`,
                            borderRadius: 'var(--mantine-radius-md)',
                            background: selected ? 'var(--mantine-color-blue-light)' : undefined,
                          }}
                        >
                          <Text size="sm" fw={600}>
                            {t(`wizard.templates.${tpl.id}.name`)}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {t(`causes.${tpl.apply(form.values).cause}`)}
                          </Text>
                        </UnstyledButton>
                      );
                    })}
                  </SimpleGrid>
                </div>
                <TextInput
                  label={t('wizard.fields.title')}
                  withAsterisk
                  maxLength={300}
                  {...form.getInputProps('title')}
                />
                <Select
                  label={t('wizard.fields.cause')}
                  withAsterisk
                  data={options('causes', BREACH_CAUSES)}
                  allowDeselect={false}
                  {...form.getInputProps('cause')}
                  onChange={(value) => form.setFieldValue('cause', (value ?? '') as BreachDraft['cause'])}
                />
                <Textarea
                  label={t('wizard.fields.description')}
                  description={t('wizard.fields.descriptionHint')}
                  autosize
                  minRows={4}
                  {...form.getInputProps('description')}
                />
                <ContactPersonSelect
                  label={t('wizard.fields.contactPerson')}
                  description={t('breachEdit.fields.contactPersonHint')}
                  value={form.values.contactPersonId || null}
                  onChange={(id) => form.setFieldValue('contactPersonId', id ?? '')}
                  error={form.errors['contactPersonId'] as string | undefined}
                />
              </Stack>
            </Stepper.Step>

            <Stepper.Step label={isPhone ? undefined : stepLabel('when')} aria-label={stepLabel('when')}>
              <StepHeading step={1} title={stepLabel('when')} />
              <Stack gap="md">
                <Text size="sm" c="dimmed">
                  {t('wizard.timeZoneHint')}
                </Text>
                <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
                  <DateTimeField
                    name="occurredAt"
                    label={t('wizard.fields.occurredAt')}
                    description={t('wizard.fields.optional')}
                    {...form.getInputProps('occurredAt')}
                  />
                  <DateTimeField
                    name="discoveredAt"
                    label={t('wizard.fields.discoveredAt')}
                    description={t('wizard.fields.discoveredAtHint')}
                    withAsterisk
                    {...form.getInputProps('discoveredAt')}
                  />
                  <DateTimeField
                    name="containedAt"
                    label={t('wizard.fields.containedAt')}
                    description={t('wizard.fields.optional')}
                    {...form.getInputProps('containedAt')}
                  />
                </SimpleGrid>
              </Stack>
            </Stepper.Step>

            <Stepper.Step label={isPhone ? undefined : stepLabel('data')} aria-label={stepLabel('data')}>
              <StepHeading step={2} title={stepLabel('data')} />
              <Stack gap="md">
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                  {/* Issue #15: the role follows from the customers' slices (step 4), not a separate default. */}
                  <Stack gap={2}>
                    <Text size="sm" fw={500}>
                      {t('wizard.fields.role')}
                    </Text>
                    <Text size="sm">{t(`customerRoles.${derivedRole(form.values.affectedCustomers)}`)}</Text>
                    <Text size="xs" c="dimmed">
                      {t('customerSlice.derivedRoleHint')}
                    </Text>
                  </Stack>
                  <NumberInput
                    label={t('wizard.fields.subjectsCount')}
                    description={t('wizard.fields.subjectsCountHint')}
                    min={0}
                    allowDecimal={false}
                    allowNegative={false}
                    thousandSeparator="."
                    decimalSeparator=","
                    {...form.getInputProps('facts.subjectsCount')}
                  />
                </SimpleGrid>
                <MultiSelect
                  label={t('wizard.fields.dataCategories')}
                  withAsterisk
                  searchable
                  data={options('dataCategories', DATA_CATEGORIES)}
                  {...form.getInputProps('facts.dataCategories')}
                />
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                  <Select
                    label={t('wizard.fields.identifiability')}
                    allowDeselect={false}
                    data={options('identifiability', IDENTIFIABILITY_LEVELS)}
                    {...form.getInputProps('facts.identifiability')}
                  />
                  <Select
                    label={t('wizard.fields.confidentiality')}
                    allowDeselect={false}
                    data={options('confidentiality', CONFIDENTIALITY_LEVELS)}
                    {...form.getInputProps('facts.confidentiality')}
                  />
                  <Select
                    label={t('wizard.fields.integrity')}
                    allowDeselect={false}
                    data={options('integrity', INTEGRITY_LEVELS)}
                    {...form.getInputProps('facts.integrity')}
                  />
                  <Select
                    label={t('wizard.fields.availability')}
                    allowDeselect={false}
                    data={options('availability', AVAILABILITY_LEVELS)}
                    {...form.getInputProps('facts.availability')}
                  />
                </SimpleGrid>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                  <TriField
                    label={t('wizard.fields.exfiltrationEvidence')}
                    data={triOptions}
                    value={form.values.facts.exfiltrationEvidence}
                    onChange={(value) => form.setFieldValue('facts.exfiltrationEvidence', value as TriState)}
                  />
                  <TriField
                    label={t('wizard.fields.backupAvailable')}
                    data={triOptions}
                    value={form.values.facts.backupAvailable}
                    onChange={(value) => form.setFieldValue('facts.backupAvailable', value as TriState)}
                  />
                </SimpleGrid>
                <Stack gap="xs">
                  {(
                    [
                      'vulnerableSubjects',
                      'malicious',
                      'dataUnintelligible',
                      'recipientTrusted',
                      'financialUndertaking',
                    ] as const
                  ).map((flag) => (
                    <Checkbox
                      key={flag}
                      label={t(`wizard.fields.${flag}`)}
                      {...form.getInputProps(`facts.${flag}`, { type: 'checkbox' })}
                    />
                  ))}
                </Stack>
                {assessmentPreview(toFacts(form.values.facts, form.values.affectedCustomers))}
              </Stack>
            </Stepper.Step>

            <Stepper.Step label={isPhone ? undefined : stepLabel('customers')} aria-label={stepLabel('customers')}>
              <StepHeading step={3} title={stepLabel('customers')} />
              <Stack gap="md">
                <MultiSelect
                  label={t('wizard.fields.customers')}
                  description={t('wizard.fields.customersHint')}
                  searchable
                  nothingFoundMessage={t('wizard.noCustomers')}
                  disabled={customers.isPending}
                  error={customers.isError ? t('wizard.customersLoadFailed') : undefined}
                  data={(customers.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
                  value={form.values.affectedCustomers.map((c) => c.customerId)}
                  onChange={(ids) =>
                    form.setFieldValue(
                      'affectedCustomers',
                      ids.map(
                        (id) =>
                          form.values.affectedCustomers.find((c) => c.customerId === id) ?? {
                            customerId: id,
                            language: customers.data?.find((c) => c.id === id)?.language === 'en' ? 'en' : 'nl',
                            ...emptyCustomerSlice(),
                          },
                      ),
                    )
                  }
                />
                {form.values.affectedCustomers.map((affected, index) => (
                  <Card key={affected.customerId} withBorder p="sm">
                    <CustomerSliceFields
                      customerName={customerName(affected.customerId)}
                      value={affected}
                      onChange={(next) => form.setFieldValue(`affectedCustomers.${index}`, { ...affected, ...next })}
                      errors={{
                        subjectsCount: form.errors[`affectedCustomers.${index}.subjectsCount`] as string | undefined,
                        recordsEstimate: form.errors[`affectedCustomers.${index}.recordsEstimate`] as
                          | string
                          | undefined,
                      }}
                    />
                  </Card>
                ))}
                <CustomerTextFields
                  languages={neededLanguages(form.values.affectedCustomers)}
                  inputProps={(path) => form.getInputProps(path)}
                  summaryRequired
                />
              </Stack>
            </Stepper.Step>

            <Stepper.Step label={isPhone ? undefined : stepLabel('review')} aria-label={stepLabel('review')}>
              <StepHeading step={4} title={stepLabel('review')} />
              <Review draft={form.values} customerName={customerName} onEdit={setActive} />
            </Stepper.Step>
          </Stepper>

          <Group justify="space-between" mt="xl" gap="sm">
            <Button variant="default" onClick={() => setActive((s) => Math.max(0, s - 1))} disabled={active === 0}>
              {t('wizard.back')}
            </Button>
            {active < LAST ? (
              <Button onClick={() => void goTo(active + 1)}>{t('wizard.next')}</Button>
            ) : (
              <Button onClick={() => void submit()} loading={create.isPending}>
                {t('wizard.submit')}
              </Button>
            )}
          </Group>
        </Card>
      </Stack>
    </>
  );
}

function StepHeading({ step, title }: { step: number; title: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} mt="lg" mb="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {t('wizard.stepOf', { step: step + 1, total: STEPS.length })}
      </Text>
      <Title order={2} fz="lg">
        {title}
      </Title>
    </Stack>
  );
}

interface TriFieldProps {
  label: string;
  data: { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
}

function TriField({ label, data, value, onChange }: TriFieldProps) {
  const id = useId();
  return (
    <div>
      <Text id={id} size="sm" fw={500} mb={4}>
        {label}
      </Text>
      <SegmentedControl aria-labelledby={id} fullWidth data={data} value={value} onChange={onChange} />
    </div>
  );
}

interface ReviewProps {
  draft: BreachDraft;
  customerName: (id: string) => string;
  onEdit: (step: number) => void;
}

function Review({ draft, customerName, onEdit }: ReviewProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const when = (value: string) => {
    const iso = amsterdamLocalToIso(value);
    return iso ? formatDateTime(iso, lang) : t('wizard.review.unknown');
  };
  const yesNo = (value: boolean) => t(value ? 'wizard.tri.yes' : 'wizard.tri.no');
  const directory = useUserDirectory();
  const contactName = draft.contactPersonId
    ? (directory.data?.find((u) => u.id === draft.contactPersonId)?.name ??
      (directory.isPending ? '…' : t('wizard.review.unknown')))
    : t('breachEdit.fields.contactNone');
  const languages = neededLanguages(draft.affectedCustomers);
  const texts = {
    customerSummary: draft.customerSummary,
    customerMeasures: draft.customerMeasures,
    customerConsequences: draft.customerConsequences,
  };
  const textRows = CUSTOMER_TEXT_KINDS.flatMap((kind) =>
    languages.map((language): [string, string] => [
      t(customerTextLabelKey(`${kind}.${language}`)),
      texts[kind][language].trim() || (kind === 'customerSummary' ? '—' : t('wizard.review.stillInvestigating')),
    ]),
  );
  const sections: { step: number; title: string; rows: [string, string][] }[] = [
    {
      step: 0,
      title: t('wizard.steps.what.label'),
      rows: [
        [t('wizard.fields.title'), draft.title || '—'],
        [t('wizard.fields.cause'), draft.cause ? t(`causes.${draft.cause}`) : '—'],
        [t('wizard.fields.description'), draft.description || '—'],
        [t('wizard.fields.contactPerson'), contactName],
      ],
    },
    {
      step: 1,
      title: t('wizard.steps.when.label'),
      rows: [
        [t('wizard.fields.occurredAt'), when(draft.occurredAt)],
        [t('wizard.fields.discoveredAt'), when(draft.discoveredAt)],
        [t('wizard.fields.containedAt'), when(draft.containedAt)],
      ],
    },
    {
      step: 2,
      title: t('wizard.steps.data.label'),
      rows: [
        [t('wizard.fields.role'), t(`customerRoles.${derivedRole(draft.affectedCustomers)}`)],
        [
          t('wizard.fields.dataCategories'),
          draft.facts.dataCategories.map((c) => t(`dataCategories.${c}`)).join(', ') || '—',
        ],
        [
          t('wizard.fields.subjectsCount'),
          draft.facts.subjectsCount === '' ? t('wizard.review.unknown') : String(draft.facts.subjectsCount),
        ],
        [t('wizard.fields.identifiability'), t(`identifiability.${draft.facts.identifiability}`)],
        [t('wizard.fields.confidentiality'), t(`confidentiality.${draft.facts.confidentiality}`)],
        [t('wizard.fields.integrity'), t(`integrity.${draft.facts.integrity}`)],
        [t('wizard.fields.availability'), t(`availability.${draft.facts.availability}`)],
        [t('wizard.fields.exfiltrationEvidence'), t(`wizard.tri.${draft.facts.exfiltrationEvidence}`)],
        [t('wizard.fields.backupAvailable'), t(`wizard.tri.${draft.facts.backupAvailable}`)],
        [t('wizard.fields.vulnerableSubjects'), yesNo(draft.facts.vulnerableSubjects)],
        [t('wizard.fields.malicious'), yesNo(draft.facts.malicious)],
        [t('wizard.fields.dataUnintelligible'), yesNo(draft.facts.dataUnintelligible)],
        [t('wizard.fields.recipientTrusted'), yesNo(draft.facts.recipientTrusted)],
        [t('wizard.fields.financialUndertaking'), yesNo(draft.facts.financialUndertaking)],
      ],
    },
    {
      step: 3,
      title: t('wizard.steps.customers.label'),
      rows: draft.affectedCustomers.length
        ? draft.affectedCustomers
            .map(
              (c) =>
                [
                  customerName(c.customerId),
                  `${c.subjectsCount === '' ? t('wizard.review.unknown') : c.subjectsCount} · ${t(`customerRoles.${c.role}`)}`,
                ] as [string, string],
            )
            .concat(textRows)
        : [[t('wizard.fields.customers'), t('wizard.review.none')]],
    },
  ];
  return (
    <Stack gap="lg">
      {sections.map((section) => (
        <section key={section.step} aria-labelledby={`review-${section.step}`}>
          <Group justify="space-between" mb={6}>
            <Title order={3} fz="md" id={`review-${section.step}`}>
              {section.title}
            </Title>
            <Button size="compact-sm" variant="subtle" onClick={() => onEdit(section.step)}>
              {t('wizard.review.edit')}
            </Button>
          </Group>
          <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing={4} verticalSpacing={4} m={0}>
            {section.rows.map(([label, value]) => (
              <div key={label}>
                <Text component="dt" size="xs" c="dimmed">
                  {label}
                </Text>
                <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {value}
                </Text>
              </div>
            ))}
          </SimpleGrid>
        </section>
      ))}
    </Stack>
  );
}
