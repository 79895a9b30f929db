import { type ObligationState } from '../obligations';

/** Wrong codes tried on one recipient's acknowledgement before the code stops working. */
export const MAX_ACKNOWLEDGEMENT_CODE_ATTEMPTS = 5;

export type AcknowledgementWindow = { open: true } | { open: false; reason: 'not_fired' | 'settled' | 'superseded' };

/**
 * An acknowledgement (link or one-time code) only counts while the escalation is current: it has
 * fired, its obligation is still open and no later step of the same obligation has fired since.
 * A link read the next day must not silently stop a chain that has moved on.
 */
export function acknowledgementWindow(input: {
  escalationState: string;
  obligationState: ObligationState;
  /** When a later escalation of the same obligation fired, if one did. */
  supersededAt: Date | null;
}): AcknowledgementWindow {
  if (input.escalationState !== 'fired' && input.escalationState !== 'acknowledged')
    return { open: false, reason: 'not_fired' };
  if (input.obligationState !== 'open') return { open: false, reason: 'settled' };
  if (input.supersededAt) return { open: false, reason: 'superseded' };
  return { open: true };
}
