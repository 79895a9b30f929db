import {
  type EscalationStep,
  type EscalationTrigger,
  type RecipientSpec,
  ESCALATION_TRIGGER_TYPES,
  MAX_ESCALATION_HOURS,
  MAX_STEP_RECIPIENTS,
  MIN_RECURRENCE_HOURS,
  RECIPIENT_ROLES,
} from './escalation-policy';

/**
 * Step ids end up in database keys, URLs and mail subjects; keeping them to a slug also keeps
 * ':' free for the derived acknowledgement follow-up id (`<step>:ack-timeout`).
 */
const STEP_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

type Fields = Record<string, unknown>;

export function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Shared by step triggers and the acknowledgement timeout so both report the same rule text. */
export function hoursErrors(path: string, value: unknown, minimum = 0): string[] {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    return [`${path} must be a positive number`];
  }
  if (value < minimum) {
    return [`${path} must be at least ${minimum}`];
  }
  if (value > MAX_ESCALATION_HOURS) {
    return [`${path} must be at most ${MAX_ESCALATION_HOURS}`];
  }
  return [];
}

function parseTrigger(path: string, value: unknown, errors: string[]): EscalationTrigger | null {
  if (!isRecord(value)) {
    errors.push(`${path} must be an object with type and hours`);
    return null;
  }
  const type = value['type'];
  const hours = value['hours'];
  const before = errors.length;
  if (typeof type !== 'string' || !(ESCALATION_TRIGGER_TYPES as readonly string[]).includes(type)) {
    errors.push(`${path}.type must be one of ${ESCALATION_TRIGGER_TYPES.join(', ')}`);
  }
  // a recurring reminder more often than hourly is a flood, not an escalation (0.01 h = every 36 s)
  const minimum = type === 'after_due_every' ? MIN_RECURRENCE_HOURS : 0;
  errors.push(...hoursErrors(`${path}.hours`, hours, minimum));
  if (errors.length > before) {
    return null;
  }
  return { type: type as EscalationTrigger['type'], hours: hours as number };
}

function parseRecipient(path: string, value: unknown, errors: string[]): RecipientSpec | null {
  if (typeof value === 'string' && (RECIPIENT_ROLES as readonly string[]).includes(value)) {
    return value as RecipientSpec;
  }
  if (isRecord(value)) {
    const userId = value['userId'];
    if (typeof userId === 'string' && userId.trim() !== '') {
      return { userId };
    }
    errors.push(`${path}.userId must be a non-empty string`);
    return null;
  }
  errors.push(`${path} must be one of ${RECIPIENT_ROLES.join(', ')} or { userId }`);
  return null;
}

function parseRecipients(path: string, value: unknown, errors: string[]): RecipientSpec[] | null {
  if (!Array.isArray(value) || value.length === 0) {
    errors.push(`${path} must be a list with at least one recipient`);
    return null;
  }
  if (value.length > MAX_STEP_RECIPIENTS) {
    errors.push(`${path} must have at most ${MAX_STEP_RECIPIENTS} recipients`);
    return null;
  }
  const before = errors.length;
  const recipients = value.map((recipient, index) => parseRecipient(`${path}.${index}`, recipient, errors));
  return errors.length > before ? null : (recipients as RecipientSpec[]);
}

/**
 * Returns a fresh step holding only the known fields, so that whatever else the client sent is
 * never snapshotted onto breaches.
 */
export function parseEscalationStep(path: string, value: unknown, errors: string[]): EscalationStep | null {
  if (!isRecord(value)) {
    errors.push(`${path} must be an object with id, trigger and recipients`);
    return null;
  }
  const id = value['id'];
  const before = errors.length;
  if (typeof id !== 'string' || !STEP_ID_PATTERN.test(id)) {
    errors.push(`${path}.id must be 1-64 lowercase letters, digits or hyphens, starting with a letter or digit`);
  }
  const trigger = parseTrigger(`${path}.trigger`, value['trigger'], errors);
  const recipients = parseRecipients(`${path}.recipients`, value['recipients'], errors);
  if (errors.length > before || trigger === null || recipients === null) {
    return null;
  }
  return { id: id as string, trigger, recipients };
}
