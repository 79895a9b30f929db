/**
 * The merge fields a notice template can use (apps/api/src/notices/notice-rendering.ts,
 * NoticeContext). Every `{{field}}` is HTML-escaped; `{{{…}}}` is refused in the HTML body.
 * Fields that may be empty are best wrapped in `{{#if field}}…{{/if}}`.
 */
export const MERGE_FIELDS = [
  'customer.name',
  'recipient.name',
  'recipient.kind',
  'breach.reference',
  'breach.title',
  'breach.nature',
  'breach.cause',
  'breach.occurredAt',
  'breach.discoveredAt',
  'breach.containedAt',
  'breach.likelyConsequences',
  'breach.measuresTaken',
  'breach.affectedSystems',
  'contact.name',
  'contact.email',
  'vendor.name',
  'processor',
  'handover.subjectsCount',
  'handover.dataCategories',
  'handover.enisaBand',
  'handover.authorityRequired',
  'handover.dataSubjectsRequired',
  'language',
] as const;

export type MergeField = (typeof MERGE_FIELDS)[number];

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
