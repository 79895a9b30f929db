/** What an outgoing message is about: the outbox's kind column, and a label of the mail metrics. */
export const MAIL_KINDS = ['escalation', 'notice', 'system'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];
