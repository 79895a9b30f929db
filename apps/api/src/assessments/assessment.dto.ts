import {
  AVAILABILITY_LEVELS,
  CONFIDENTIALITY_LEVELS,
  DATA_CATEGORIES,
  DATA_SUBJECT_EXCEPTIONS,
  type AssessmentFacts,
  type AssessmentOutcome,
  type AvailabilityImpact,
  type ConfidentialityImpact,
  type DataCategory,
  type DataSubjectException,
  OUTCOME_FIELDS,
  type OutcomeField,
  IDENTIFIABILITY_LEVELS,
  type Identifiability,
  INTEGRITY_LEVELS,
  type IntegrityImpact,
  PROCESSING_ROLES,
  type ProcessingRole,
  RULE_CODES,
  type RuleCode,
  SEVERITY_BANDS,
  type SeverityBand,
} from '@lekwacht/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Trim } from '../http/trim.decorator';
import { IsAssessmentFact } from '../http/validation.decorators';
import type { AssessmentEntity } from './assessment.entity';

/**
 * The assessment input. Every property is checked by the engine's own validator
 * (`validateAssessmentFacts`, through `IsAssessmentFact`), so API and engine cannot disagree;
 * the decorators beside it only describe.
 */
export class AssessmentFactsDto {
  @ApiProperty({ enum: PROCESSING_ROLES })
  @IsAssessmentFact()
  role!: ProcessingRole;
  @ApiProperty({ enum: DATA_CATEGORIES, isArray: true, minItems: 1 })
  @IsAssessmentFact()
  dataCategories!: DataCategory[];
  @ApiProperty({ type: 'integer', minimum: -3, maximum: 3, required: false, default: 0 })
  @IsAssessmentFact()
  dpcAdjustment?: number;
  @ApiProperty({ type: String, nullable: true, required: false, description: 'Required when dpcAdjustment is not 0' })
  @IsAssessmentFact()
  dpcAdjustmentReason?: string | null;
  @ApiProperty({ type: 'integer', nullable: true, required: false, minimum: 0 })
  @IsAssessmentFact()
  subjectsCount?: number | null;
  @IsAssessmentFact()
  vulnerableSubjects!: boolean;
  @ApiProperty({ enum: IDENTIFIABILITY_LEVELS, required: false, default: 'maximum' })
  @IsAssessmentFact()
  identifiability?: Identifiability;
  @ApiProperty({ enum: CONFIDENTIALITY_LEVELS })
  @IsAssessmentFact()
  confidentiality!: ConfidentialityImpact;
  @ApiProperty({ enum: INTEGRITY_LEVELS })
  @IsAssessmentFact()
  integrity!: IntegrityImpact;
  @ApiProperty({ enum: AVAILABILITY_LEVELS })
  @IsAssessmentFact()
  availability!: AvailabilityImpact;
  @IsAssessmentFact()
  malicious!: boolean;
  @IsAssessmentFact()
  dataUnintelligible!: boolean;
  @IsAssessmentFact()
  recipientTrusted!: boolean;
  @ApiProperty({ type: Boolean, nullable: true, required: false })
  @IsAssessmentFact()
  exfiltrationEvidence?: boolean | null;
  @ApiProperty({ type: Boolean, nullable: true, required: false })
  @IsAssessmentFact()
  backupAvailable?: boolean | null;
  @IsAssessmentFact()
  financialUndertaking!: boolean;
}

export class EnisaSeverityDto {
  dpc!: number;
  ei!: number;
  cb!: number;
  score!: number;
  @ApiProperty({ enum: SEVERITY_BANDS })
  band!: SeverityBand;
}

export class AuthorityOutcomeDto {
  required!: boolean;
  /** Processor: tell the controller without undue delay (GDPR art. 33(2)). */
  notifyController!: boolean;
}

