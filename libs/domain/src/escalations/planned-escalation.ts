import { type RecipientSpec } from './escalation-policy';

/** One escalation row to insert; the engine fires it at `dueAt`. */
export interface PlannedEscalation {
  /** The policy step's id, or `<step id>:ack-timeout` for an acknowledgement follow-up. */
  stepId: string;
  /**
   * 0 for a one-off step; counts the firings of a recurring step. (obligation, stepId,
   * occurrence) is unique, which is what lets a database constraint make every threshold fire
   * exactly once however many instances plan or fire concurrently.
   */
  occurrence: number;
  /** When to fire. */
  dueAt: Date;
  /** When the policy threshold itself fell; earlier than `dueAt` only for a catch-up. */
  thresholdAt: Date;
  recipients: RecipientSpec[];
  contactPersonReplaced: boolean;
  /** The threshold had already passed when planned (late registration or corrected discovery). */
  catchUp: boolean;
}
