import { type DataSubjectException } from '../assessment/assessment-outcome';

/** How the people were told (art. 34(1)): a direct message in one of these ways. */
export const DATA_SUBJECT_CHANNELS = ['email', 'letter', 'phone', 'sms', 'in_person', 'portal', 'other'] as const;
export type DataSubjectChannel = (typeof DATA_SUBJECT_CHANNELS)[number];

/** The record that fulfils the data-subject obligation. */
export interface DataSubjectsInformed {
  informedAt: Date;
  channel: DataSubjectChannel;
  /** How many people were informed. */
  subjectsCount: number;
  /** The text sent, or (and) where it can be read. At least one of the two. */
  message: string | null;
  messageUrl: string | null;
}

/**
 * An art. 34(3) ground. Under (c), disproportionate effort, the GDPR requires a public
 * communication instead, so where and when it was made is part of the ground.
 */
export interface Art34Exception {
  ground: DataSubjectException;
  publicCommunication: { where: string; at: Date } | null;
}

/**
 * Field-named errors for a "data subjects informed" record, judged against the breach's
 * discovery and the current time: they cannot have been told about a breach before it was
 * known, nor in the future.
 */
export function dataSubjectsInformedErrors(record: DataSubjectsInformed, discoveredAt: Date, now: Date): string[] {
  const errors: string[] = [];
  if (record.informedAt.getTime() > now.getTime()) errors.push('informedAt must not be in the future');
  if (record.informedAt.getTime() < discoveredAt.getTime())
    errors.push('informedAt must not be before the breach was discovered (discoveredAt)');
  if (!record.message && !record.messageUrl)
    errors.push('message or messageUrl is required (the text sent or a link to it)');
  return errors;
}

/** Field-named errors for an art. 34(3) ground; (c) needs the public communication. */
export function art34ExceptionErrors(exception: Art34Exception, discoveredAt: Date, now: Date): string[] {
  const errors: string[] = [];
  const pc = exception.publicCommunication;
  if (exception.ground === 'disproportionate_effort') {
    if (!pc) errors.push('publicCommunication is required for disproportionate_effort (GDPR art. 34(3)(c))');
  } else if (pc) {
    errors.push('publicCommunication is only for disproportionate_effort (GDPR art. 34(3)(c))');
  }
  if (pc && pc.at.getTime() > now.getTime()) errors.push('publicCommunication.at must not be in the future');
  if (pc && pc.at.getTime() < discoveredAt.getTime())
    errors.push('publicCommunication.at must not be before the breach was discovered (discoveredAt)');
  return errors;
}

/**
 * The closure gate for the data-subject duty (art. 34): settled only by a record that they were
 * informed, by an art. 34(3) ground, or by a decision resting on an outcome that says art. 34(1)
 * does not apply (no high risk). Anything else, an open duty included, keeps the breach open.
 */
export function dataSubjectsSettledForClosure(o: {
  state: 'open' | 'fulfilled' | 'not_required';
  required: boolean | null;
  informed: boolean;
  art34Ground: boolean;
}): boolean {
  if (o.state === 'fulfilled') return o.informed;
  if (o.state === 'not_required') return o.art34Ground || o.required === false;
  return false;
}
