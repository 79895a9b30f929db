import { Checkbox, Group, NumberInput, Radio, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import type { Language } from '../../../api/types';
import { DateTimeField } from '../../../shared/date-time/DateTimeField';
import { INVALID_DATE_TIME, isoOfLocalValue, localValueOfInstant } from '../../../shared/date-time/date-time-text';
import { type FieldDefinition, fieldHintKey, fieldLabelKey, optionLabelKey, textAnswer } from '../form-model';

interface Props {
  section: string;
  field: FieldDefinition;
  value: unknown;
  onChange: (value: unknown) => void;
  error?: string;
}

/**
 * A moment answer: the stored ISO instant is shown as Amsterdam wall time in the UI language's
 * format; a text that is not yet a moment is reported as INVALID_DATE_TIME, so the form can
 * refuse to save it instead of silently saving "not answered".
 */
export const isInvalidAnswer = (value: unknown) => value === INVALID_DATE_TIME;

const instantFieldValue = (value: unknown): string =>
  value === INVALID_DATE_TIME
    ? INVALID_DATE_TIME
    : typeof value === 'string' && !Number.isNaN(Date.parse(value))
      ? localValueOfInstant(value)
      : '';

/** One question of the AP form as an input that fits its type; null is "not answered". */
export function AnswerField({ section, field, value, onChange, error }: Props) {
  const { t, i18n } = useTranslation();
  const label = t(fieldLabelKey(section, field.key));
  const hintKey = fieldHintKey(section, field.key);
  const common = {
    label,
    withAsterisk: field.required,
    error,
    description: i18n.exists(hintKey) ? t(hintKey) : undefined,
  };
  const options = (field.options ?? []).map((o) => ({ value: o, label: t(optionLabelKey(o)) }));
  switch (field.type) {
    case 'text':
      return (
        <TextInput
          {...common}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(textAnswer(e.currentTarget.value))}
        />
      );
    case 'longtext':
      return (
        <Textarea
          {...common}
          autosize
          minRows={2}
          maxRows={12}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(textAnswer(e.currentTarget.value))}
        />
      );
    case 'instant':
      return (
        <DateTimeField
          label={label}
          withAsterisk={field.required}
          error={error}
          name={field.key}
          description={t('apNotification.amsterdamTime')}
          value={instantFieldValue(value)}
          onChange={(v) => onChange(v === INVALID_DATE_TIME ? INVALID_DATE_TIME : isoOfLocalValue(v))}
        />
      );
    case 'integer':
      return (
        <NumberInput
          {...common}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator={false}
          value={typeof value === 'number' ? value : ''}
          onChange={(v) => onChange(typeof v === 'number' ? v : null)}
        />
      );
    case 'boolean':
      return (
        <Radio.Group
          {...common}
          value={value === true ? 'yes' : value === false ? 'no' : ''}
          onChange={(v) => onChange(v === 'yes' ? true : v === 'no' ? false : null)}
        >
          <Group gap="md" mt={4}>
            <Radio value="yes" label={t('apNotification.answer.yes')} />
            <Radio value="no" label={t('apNotification.answer.no')} />
            <Radio value="" label={t('apNotification.answer.unanswered')} />
          </Group>
        </Radio.Group>
      );
    case 'choice':
      return (
        <Select
          {...common}
          data={options}
          clearable
          placeholder={t('apNotification.answer.choose')}
          value={typeof value === 'string' ? value : null}
          onChange={(v) => onChange(v ?? null)}
          comboboxProps={{ withinPortal: true }}
        />
      );
    case 'multi':
      return (
        <Checkbox.Group
          {...common}
          value={Array.isArray(value) ? (value as string[]) : []}
          onChange={(v) => onChange(v)}
        >
          <Stack gap={6} mt={4}>
            {options.map((o) => (
              <Checkbox key={o.value} value={o.value} label={o.label} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
  }
}

/** An answer as text, in the UI language; null when not answered. */
export function formatAnswer(
  field: FieldDefinition,
  value: unknown,
  lang: Language,
  t: (key: string) => string,
): string | null {
  if (value === null || value === undefined) return null;
  switch (field.type) {
    case 'text':
    case 'longtext':
      return String(value).trim() === '' ? null : String(value);
    case 'instant':
      return typeof value === 'string' ? formatDateTime(value, lang) : null;
    case 'integer':
      return typeof value === 'number' ? value.toLocaleString(lang) : null;
    case 'boolean':
      return t(value ? 'apNotification.answer.yes' : 'apNotification.answer.no');
    case 'choice':
      return t(optionLabelKey(String(value)));
    case 'multi':
      return Array.isArray(value)
        ? value.length === 0
          ? t('apNotification.answer.none')
          : value.map((v) => t(optionLabelKey(String(v)))).join('; ')
        : null;
  }
}

/** A question and its answer, read-only. */
export function AnswerView({
  section,
  field,
  value,
  lang,
}: {
  section: string;
  field: FieldDefinition;
  value: unknown;
  lang: Language;
}) {
  const { t } = useTranslation();
  const answer = formatAnswer(field, value, lang, t);
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {t(fieldLabelKey(section, field.key))}
      </Text>
      <Text
        component="dd"
        size="sm"
        m={0}
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        c={answer === null ? 'dimmed' : undefined}
        fs={answer === null ? 'italic' : undefined}
      >
        {answer ?? t('apNotification.answer.notAnswered')}
      </Text>
    </div>
  );
}