export class DataSubjectsOutcomeDto {
  required!: boolean;
  @ApiProperty({ enum: DATA_SUBJECT_EXCEPTIONS, nullable: true })
  exception!: DataSubjectException | null;
}

export class LocalizedTextDto {
  nl!: string;
  en!: string;
}

export class FiredRuleDto {
  @ApiProperty({ enum: RULE_CODES })
  code!: RuleCode;
  legalReference!: string;
  explanation!: LocalizedTextDto;
}

export class AssessmentOutcomeDto {
  enisa!: EnisaSeverityDto;
  authority!: AuthorityOutcomeDto;
  dataSubjects!: DataSubjectsOutcomeDto;
  @ApiProperty({ type: [FiredRuleDto] })
  rules!: FiredRuleDto[];
}

export class AssessmentOverrideInputDto {
  /** Overrides whether the AP must be notified. */
  @IsOptional()
  @IsBoolean()
  authorityRequired?: boolean;

  /** Overrides whether the data subjects must be informed. */
  @IsOptional()
  @IsBoolean()
  dataSubjectsRequired?: boolean;

  /** Why the computed outcome is overridden; kept with the version and in the audit trail. */
  @Trim()
  @IsString()
  @MinLength(10)
  @MaxLength(5000)
  justification!: string;
}

export class CreateAssessmentDto {
  @ApiProperty({ type: AssessmentOverrideInputDto, required: false })
  @IsOptional()
  @ValidateNested()
  @Type(() => AssessmentOverrideInputDto)
  override?: AssessmentOverrideInputDto;
}

export class AssessmentOverrideDto {
  @ApiProperty({ required: false, type: Boolean })
  authorityRequired?: boolean;
  @ApiProperty({ required: false, type: Boolean })
  dataSubjectsRequired?: boolean;
  justification!: string;
}

export class AssessorDto {
  id!: string;
  name!: string;
}

export class AssessmentDto {
  id!: string;
  breachId!: string;
  version!: number;
  @ApiProperty({ type: AssessmentFactsDto })
  facts!: AssessmentFacts;
  @ApiProperty({ type: AssessmentOutcomeDto })
  computed!: AssessmentOutcome;
  @ApiProperty({
    type: AssessmentOutcomeDto,
    description: 'The outcome after the override; equal to computed without one',
  })
  final!: AssessmentOutcome;
  @ApiProperty({ type: AssessmentOverrideDto, nullable: true })
  override!: AssessmentOverrideDto | null;
  assessedBy!: AssessorDto;
  createdAt!: string;
}

export const toAssessmentDto = (a: AssessmentEntity, assessorName: string): AssessmentDto => ({
  id: a.id,
  breachId: a.breachId,
  version: a.version,
  facts: a.facts,
  computed: a.computed,
  final: a.final,
  override: a.override,
  assessedBy: { id: a.assessedById, name: assessorName },
  createdAt: a.createdAt.toISOString(),
});

export class OutcomeChangeDto {
  @ApiProperty({ enum: OUTCOME_FIELDS })
  field!: OutcomeField;
  @ApiProperty({ nullable: true, oneOf: [{ type: 'boolean' }, { type: 'string' }] })
  from!: boolean | string | null;
  @ApiProperty({ nullable: true, oneOf: [{ type: 'boolean' }, { type: 'string' }] })
  to!: boolean | string | null;
}

/** The facts changed after the latest assessment: what a re-assessment would change. */
export class ReassessmentDto {
  /** The version the comparison is against. */
  latestVersion!: number;
  /** Fact names that differ from the assessed facts. */
  changedFacts!: string[];
  /** Outcome fields that differ between the latest final outcome and the current facts' computed one. */
  @ApiProperty({ type: OutcomeChangeDto, isArray: true })
  outcomeChanges!: OutcomeChangeDto[];
  /** The computed outcome for the current facts. */
  @ApiProperty({ type: AssessmentOutcomeDto })
  computed!: AssessmentOutcomeDto;
}
