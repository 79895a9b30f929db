// The merge fields come from the API (GET /api/notice-templates/fields): exactly the NoticeView.

/** The two parts of a template: the subject line and the Markdown body. */
export const TEMPLATE_FIELDS = ['subject', 'body'] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

/** One problem the API found in a part, by kind, so the page can say it in the UI language. */
export interface TemplateProblem {
  kind: 'unknownFields' | 'unescaped' | 'notAllowed' | 'syntax' | 'required' | 'tooLong' | 'other';
  /** What the API named: the unknown fields, the refused construct, the parser's words. */
  detail: string;
}

/**
 * The kinds of one API message about a part. The API names the part first:
 * "body: the template cannot be used: unknown field(s): a, b; …" (one or more problems,
 * separated by "; ") or class-validator's "subject must be longer than or equal to 1 characters".
 */
export function templateProblemsOf(message: string, field: TemplateField): TemplateProblem[] {
  const prefix = `${field}: the template cannot be used: `;
  if (!message.startsWith(prefix)) {
    const rest = message.slice(field.length).trim();
    if (/^must be longer than/.test(rest) || /should not be empty|must be a string/.test(rest))
      return [{ kind: 'required', detail: rest }];
    if (/^must be shorter than/.test(rest)) return [{ kind: 'tooLong', detail: rest }];
    return [{ kind: 'other', detail: message }];
  }
  return message
    .slice(prefix.length)
    .split('; ')
    .map((reason): TemplateProblem => {
      const unknown = /^unknown field\(s\): (.+)$/.exec(reason);
      if (unknown) return { kind: 'unknownFields', detail: unknown[1] ?? '' };
      if (reason.startsWith('unescaped output')) return { kind: 'unescaped', detail: '{{{…}}}, {{&…}}' };
      if (/is not allowed|is not a field|only field names|are not allowed/.test(reason))
        return { kind: 'notAllowed', detail: reason };
      return { kind: 'syntax', detail: reason };
    });
}

/** Splits the API's 400 messages over the two parts; messages that name neither stay apart. */
export function templateErrorsOf(messages: readonly string[]): {
  fields: Partial<Record<TemplateField, TemplateProblem[]>>;
  other: string[];
} {
  const result: { fields: Partial<Record<TemplateField, TemplateProblem[]>>; other: string[] } = {
    fields: {},
    other: [],
  };
  for (const message of messages) {
    const field = TEMPLATE_FIELDS.find(
      (f) => message.startsWith(`${f} `) || message.startsWith(`${f}:`) || message === f,
    );
    if (field) result.fields[field] = [...(result.fields[field] ?? []), ...templateProblemsOf(message, field)];
    else result.other.push(message);
  }
  return result;
}
