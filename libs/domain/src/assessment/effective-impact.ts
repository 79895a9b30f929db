import {
  type AssessmentFacts,
  AVAILABILITY_LEVELS,
  CONFIDENTIALITY_LEVELS,
  INTEGRITY_LEVELS,
} from './assessment-input';

/**
 * The CIA impact the rules reason about: the entered impact, made worse by aggravating facts
 * (intent, proven exfiltration) and made lighter by mitigations that take the harm away
 * (unintelligible data, a trusted recipient who deleted it, a backup). ENISA's CB keeps the
 * entered impact; this is only for the legal decision.
 *
 * Levels are indexes into the ordered CONFIDENTIALITY_/INTEGRITY_/AVAILABILITY_LEVELS arrays:
 * 0 = no loss … 3 = worst loss.
 */
export interface EffectiveImpact {
  confidentiality: number;
  integrity: number;
  availability: number;
  /** Which adjustments changed something, so each one shows up in the rule trace. */
  maliciousAccess: boolean;
  exfiltration: boolean;
  unintelligibleApplied: boolean;
  trustedRecipientApplied: boolean;
  trustedRecipientNotApplied: boolean;
  backupApplied: boolean;
}

/** Switches, so the engine can ask "would this have been a high risk without the mitigation?" */
export interface Mitigations {
  unintelligible: boolean;
  trustedRecipient: boolean;
  backup: boolean;
}

export const ALL_MITIGATIONS: Mitigations = {
  unintelligible: true,
  trustedRecipient: true,
  backup: true,
};
export const MITIGATIONS_EXCEPT_UNINTELLIGIBLE: Mitigations = {
  ...ALL_MITIGATIONS,
  unintelligible: false,
};
export const NO_MITIGATIONS: Mitigations = {
  unintelligible: false,
  trustedRecipient: false,
  backup: false,
};

export const CONFIDENTIALITY_EXPOSED = CONFIDENTIALITY_LEVELS.indexOf('exposed');
export const CONFIDENTIALITY_DISCLOSED = CONFIDENTIALITY_LEVELS.indexOf('known_recipients');
export const CONFIDENTIALITY_PUBLISHED = CONFIDENTIALITY_LEVELS.indexOf('unknown_recipients');
export const INTEGRITY_ALTERED = INTEGRITY_LEVELS.indexOf('altered');
export const INTEGRITY_MISUSE = INTEGRITY_LEVELS.indexOf('recoverable');
export const INTEGRITY_LOST = INTEGRITY_LEVELS.indexOf('unrecoverable');
export const AVAILABILITY_BRIEF = AVAILABILITY_LEVELS.indexOf('recoverable');
export const AVAILABILITY_HARMFUL_DELAY = AVAILABILITY_LEVELS.indexOf('temporary');
export const AVAILABILITY_LOST = AVAILABILITY_LEVELS.indexOf('permanent');

export function effectiveImpact(facts: AssessmentFacts, mitigations: Mitigations): EffectiveImpact {
  const enteredConfidentiality = CONFIDENTIALITY_LEVELS.indexOf(facts.confidentiality);
  let confidentiality = enteredConfidentiality;
  let maliciousAccess = false;
  let exfiltration = false;
  if (facts.exfiltrationEvidence === true) {
    // Data proven to have left: an attacker's copy can be sold or published (recipients unknown);
    // an accidental copy is at least in someone else's hands.
    const floor = facts.malicious ? CONFIDENTIALITY_PUBLISHED : CONFIDENTIALITY_DISCLOSED;
    exfiltration = confidentiality < floor;
    confidentiality = Math.max(confidentiality, floor);
  } else if (facts.malicious && confidentiality === CONFIDENTIALITY_EXPOSED && facts.exfiltrationEvidence === null) {
    // A thief or intruder who had the data is a recipient with harmful intent, not a mere exposure,
    // unless an investigation found that nothing was taken (exfiltrationEvidence false).
    maliciousAccess = true;
    confidentiality = CONFIDENTIALITY_DISCLOSED;
  }

  // A trusted recipient only lowers the risk of an accidental disclosure to that recipient: not
  // when the recipients are unknown or the disclosure was intended (WP250 §IV.B, EDPB 01/2021).
  let trustedRecipientApplied = false;
  let trustedRecipientNotApplied = false;
  if (facts.recipientTrusted && confidentiality > 0) {
    const applicable = !facts.malicious && enteredConfidentiality <= CONFIDENTIALITY_DISCLOSED;
    if (!applicable) {
      trustedRecipientNotApplied = true;
    } else if (mitigations.trustedRecipient) {
      trustedRecipientApplied = true;
      confidentiality = 0;
    }
  }

  // State-of-the-art encryption with the key safe leaves nothing readable to whoever holds it.
  let unintelligibleApplied = false;
  if (mitigations.unintelligible && facts.dataUnintelligible && confidentiality > 0) {
    unintelligibleApplied = true;
    confidentiality = 0;
  }

  // A backup brings lost or corrupted data back, so a loss is at worst a delay, never permanent.
  let integrity = INTEGRITY_LEVELS.indexOf(facts.integrity);
  let availability = AVAILABILITY_LEVELS.indexOf(facts.availability);
  let backupApplied = false;
  if (mitigations.backup && facts.backupAvailable === true && (integrity > 0 || availability > 0)) {
    backupApplied = true;
    integrity = Math.min(integrity, INTEGRITY_MISUSE);
    availability = Math.min(availability, AVAILABILITY_HARMFUL_DELAY);
  }

  return {
    confidentiality,
    integrity,
    availability,
    maliciousAccess,
    exfiltration,
    unintelligibleApplied,
    trustedRecipientApplied,
    trustedRecipientNotApplied,
    backupApplied,
  };
}
