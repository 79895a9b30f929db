import { Group, Input, TextInput } from '@mantine/core';
import { type FocusEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage } from '../../i18n/i18n';
import { DATE_PATTERN, INVALID_DATE_TIME, readDateTimeTexts, TIME_PATTERN, textsOfLocalValue } from './date-time-text';

export interface DateTimeFieldProps {
  label: string;
  /** Amsterdam wall time "2026-11-20T10:30" (as a datetime-local input), '' for none, or INVALID_DATE_TIME. */
  value?: string;
  onChange: (value: string) => void;
  /** The form's own message (required, in the future …); the field's format problems come first. */
  error?: ReactNode;
  description?: ReactNode;
  withAsterisk?: boolean;
  disabled?: boolean;
  onBlur?: (event: FocusEvent<HTMLInputElement>) => void;
  onFocus?: (event: FocusEvent<HTMLInputElement>) => void;
  /** Prefix of the two inputs' `name`s ("containedAt" → containedAt-date, containedAt-time). */
  name?: string;
}

/**
 * A moment entered as two text fields, date and 24-hour time, in the UI language's format and
 * Europe/Amsterdam time whatever the browser's locale (a native picker follows the browser).
 * The format is the placeholder and the hint; a text that is not a moment shows why after
 * leaving the field, and the form receives INVALID_DATE_TIME so it cannot save it.
 */
export function DateTimeField({
  label,
  value = '',
  onChange,
  error,
  description,
  withAsterisk,
  disabled,
  onBlur,
  onFocus,
  name,
}: DateTimeFieldProps) {
  const { t, i18n } = useTranslation();
  const lang = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
  const id = useId();
  const [texts, setTexts] = useState(() => textsOfLocalValue(value, lang));
  const [touched, setTouched] = useState(false);
  // the value this field last reported: a different one comes from outside (reset, restored draft, "now")
  const reported = useRef(value);
  const group = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (value !== reported.current) {
      reported.current = value;
      if (value !== INVALID_DATE_TIME) setTexts(textsOfLocalValue(value, lang));
    }
  }, [value, lang]);

  // a language switch rewrites a valid date in the other format ("20-11-2026" ↔ "20/11/2026")
  useEffect(() => {
    setTexts((current) => {
      const read = readDateTimeTexts(current.date, current.time);
      return read.kind === 'ok' ? textsOfLocalValue(read.value, lang) : current;
    });
  }, [lang]);

  const update = (next: { date: string; time: string }) => {
    setTexts(next);
    const read = readDateTimeTexts(next.date, next.time);
    const emitted = read.kind === 'ok' ? read.value : read.kind === 'empty' ? '' : INVALID_DATE_TIME;
    reported.current = emitted;
    onChange(emitted);
  };

  const read = readDateTimeTexts(texts.date, texts.time);
  // while the time is still to be typed, "time missing" is not worth shouting about
  const ownError = touched && read.kind === 'invalid' ? t(`dateTime.errors.${read.problem}`) : null;
  const shownError = ownError ?? error;
  const hint = t('dateTime.hint', { date: DATE_PATTERN[lang], time: TIME_PATTERN[lang] });
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy = [descriptionId, shownError ? errorId : null].filter(Boolean).join(' ');

  const blur = (event: FocusEvent<HTMLInputElement>) => {
    // leaving the date for the time is not leaving the field
    if (event.relatedTarget instanceof Node && group.current?.contains(event.relatedTarget)) return;
    setTouched(true);
    onBlur?.(event);
  };

  return (
    <Input.Wrapper
      label={label}
      labelProps={{ htmlFor: `${id}-date` }}
      withAsterisk={withAsterisk}
      description={
        <>
          {description}
          {description ? ' · ' : ''}
          {hint}
        </>
      }
      descriptionProps={{ id: descriptionId }}
      error={shownError}
      errorProps={{ id: errorId, role: ownError ? 'alert' : undefined }}
    >
      <Group ref={group} gap="xs" wrap="nowrap" mt={4}>
        <TextInput
          id={`${id}-date`}
          name={name ? `${name}-date` : undefined}
          value={texts.date}
          placeholder={DATE_PATTERN[lang]}
          inputMode="numeric"
          autoComplete="off"
          aria-label={t('dateTime.dateOf', { label })}
          aria-describedby={describedBy}
          aria-invalid={Boolean(shownError)}
          error={Boolean(shownError)}
          disabled={disabled}
          onChange={(event) => update({ ...texts, date: event.currentTarget.value })}
          onFocus={onFocus}
          onBlur={blur}
          style={{ flex: '3 1 0', minWidth: 0 }}
        />
        <TextInput
          name={name ? `${name}-time` : undefined}
          value={texts.time}
          placeholder={TIME_PATTERN[lang]}
          inputMode="numeric"
          autoComplete="off"
          aria-label={t('dateTime.timeOf', { label })}
          aria-describedby={describedBy}
          aria-invalid={Boolean(shownError)}
          error={Boolean(shownError)}
          disabled={disabled}
          onChange={(event) => update({ ...texts, time: event.currentTarget.value })}
          onFocus={onFocus}
          onBlur={blur}
          style={{ flex: '2 1 0', minWidth: 0 }}
        />
      </Group>
    </Input.Wrapper>
  );
}
