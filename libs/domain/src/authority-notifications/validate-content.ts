import {
  type AnswerValue,
  type AuthorityNotificationContent,
  type AuthorityNotificationContentPatch,
  type SectionKey,
} from './content';
import { AUTHORITY_NOTIFICATION_FORM, type FieldDefinition, SECTION_KEYS } from './form';

export const TEXT_MAX_LENGTH = 2_000;
export const LONGTEXT_MAX_LENGTH = 20_000;
export const INTEGER_MAX = 1_000_000_000;

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every question unanswered. */
export function emptyAuthorityNotificationContent(): AuthorityNotificationContent {
  const content: Record<string, Record<string, null>> = {};
  for (const section of AUTHORITY_NOTIFICATION_FORM) {
    content[section.key] = Object.fromEntries(section.fields.map((f) => [f.key, null]));
  }
  return content as unknown as AuthorityNotificationContent;
}

export type ValidatePatchResult =
  | { ok: true; patch: AuthorityNotificationContentPatch }
  | { ok: false; errors: string[] };

function validateAnswer(
  field: FieldDefinition,
  value: unknown,
  path: string,
): { value: AnswerValue } | { error: string } {
  if (value === null) return { value: null };
  switch (field.type) {
    case 'text':
    case 'longtext': {
      if (typeof value !== 'string') return { error: `${path} must be a string or null` };
      const max = field.type === 'text' ? TEXT_MAX_LENGTH : LONGTEXT_MAX_LENGTH;
      if (value.length > max) return { error: `${path} must be shorter than or equal to ${max} characters` };
      const trimmed = value.trim();
      // An empty answer is no answer; storing "" would make completeness depend on whitespace.
      return { value: trimmed === '' ? null : trimmed };
    }
    case 'instant': {
      if (typeof value !== 'string' || !INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
        return {
          error: `${path} must be an ISO-8601 date-time with an offset, e.g. 2026-11-20T10:30:00+01:00, or null`,
        };
      }
      return { value: new Date(value).toISOString() };
    }
    case 'boolean':
      return typeof value === 'boolean' ? { value } : { error: `${path} must be a boolean or null` };
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return { error: `${path} must be an integer or null` };
      if (value < 0) return { error: `${path} must not be less than 0` };
      if (value > INTEGER_MAX) return { error: `${path} must not be greater than ${INTEGER_MAX}` };
      return { value };
    case 'choice': {
      const options = field.options ?? [];
      return typeof value === 'string' && options.includes(value)
        ? { value }
        : { error: `${path} must be one of the following values: ${options.join(', ')}` };
    }
    case 'multi': {
      const options = field.options ?? [];
      if (!Array.isArray(value)) return { error: `${path} must be an array or null` };
      const bad = value.find((v) => typeof v !== 'string' || !options.includes(v));
      if (bad !== undefined) return { error: `${path} must contain only the following values: ${options.join(', ')}` };
      if (new Set(value).size !== value.length) return { error: `${path} must not contain a value twice` };
      // Kept in the form's option order, so equal answers compare equal.
      return { value: options.filter((o) => (value as string[]).includes(o)) };
    }
  }
}

/**
 * Checks an untrusted partial change of the content. Unknown sections and unknown questions are
 * refused by name (a typo would otherwise be silently dropped and the answer lost).
 */
export function validateAuthorityNotificationPatch(input: unknown, path = 'content'): ValidatePatchResult {
  if (!isPlainObject(input)) return { ok: false, errors: [`${path} must be an object with sections of the AP form`] };
  const errors: string[] = [];
  const patch: Record<string, Record<string, AnswerValue>> = {};
  for (const [sectionKey, sectionValue] of Object.entries(input)) {
    const section = AUTHORITY_NOTIFICATION_FORM.find((s) => s.key === sectionKey);
    if (!section) {
      errors.push(`${path}.${sectionKey} is not a section of the AP form; sections are: ${SECTION_KEYS.join(', ')}`);
      continue;
    }
    if (!isPlainObject(sectionValue)) {
      errors.push(`${path}.${sectionKey} must be an object`);
      continue;
    }
    const answers: Record<string, AnswerValue> = {};
    for (const [fieldKey, value] of Object.entries(sectionValue)) {
      const field = section.fields.find((f) => f.key === fieldKey);
      const fieldPath = `${path}.${sectionKey}.${fieldKey}`;
      if (!field) {
        errors.push(`${fieldPath} is not a question of section ${section.number} (${sectionKey})`);
        continue;
      }
      const result = validateAnswer(field, value, fieldPath);
      if ('error' in result) errors.push(result.error);
      else answers[fieldKey] = result.value;
    }
    patch[sectionKey] = answers;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, patch: patch as AuthorityNotificationContentPatch };
}

/**
 * The stored content with the patch applied. Questions the form does not (or no longer) know are
 * dropped and missing ones become null, so old rows keep the current shape.
 */
export function mergeAuthorityNotificationContent(
  current: AuthorityNotificationContent | null,
  patch: AuthorityNotificationContentPatch,
): AuthorityNotificationContent {
  const base = emptyAuthorityNotificationContent() as unknown as Record<string, Record<string, AnswerValue>>;
  const cur = (current ?? {}) as unknown as Record<string, Record<string, AnswerValue> | undefined>;
  const changes = patch as Record<string, Record<string, AnswerValue> | undefined>;
  for (const section of AUTHORITY_NOTIFICATION_FORM) {
    const target = base[section.key] as Record<string, AnswerValue>;
    for (const field of section.fields) {
      const changed = changes[section.key];
      const stored = cur[section.key];
      if (changed && field.key in changed) target[field.key] = changed[field.key] ?? null;
      else if (stored && field.key in stored) target[field.key] = stored[field.key] ?? null;
    }
  }
  return base as unknown as AuthorityNotificationContent;
}

const ms = (iso: string | null) => (iso === null ? null : Date.parse(iso));

/** Answers that contradict each other (min above max, contained before it began …). */
export function checkAuthorityNotificationContent(c: AuthorityNotificationContent, path = 'content'): string[] {
  const errors: string[] = [];
  const range = (section: SectionKey, min: number | null, max: number | null, minKey: string, maxKey: string) => {
    if (min !== null && max !== null && min > max)
      errors.push(`${path}.${section}.${minKey} must not be greater than ${maxKey}`);
  };
  range('personalData', c.personalData.recordsMin, c.personalData.recordsMax, 'recordsMin', 'recordsMax');
  range('dataSubjects', c.dataSubjects.personsMin, c.dataSubjects.personsMax, 'personsMin', 'personsMax');
  const from = ms(c.timeline.occurredFrom);
  const to = ms(c.timeline.occurredTo);
  const discovered = ms(c.timeline.discoveredAt);
  const contained = ms(c.timeline.containedAt);
  if (from !== null && to !== null && to < from)
    errors.push(`${path}.timeline.occurredTo must not be before occurredFrom`);
  if (from !== null && discovered !== null && from > discovered)
    errors.push(`${path}.timeline.occurredFrom must not be after discoveredAt`);
  if (from !== null && contained !== null && contained < from)
    errors.push(`${path}.timeline.containedAt must not be before occurredFrom`);
  return errors;
}
