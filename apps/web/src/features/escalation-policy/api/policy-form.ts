import type {
  ApprovalEscalation,
  EscalationPolicy,
  EscalationSettings,
  ManagementMailbox,
  RecipientRole,
  RecipientSpec,
  TriggerType,
} from './policy-api';
import { RECIPIENT_ROLES } from './policy-api';

/** One step as edited: `key` is local (React list key), `id` is the policy's stable id. */
export interface StepForm {
  key: string;
  id: string;
  type: TriggerType;
  hours: number | '';
  roles: RecipientRole[];
  /** Named-user recipients (`{ userId }`) are kept as they are; the editor does not add them. */
  users: { userId: string }[];
}

export interface PolicyForm {
  acknowledgementTimeoutHours: number | '';
  steps: StepForm[];
  mailboxEnabled: boolean;
  mailboxName: string;
  mailboxEmail: string;
  approvalAfterHours: number | '';
  approvalEveryHours: number | '';
  digestIntervalMinutes: number | '';
}

export const DEFAULT_DIGEST_INTERVAL_MINUTES = 15;

const DEFAULT_APPROVAL: ApprovalEscalation = { afterHours: 4, everyHours: 4 };

let keySeq = 0;
export const newStepKey = (): string => `step-${Date.now().toString(36)}-${(keySeq += 1)}`;

const isRole = (r: RecipientSpec): r is RecipientRole =>
  typeof r === 'string' && (RECIPIENT_ROLES as readonly string[]).includes(r);

export function policyToForm(
  policy: EscalationPolicy,
  mailbox: ManagementMailbox | null,
  approval: ApprovalEscalation = DEFAULT_APPROVAL,
  digestIntervalMinutes: number = DEFAULT_DIGEST_INTERVAL_MINUTES,
): PolicyForm {
  return {
    acknowledgementTimeoutHours: policy.acknowledgementTimeoutHours,
    steps: policy.steps.map((s) => ({
      key: newStepKey(),
      id: s.id,
      type: s.trigger.type,
      hours: s.trigger.hours,
      roles: s.recipients.filter(isRole),
      users: s.recipients.filter((r): r is { userId: string } => typeof r === 'object' && r !== null),
    })),
    mailboxEnabled: mailbox !== null,
    mailboxName: mailbox?.name ?? '',
    mailboxEmail: mailbox?.email ?? '',
    approvalAfterHours: approval.afterHours,
    approvalEveryHours: approval.everyHours,
    digestIntervalMinutes,
  };
}

export const settingsToForm = (s: EscalationSettings): PolicyForm =>
  policyToForm(s.policy, s.managementMailbox, s.approvalEscalation, s.digestIntervalMinutes);

/** The PUT body; empty numbers go as NaN-free nulls so the API names the field. */
export function formToBody(form: PolicyForm): {
  policy: EscalationPolicy;
  managementMailbox: ManagementMailbox | null;
  approvalEscalation: ApprovalEscalation;
  digestIntervalMinutes: number;
} {
  return {
    policy: {
      acknowledgementTimeoutHours: form.acknowledgementTimeoutHours as number,
      steps: form.steps.map((s) => ({
        id: s.id.trim(),
        trigger: { type: s.type, hours: s.hours as number },
        recipients: [...s.roles, ...s.users],
      })),
    },
    managementMailbox: form.mailboxEnabled ? { name: form.mailboxName.trim(), email: form.mailboxEmail.trim() } : null,
    approvalEscalation: {
      afterHours: form.approvalAfterHours as number,
      everyHours: form.approvalEveryHours as number,
    },
    digestIntervalMinutes: form.digestIntervalMinutes as number,
  };
}

/** A fresh step id that is not yet used: "step-5", "step-6", … */
export function freshStepId(steps: readonly StepForm[]): string {
  const used = new Set(steps.map((s) => s.id));
  let n = steps.length + 1;
  while (used.has(`step-${n}`)) n += 1;
  return `step-${n}`;
}

export const moveStep = <T>(list: readonly T[], from: number, to: number): T[] => {
  if (to < 0 || to >= list.length || from === to) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
};

export type StepField = 'id' | 'type' | 'hours' | 'recipients';

export interface PolicyErrors {
  timeout?: string;
  steps: Record<number, Partial<Record<StepField, string>>>;
  mailboxName?: string;
  mailboxEmail?: string;
  approvalAfterHours?: string;
  approvalEveryHours?: string;
  digestIntervalMinutes?: string;
  /** Messages that name no field the editor shows. */
  other: string[];
}

const STEP_MESSAGE = /^policy\.steps\.(\d+)(?:\.([A-Za-z]+)(?:\.([A-Za-z]+))?)?[\s.:]/;

/**
 * Spreads the API's 400 messages over the editor: "policy.steps.1.trigger.hours must be …"
 * lands next to step 2's hours, "managementMailbox.email must be an email" next to the e-mail.
 */
export function policyErrorsOf(messages: readonly string[]): PolicyErrors {
  const result: PolicyErrors = { steps: {}, other: [] };
  const setStep = (index: number, field: StepField, message: string) => {
    const step = (result.steps[index] ??= {});
    step[field] ??= message;
  };
  for (const message of messages) {
    if (message.startsWith('policy.acknowledgementTimeoutHours')) {
      result.timeout ??= message;
      continue;
    }
    if (message.startsWith('managementMailbox.name')) {
      result.mailboxName ??= message;
      continue;
    }
    if (message.startsWith('managementMailbox.email')) {
      result.mailboxEmail ??= message;
      continue;
    }
    if (message.startsWith('approvalEscalation.afterHours')) {
      result.approvalAfterHours ??= message;
      continue;
    }
    if (message.startsWith('digestIntervalMinutes')) {
      result.digestIntervalMinutes ??= message;
      continue;
    }
    if (message.startsWith('approvalEscalation.everyHours')) {
      result.approvalEveryHours ??= message;
      continue;
    }
    const match = STEP_MESSAGE.exec(message);
    if (match) {
      const index = Number(match[1]);
      const [, , first, second] = match;
      if (first === 'id') setStep(index, 'id', message);
      else if (first === 'recipients') setStep(index, 'recipients', message);
      else if (first === 'trigger' && second === 'type') setStep(index, 'type', message);
      else if (first === 'trigger') setStep(index, 'hours', message);
      else result.other.push(message);
      continue;
    }
    result.other.push(message);
  }
  return result;
}

export const hasPolicyErrors = (e: PolicyErrors): boolean =>
  !!(
    e.timeout ||
    e.mailboxName ||
    e.mailboxEmail ||
    e.approvalAfterHours ||
    e.approvalEveryHours ||
    e.other.length ||
    Object.keys(e.steps).length
  );
