import { TextInput } from '@mantine/core';
import { type FocusEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage } from '../../i18n/i18n';
import { DATE_PATTERN, formatIsoDate, INVALID_DATE_TIME, parseIsoDate, readDateText } from './date-time-text';

export interface DateFieldProps {
  label: string;
  /** A calendar date "2024-02-29", '' for none, or INVALID_DATE_TIME while the text is no date. */
  value?: string;
  onChange: (value: string) => void;
  /** The form's own message; the field's format problem comes first. */
  error?: ReactNode;
  description?: ReactNode;
  withAsterisk?: boolean;
  disabled?: boolean;
  name?: string;
  onBlur?: (event: FocusEvent<HTMLInputElement>) => void;
}

const textOf = (value: string, lang: 'nl' | 'en') => (parseIsoDate(value) ? formatIsoDate(value, lang) : '');

/**
 * A calendar date (no time) typed in the UI language's format, dd-mm-jjjj or dd/mm/yyyy,
 * whatever the browser's locale: a native `type="date"` picker shows "02/29/2024" in an
 * American browser. Reports a date as "2024-02-29", as the API stores it.
 */
export function DateField({
  label,
  value = '',
  onChange,
  error,
  description,
  withAsterisk,
  disabled,
  name,
  onBlur,
}: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const lang = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
  const [text, setText] = useState(() => textOf(value, lang));
  const [touched, setTouched] = useState(false);
  const reported = useRef(value);

  useEffect(() => {
    if (value !== reported.current) {
      reported.current = value;
      if (value !== INVALID_DATE_TIME) setText(textOf(value, lang));
    }
  }, [value, lang]);

  // a language switch rewrites a valid date in the other format
  useEffect(() => {
    setText((current) => {
      const read = readDateText(current);
      return read.kind === 'ok' ? formatIsoDate(read.value, lang) : current;
    });
  }, [lang]);

  const read = readDateText(text);
  const ownError = touched && read.kind === 'invalid' ? t('dateTime.errors.date') : null;
  const hint = t('dateTime.dateHint', { date: DATE_PATTERN[lang] });

  return (
    <TextInput
      label={label}
      name={name}
      value={text}
      placeholder={DATE_PATTERN[lang]}
      inputMode="numeric"
      autoComplete="off"
      withAsterisk={withAsterisk}
      disabled={disabled}
      description={
        <>
          {description}
          {description ? ' · ' : ''}
          {hint}
        </>
      }
      error={ownError ?? error}
      errorProps={{ role: ownError ? 'alert' : undefined }}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        const r = readDateText(next);
        const emitted = r.kind === 'ok' ? r.value : r.kind === 'empty' ? '' : INVALID_DATE_TIME;
        reported.current = emitted;
        onChange(emitted);
      }}
      onBlur={(event) => {
        setTouched(true);
        onBlur?.(event);
      }}
    />
  );
}
