import type {
  ApprovalEscalation,
  EscalationPolicy,
  EscalationSettings,
  EscalationSettingsInput,
  ManagementMailbox,
  RecipientRole,
  RecipientSpec,
  TriggerType,
} from './policy-api';
import type { TFunction } from 'i18next';
import type { ApiFieldError } from '../../../api/api-error';
import { type ShownError, translateFieldError } from '../../../shared/errors/translate-api-error';
import { RECIPIENT_ROLES } from './policy-api';

/** The API's limits (libs/domain escalation-policy.ts), named in the hints. */
const MAX_HOURS = 720;
const MAX_STEPS = 20;
const MAX_RECIPIENTS = 20;

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

export const settingsToForm = (s: Omit<EscalationSettings, 'defaultPolicy'>): PolicyForm =>
  policyToForm(s.policy, s.managementMailbox, s.approvalEscalation, s.digestIntervalMinutes);

/** The PUT body; empty numbers go as NaN-free nulls so the API names the field. */
export function formToBody(form: PolicyForm): EscalationSettingsInput {
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
  /** Problems that name no field the editor shows, translated (the API's English as detail where generic). */
  other: ShownError[];
}

/** A path at the start of a message ("policy.steps.3.trigger.type: only one …"), for problems the API left without one. */
const LEADING_PATH = /^([A-Za-z_$][\w$]*(?:\.[\w$]+)+)[\s:]/;
const STEP_PATH = /^policy\.steps\.(\d+)(?:\.([A-Za-z]+)(?:\.([A-Za-z]+))?)?/;

/** An answer without structured errors (an older API, a proxy): the path is the message's first word. */
export const fieldErrorsOfMessages = (messages: readonly string[]): ApiFieldError[] =>
  messages.map((message) => ({ path: '', rule: 'invalid', message }));

/**
 * Spreads the API's 400 problems over the editor by their path, in the UI language:
 * "policy.steps.1.trigger.hours" lands next to step 2's hours, "managementMailbox.email" next to
 * the e-mail. The API's rule for these is mostly the generic "invalid", so each field says in
 * its own words what it takes instead of repeating the API's English; a rule with a specific
 * translation (unique, isEmail …) keeps that translation.
 */
export function policyErrorsOf(errors: readonly ApiFieldError[], t: TFunction): PolicyErrors {
  const result: PolicyErrors = { steps: {}, other: [] };
  const setStep = (index: number, field: StepField, message: string) => {
    const step = (result.steps[index] ??= {});
    step[field] ??= message;
  };
  for (const error of errors) {
    const path = error.path || (LEADING_PATH.exec(error.message)?.[1] ?? '');
    const shown = translateFieldError({ ...error, path }, t);
    // the field's own words where the translation could only say "not valid"
    const own = (key: string, params?: Record<string, unknown>) => (shown.detail ? t(key, params) : shown.text);
    const hours = { max: MAX_HOURS };
    if (path === 'policy.acknowledgementTimeoutHours') {
      result.timeout ??= own('escalationPolicy.errors.timeout', hours);
    } else if (path === 'managementMailbox.name') {
      result.mailboxName ??= own('escalationPolicy.errors.mailboxName');
    } else if (path === 'managementMailbox.email') {
      result.mailboxEmail ??= own('apiErrors.rules.isEmail');
    } else if (path === 'approvalEscalation.afterHours' || path === 'approvalEscalation') {
      result.approvalAfterHours ??= own('escalationPolicy.errors.approvalHours', hours);
    } else if (path === 'approvalEscalation.everyHours') {
      result.approvalEveryHours ??= own('escalationPolicy.errors.approvalHours', hours);
    } else if (path === 'digestIntervalMinutes') {
      result.digestIntervalMinutes ??= t('escalationPolicy.digestInvalid');
    } else {
      const match = STEP_PATH.exec(path);
      const [, index, first, second] = match ?? [];
      if (match && first === 'id') setStep(Number(index), 'id', own('escalationPolicy.errors.stepId'));
      else if (match && first === 'recipients')
        setStep(Number(index), 'recipients', own('escalationPolicy.errors.recipients', { max: MAX_RECIPIENTS }));
      else if (match && first === 'trigger' && second === 'type')
        setStep(Number(index), 'type', own('escalationPolicy.errors.stepType'));
      else if (match && first === 'trigger')
        setStep(Number(index), 'hours', own('escalationPolicy.errors.stepHours', hours));
      else if (path === 'policy.steps' && shown.detail)
        result.other.push({ path, text: t('escalationPolicy.errors.steps', { max: MAX_STEPS }) });
      else result.other.push(shown);
    }
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
    e.digestIntervalMinutes ||
    e.other.length ||
    Object.keys(e.steps).length
  );
