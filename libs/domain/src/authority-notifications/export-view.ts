import { type Completeness, completeness, fieldApplies, isAnswered } from './completeness';
import { type AnswerValue, type AuthorityNotificationContent, type SectionKey } from './content';
import {
  AUTHORITY_NOTIFICATION_FORM,
  type CompletenessContext,
  type FieldDefinition,
  type FieldType,
  type FormLanguage,
  OPTION_LABELS,
} from './form';

export interface ExportQuestion {
  key: string;
  question: string;
  type: FieldType;
  required: boolean;
  /** The stored value (for systems reading the JSON). */
  value: AnswerValue;
  /** The answer as a person reads it, or null when unanswered. */
  answer: string | null;
}

export interface ExportSection {
  key: SectionKey;
  number: number;
  title: string;
  questions: ExportQuestion[];
}

export interface AuthorityNotificationView {
  language: FormLanguage;
  sections: ExportSection[];
  completeness: Completeness;
}

const LOCALE: Record<FormLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

/** "20 november 2026 10:30 (CET)": always Europe/Amsterdam, with the zone so nobody has to guess. */
export function formatAmsterdam(iso: string | Date, language: FormLanguage): string {
  const at = typeof iso === 'string' ? new Date(iso) : iso;
  const text = new Intl.DateTimeFormat(LOCALE[language], {
    timeZone: 'Europe/Amsterdam',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZoneName: 'short',
  }).format(at);
  return text.replace(' om ', ' ').replace(' at ', ' ');
}

export function optionLabel(value: string, language: FormLanguage): string {
  return OPTION_LABELS[value]?.[language] ?? value;
}

const NONE = { nl: 'Geen', en: 'None' } as const;
const YES_NO = { nl: ['Ja', 'Nee'], en: ['Yes', 'No'] } as const;

export function formatAnswer(field: FieldDefinition, value: AnswerValue, language: FormLanguage): string | null {
  if (value === null) return null;
  switch (field.type) {
    case 'text':
    case 'longtext':
      return typeof value === 'string' ? value : String(value);
    case 'instant':
      return typeof value === 'string' ? formatAmsterdam(value, language) : null;
    case 'boolean':
      return value === true ? YES_NO[language][0] : YES_NO[language][1];
    case 'integer':
      return typeof value === 'number' ? new Intl.NumberFormat(LOCALE[language]).format(value) : null;
    case 'choice':
      return optionLabel(String(value), language);
    case 'multi':
      if (!Array.isArray(value)) return null;
      return value.length === 0 ? NONE[language] : value.map((v) => optionLabel(v, language)).join('; ');
  }
}

/**
 * The content by section with the form's questions in Dutch or English, as the export (JSON and
 * PDF) shows it. Questions that do not apply (e.g. "which other organisation" after "no") are
 * left out; unanswered ones that apply are kept with answer null.
 */
export function authorityNotificationView(
  content: AuthorityNotificationContent,
  language: FormLanguage,
  ctx: CompletenessContext = { late: false },
): AuthorityNotificationView {
  const sections = AUTHORITY_NOTIFICATION_FORM.map((section): ExportSection => {
    const answers = content[section.key] as unknown as Record<string, AnswerValue | undefined>;
    const questions = section.fields
      .filter((f) => fieldApplies(f, content, ctx))
      .map((f): ExportQuestion => {
        const value = answers[f.key] ?? null;
        return {
          key: f.key,
          question: f.label[language],
          type: f.type,
          required: f.required,
          value,
          answer: isAnswered(f, value) ? formatAnswer(f, value, language) : null,
        };
      });
    return { key: section.key, number: section.number, title: section.title[language], questions };
  });
  return { language, sections, completeness: completeness(content, ctx) };
}
