import { type AnswerValue, type AuthorityNotificationContent, type SectionKey } from './content';
import { AUTHORITY_NOTIFICATION_FORM, type CompletenessContext, type FieldDefinition } from './form';

export interface SectionCompleteness {
  key: SectionKey;
  number: number;
  answered: number;
  total: number;
  /** Required questions that apply and are still unanswered, in form order. */
  missing: string[];
}

export interface Completeness {
  sections: SectionCompleteness[];
  answered: number;
  total: number;
  /** 0–100, rounded down so that 99.6 % never shows as complete. */
  percent: number;
  complete: boolean;
}

export function isAnswered(field: FieldDefinition, value: AnswerValue | undefined): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length >= (field.minItems ?? 0);
  if (typeof value === 'string') return value.trim() !== '';
  return true;
}

export function fieldApplies(
  field: FieldDefinition,
  content: AuthorityNotificationContent,
  ctx: CompletenessContext,
): boolean {
  return field.appliesWhen ? field.appliesWhen(content, ctx) : true;
}

/**
 * How much of the AP form is answered: per section and overall, counting only the required
 * questions that apply (a follow-up question about "other" counts only once "other" is chosen;
 * the reason for delay only once the 72 hours have passed).
 */
export function completeness(
  content: AuthorityNotificationContent,
  ctx: CompletenessContext = { late: false },
): Completeness {
  const sections = AUTHORITY_NOTIFICATION_FORM.map((section): SectionCompleteness => {
    const answers = content[section.key] as unknown as Record<string, AnswerValue | undefined>;
    const counted = section.fields.filter((f) => f.required && fieldApplies(f, content, ctx));
    const missing = counted.filter((f) => !isAnswered(f, answers[f.key])).map((f) => f.key);
    return {
      key: section.key,
      number: section.number,
      answered: counted.length - missing.length,
      total: counted.length,
      missing,
    };
  });
  const answered = sections.reduce((n, s) => n + s.answered, 0);
  const total = sections.reduce((n, s) => n + s.total, 0);
  const percent = total === 0 ? 100 : Math.floor((answered * 100) / total);
  return { sections, answered, total, percent, complete: answered === total };
}
