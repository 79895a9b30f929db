import { type RuleCode } from './rule-codes';

export const SEVERITY_BANDS = ['low', 'medium', 'high', 'very_high'] as const;
export type SeverityBand = (typeof SEVERITY_BANDS)[number];

/** The art. 34(3) GDPR exceptions, (a), (b) and (c) in that order. */
export const DATA_SUBJECT_EXCEPTIONS = ['unintelligible', 'subsequent_measures', 'disproportionate_effort'] as const;
export type DataSubjectException = (typeof DATA_SUBJECT_EXCEPTIONS)[number];

export interface LocalizedText {
  nl: string;
  en: string;
}

export interface EnisaSeverity {
  dpc: number;
  ei: number;
  cb: number;
  score: number;
  band: SeverityBand;
}

export interface FiredRule {
  code: RuleCode;
  legalReference: string;
  explanation: LocalizedText;
}

export interface AssessmentOutcome {
  enisa: EnisaSeverity;
  authority: { required: boolean; notifyController: boolean };
  dataSubjects: { required: boolean; exception: DataSubjectException | null };
  rules: FiredRule[];
}
