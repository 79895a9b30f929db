export * from './assessment-input';
export * from './assessment-outcome';
export * from './rule-codes';
export {
  DPC_BASE_SCORES,
  DPC_MIN,
  DPC_MAX,
  EASE_OF_IDENTIFICATION,
  CB_CONFIDENTIALITY_POINTS,
  CB_INTEGRITY_POINTS,
  CB_AVAILABILITY_POINTS,
  CB_MALICIOUS_POINTS,
  SEVERITY_BAND_THRESHOLDS,
  ENISA_SCORE_MIN,
  ENISA_SCORE_MAX,
  dataProcessingContext,
  circumstancesOfBreach,
  severityBand,
  enisaSeverity,
} from './enisa';
export { MANY_SUBJECTS_THRESHOLD, LARGE_SCALE_SUBJECTS_THRESHOLD } from './risk-evaluation';
export { assess, DISPROPORTIONATE_EFFORT_HINT_THRESHOLD } from './assess';
export * from './validate-assessment-input';
export * from './reassessment';
