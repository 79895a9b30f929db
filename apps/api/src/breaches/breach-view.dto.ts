import {
  BREACH_CAUSES,
  BREACH_STATUSES,
  type BreachCause,
  type BreachStatus,
  CUSTOMER_ROLES,
  type CustomerRole,
} from '@lekwacht/contracts';
import { type AssessmentFacts, DATA_CATEGORIES, type DataCategory } from '@lekwacht/domain';
import { ApiProperty } from '@nestjs/swagger';
import { AssessmentDto, ReassessmentDto } from '../assessments/assessment.dto';
import { ObligationDto, toObligationDto } from '../obligations/obligation.dto';
import type { ObligationEntity } from '../obligations/obligation.entity';
import type { AffectedCustomerEntity } from './affected-customer.entity';
import type { BreachEntity } from './breach.entity';

export class AffectedCustomerDto {
  customerId!: string;
  customerName!: string;
  @ApiProperty({ nullable: true, type: Number })
  subjectsCount!: number | null;
  @ApiProperty({ enum: CUSTOMER_ROLES })
  role!: CustomerRole;
  @ApiProperty({ enum: DATA_CATEGORIES, isArray: true })
  dataCategories!: DataCategory[];
  groupsOfPeople!: string[];
  @ApiProperty({ nullable: true, type: Number })
  recordsEstimate!: number | null;
}

export class CustomerSummaryDto {
  @ApiProperty({ nullable: true, type: String })
  nl!: string | null;
  @ApiProperty({ nullable: true, type: String })
  en!: string | null;
}

export class PersonRefDto {
  id!: string;
  name!: string;
  email!: string;
}

/** The officer who owns a breach: id and name only (never an e-mail address in lists). */
export class BreachOwnerDto {
  id!: string;
  name!: string;
}

export class BreachSummaryDto {
  id!: string;
  reference!: string;
  title!: string;
  @ApiProperty({ enum: BREACH_CAUSES })
  cause!: BreachCause;
  @ApiProperty({ enum: BREACH_STATUSES })
  status!: BreachStatus;
  discoveredAt!: string;
  createdAt!: string;
  @ApiProperty({ nullable: true, type: BreachOwnerDto, description: 'The officer who owns the breach' })
  owner!: BreachOwnerDto | null;
  @ApiProperty({ type: [ObligationDto] })
  obligations!: ObligationDto[];
}

export class BreachDto extends BreachSummaryDto {
  /** Internal; never shown to customers. */
  description!: string;
  /** What customers are told, per language. */
  @ApiProperty({ type: CustomerSummaryDto })
  customerSummary!: CustomerSummaryDto;
  /** Measures taken as customers are told them, per language (measuresTaken stays internal). */
  @ApiProperty({ type: CustomerSummaryDto })
  customerMeasures!: CustomerSummaryDto;
  /** Likely consequences as customers are told them, per language (likelyConsequences stays internal). */
  @ApiProperty({ type: CustomerSummaryDto })
  customerConsequences!: CustomerSummaryDto;
  @ApiProperty({ nullable: true, type: String })
  occurredAt!: string | null;
  @ApiProperty({ nullable: true, type: String })
  containedAt!: string | null;
  @ApiProperty({ nullable: true, type: String })
  contactPersonId!: string | null;
  @ApiProperty({ nullable: true, type: PersonRefDto })
  contactPerson!: PersonRefDto | null;
  affectedSystems!: string[];
  measuresTaken!: string;
  likelyConsequences!: string;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true })
  facts!: AssessmentFacts | null;
  @ApiProperty({ type: [AffectedCustomerDto] })
  affectedCustomers!: AffectedCustomerDto[];
  @ApiProperty({
    type: AssessmentDto,
    nullable: true,
    description: 'The latest assessment version; null until assessed',
  })
  assessment!: AssessmentDto | null;
  @ApiProperty({
    type: ReassessmentDto,
    nullable: true,
    required: false,
    description: 'Facts changed since the latest assessment: what a re-assessment would change',
  })
  reassessment?: ReassessmentDto | null;
  @ApiProperty({ nullable: true, type: String })
  closedAt!: string | null;
  updatedAt!: string;
  version!: number;
}

export class BreachListDto {
  @ApiProperty({ type: [BreachSummaryDto] })
  items!: BreachSummaryDto[];
  /** How many breaches match; a lower bound when `totalExact` is false. */
  total!: number;
  /**
   * False when more match than are counted: counting stops at 1,000 for the list and at 200 for a
   * search (`q`), and `total` is that number ("1,000+", "200+").
   */
  totalExact!: boolean;
  /** Pass as `after` for the next page; null on the last page. */
  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}

const KIND_ORDER = { authority: 0, customer: 1, data_subjects: 2 } as const;
export const sortObligations = (obligations: ObligationEntity[]) =>
  [...obligations].sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (a.dueAt?.getTime() ?? 0) - (b.dueAt?.getTime() ?? 0) ||
      // the same order wherever the rows came from (list projection, breach page)
      (a.customerId ?? '').localeCompare(b.customerId ?? '') ||
      a.id.localeCompare(b.id),
  );

export function toBreachSummary(
  b: BreachEntity,
  obligations: ObligationEntity[],
  now = new Date(),
  owner: BreachOwnerDto | null = null,
): BreachSummaryDto {
  return {
    id: b.id,
    reference: b.reference,
    title: b.title,
    cause: b.cause,
    status: b.status,
    discoveredAt: b.discoveredAt.toISOString(),
    createdAt: b.createdAt.toISOString(),
    owner,
    obligations: sortObligations(obligations).map((o) => toObligationDto(o, now)),
  };
}

export function toBreachDto(
  b: BreachEntity,
  parts: {
    obligations: ObligationEntity[];
    affected: AffectedCustomerEntity[];
    customerNames: Map<string, string>;
    contactPerson: PersonRefDto | null;
    owner: BreachOwnerDto | null;
    assessment: AssessmentDto | null;
  },
  now = new Date(),
): BreachDto {
  return {
    ...toBreachSummary(b, parts.obligations, now, parts.owner),
    description: b.description,
    customerSummary: { nl: b.customerSummaryNl, en: b.customerSummaryEn },
    customerMeasures: { nl: b.customerMeasuresNl, en: b.customerMeasuresEn },
    customerConsequences: { nl: b.customerConsequencesNl, en: b.customerConsequencesEn },
    occurredAt: b.occurredAt?.toISOString() ?? null,
    containedAt: b.containedAt?.toISOString() ?? null,
    contactPersonId: b.contactPersonId,
    contactPerson: parts.contactPerson,
    affectedSystems: b.affectedSystems,
    measuresTaken: b.measuresTaken,
    likelyConsequences: b.likelyConsequences,
    facts: b.facts,
    affectedCustomers: parts.affected.map((a) => ({
      customerId: a.customerId,
      customerName: parts.customerNames.get(a.customerId) ?? '',
      subjectsCount: a.subjectsCount,
      role: a.role,
      dataCategories: a.dataCategories ?? [],
      groupsOfPeople: a.groupsOfPeople ?? [],
      recordsEstimate: a.recordsEstimate ?? null,
    })),
    assessment: parts.assessment,
    closedAt: b.closedAt?.toISOString() ?? null,
    updatedAt: b.updatedAt.toISOString(),
    version: b.version,
  };
}
