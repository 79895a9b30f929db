// The merge fields come from the API (GET /api/notice-templates/fields): exactly the NoticeView.

export const TEMPLATE_FIELDS = ['subject', 'bodyText', 'bodyHtml'] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

/**
 * Splits the API's 400 messages over the three fields. The API names the field first:
 * "bodyHtml: the template cannot be used: …" or "subject must be shorter than …".
 */
export function templateErrorsOf(messages: readonly string[]): {
  fields: Partial<Record<TemplateField, string>>;
  other: string[];
} {
  const result: {
    fields: Partial<Record<TemplateField, string>>;
    other: string[];
  } = { fields: {}, other: [] };
  for (const message of messages) {
    const field = TEMPLATE_FIELDS.find(
      (f) => message.startsWith(`${f} `) || message.startsWith(`${f}:`) || message === f,
    );
    if (field) result.fields[field] ??= message;
    else result.other.push(message);
  }
  return result;
}
