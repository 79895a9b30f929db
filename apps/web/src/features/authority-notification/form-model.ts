import {
  AUTHORITY_NOTIFICATION_FORM,
  type AuthorityNotificationContent,
  type FieldDefinition,
  fieldApplies,
  type SectionDefinition,
} from '@lekwacht/domain';
import type { SectionAnswers } from './api/authority-notification-api';

export type { FieldDefinition, SectionDefinition };

/** The AP form's sections 0–9 with their questions: the domain's definition, shared with the API. */
export const AP_FORM: readonly SectionDefinition[] = AUTHORITY_NOTIFICATION_FORM;

/** i18n keys of the form's texts (the texts themselves live in nl.json / en.json). */
export const sectionTitleKey = (section: string) => `apNotification.form.sections.${section}`;
export const fieldLabelKey = (section: string, field: string) => `apNotification.form.fields.${section}.${field}`;
export const optionLabelKey = (value: string) => `apNotification.form.options.${value}`;
/** A question's guidance under its input, where the form has one (apNotification.form.hints). */
export const fieldHintKey = (section: string, field: string) => `apNotification.form.hints.${section}.${field}`;

export function sectionAnswers(content: Record<string, unknown>, section: string): SectionAnswers {
  const answers = content[section];
  return answers && typeof answers === 'object' ? { ...(answers as SectionAnswers) } : {};
}

/** The answers that differ from what was loaded: the PUT sends only these. */
export function changedAnswers(initial: SectionAnswers, current: SectionAnswers): SectionAnswers {
  const changed: SectionAnswers = {};
  for (const [key, value] of Object.entries(current)) {
    if (JSON.stringify(value ?? null) !== JSON.stringify(initial[key] ?? null)) changed[key] = value ?? null;
  }
  return changed;
}

/** The questions of a section that apply, given the answers (with this section's edits) so far. */
export function applicableFields(
  section: SectionDefinition,
  content: Record<string, unknown>,
  edits: SectionAnswers,
  late: boolean,
): FieldDefinition[] {
  const merged = {
    ...content,
    [section.key]: { ...sectionAnswers(content, section.key), ...edits },
  } as unknown as AuthorityNotificationContent;
  return section.fields.filter((f) => fieldApplies(f, merged, { late }));
}

/** A text input's value as an answer: blank is "not answered" (null). */
export const textAnswer = (value: string): string | null => (value.trim() === '' ? null : value);
