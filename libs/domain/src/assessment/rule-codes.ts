/**
 * Stable identifiers of the rules in a rule trace. Stored assessments keep these codes, so a code
 * is never renamed or reused for a different meaning; add new ones instead.
 */
export const RULE_CODES = [
  // ENISA severity, always present.
  'ENISA_SEVERITY',
  // Risk factors (WP250 §IV.B, AP risk Q&A).
  'RISK_NO_IMPACT',
  'RISK_CONFIDENTIALITY_EXPOSED',
  'RISK_CONFIDENTIALITY_DISCLOSED',
  'RISK_CONFIDENTIALITY_PUBLISHED',
  'RISK_INTEGRITY',
  'RISK_AVAILABILITY_BRIEF',
  'RISK_AVAILABILITY_LOSS',
  'RISK_MALICIOUS',
  'RISK_EXFILTRATION',
  'RISK_SPECIAL_CATEGORY',
  'RISK_FRAUD_SENSITIVE_DATA',
  'RISK_IDENTIFIABILITY_LIMITED',
  'RISK_VULNERABLE_SUBJECTS',
  'RISK_VOLUME',
  'RISK_LARGE_SCALE',
  'RISK_SUBJECTS_UNKNOWN',
  // Mitigating circumstances.
  'RISK_UNINTELLIGIBLE',
  'RISK_TRUSTED_RECIPIENT',
  'RISK_TRUSTED_RECIPIENT_NOT_APPLIED',
  'RISK_BACKUP_AVAILABLE',
  // Art. 33: the supervisory authority.
  'ART33_RISK',
  'ART33_UNLIKELY_RISK',
  'ART33_2_PROCESSOR',
  // Art. 34: the data subjects.
  'ART34_HIGH_RISK',
  'ART34_NO_HIGH_RISK',
  'ART34_CONTROLLER_DECIDES',
  'ART34_3A_UNINTELLIGIBLE',
  'ART34_3B_SUBSEQUENT_MEASURES',
  'ART34_3C_DISPROPORTIONATE',
  'UAVG_42_FINANCIAL',
  // What we, as processor, pass on to the controller for its own decision.
  'PROCESSOR_ADVICE_UNLIKELY_RISK',
  'PROCESSOR_ADVICE_RISK',
  'PROCESSOR_ADVICE_HIGH_RISK',
] as const;
export type RuleCode = (typeof RULE_CODES)[number];
