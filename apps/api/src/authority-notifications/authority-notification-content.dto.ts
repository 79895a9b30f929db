import {
  type AuthorityNotificationContent,
  type BreachDetailsSection,
  type BreachNature,
  type BreachType,
  type ConsequencesSection,
  type ContactSection,
  type DataSubjectsInformedAnswer,
  type DataSubjectsSection,
  type ExfiltrationAnswer,
  type FieldDefinition,
  type FollowUpActionsSection,
  type HarmType,
  type IncidentType,
  INTEGER_MAX,
  type LegalBasis,
  LONGTEXT_MAX_LENGTH,
  type NotificationSection,
  type NotInformedReason,
  type OtherSection,
  type PersonalDataSection,
  type PersonalDataType,
  type PriorMeasuresSection,
  type SectionKey,
  sectionDefinition,
  type SeverityEstimate,
  type SpecialDataType,
  type SubjectGroup,
  TEXT_MAX_LENGTH,
  type TimelineSection,
  type UnintelligibleAnswer,
} from '@lekwacht/domain';
import { ApiProperty, type ApiPropertyOptions, PartialType } from '@nestjs/swagger';

/*
 * The AP form's answers for the OpenAPI document (issue #20 point 1): sections 0–9 with every
 * question, as libs/domain content.ts declares them. They describe; they do not validate: the
 * answers a client sends are checked by the domain's validateAuthorityNotificationPatch, against
 * the same form definition these schemas are built from.
 */

/** The schema of one answer, from the form's question (type, options, limits, English wording); null is "not answered". */
export function answerSchema(field: FieldDefinition): ApiPropertyOptions {
  const base = { nullable: true, description: field.label.en };
  switch (field.type) {
    case 'text':
      return { ...base, type: String, maxLength: TEXT_MAX_LENGTH };
    case 'longtext':
      return { ...base, type: String, maxLength: LONGTEXT_MAX_LENGTH };
    case 'instant':
      return { ...base, type: String, format: 'date-time' };
    case 'boolean':
      return { ...base, type: Boolean };
    case 'integer':
      return { ...base, type: 'integer', minimum: 0, maximum: INTEGER_MAX };
    case 'choice':
      return { ...base, enum: [...(field.options ?? [])] };
    case 'multi':
      return { ...base, enum: [...(field.options ?? [])], isArray: true };
  }
}

/** On a property of a section's DTO: the schema of the form's question of that name in `section`. */
const Answer =
  (section: SectionKey): PropertyDecorator =>
  (target, key) => {
    const field = sectionDefinition(section).fields.find((f) => f.key === key);
    if (!field) throw new RangeError(`the AP form has no question ${section}.${String(key)}`);
    ApiProperty(answerSchema(field))(target, key);
  };

/** §0 Over deze melding. */
export class ApNotificationSectionDto implements NotificationSection {
  @Answer('notification') legalBasis!: LegalBasis[] | null;
  @Answer('notification') phased!: boolean | null;
  @Answer('notification') phasedExplanation!: string | null;
}

/** §1 Contactgegevens en overige algemene informatie. */
export class ApContactSectionDto implements ContactSection {
  @Answer('contact') organisationName!: string | null;
  @Answer('contact') organisationAddress!: string | null;
  @Answer('contact') organisationCity!: string | null;
  @Answer('contact') chamberOfCommerceNumber!: string | null;
  @Answer('contact') sector!: string | null;
  @Answer('contact') reporterName!: string | null;
  @Answer('contact') reporterJobTitle!: string | null;
  @Answer('contact') reporterPhone!: string | null;
  @Answer('contact') reporterEmail!: string | null;
  @Answer('contact') contactPointName!: string | null;
  @Answer('contact') contactPointJobTitle!: string | null;
  @Answer('contact') contactPointPhone!: string | null;
  @Answer('contact') contactPointEmail!: string | null;
  @Answer('contact') contactPointIsDpo!: boolean | null;
  @Answer('contact') otherOrganisationInvolved!: boolean | null;
  @Answer('contact') otherOrganisations!: string | null;
}

/** §2 Tijdlijn. */
export class ApTimelineSectionDto implements TimelineSection {
  @Answer('timeline') occurredFrom!: string | null;
  @Answer('timeline') occurredTo!: string | null;
  @Answer('timeline') discoveredAt!: string | null;
  @Answer('timeline') discoveryMethod!: string | null;
  @Answer('timeline') ongoing!: boolean | null;
  @Answer('timeline') containedAt!: string | null;
  @Answer('timeline') lateReason!: string | null;
}

/** §3 Gegevens over het datalek. */
export class ApBreachDetailsSectionDto implements BreachDetailsSection {
  @Answer('breach') summary!: string | null;
  @Answer('breach') incidentType!: IncidentType | null;
  @Answer('breach') incidentTypeOther!: string | null;
  @Answer('breach') breachTypes!: BreachType[] | null;
  @Answer('breach') natureOfBreach!: BreachNature[] | null;
  @Answer('breach') exfiltration!: ExfiltrationAnswer | null;
  @Answer('breach') affectedSystems!: string | null;
}

/** §4 Persoonsgegevens die betrokken zijn bij het datalek. */
export class ApPersonalDataSectionDto implements PersonalDataSection {
  @Answer('personalData') categories!: PersonalDataType[] | null;
  @Answer('personalData') categoriesOther!: string | null;
  /** [] = answered "none". */
  @Answer('personalData') specialCategories!: SpecialDataType[] | null;
  @Answer('personalData') recordsMin!: number | null;
  @Answer('personalData') recordsMax!: number | null;
}

/** §5 De groep mensen van wie persoonsgegevens betrokken zijn. */
export class ApDataSubjectsSectionDto implements DataSubjectsSection {
  @Answer('dataSubjects') personsMin!: number | null;
  @Answer('dataSubjects') personsMax!: number | null;
  @Answer('dataSubjects') groups!: SubjectGroup[] | null;
  @Answer('dataSubjects') groupsDescription!: string | null;
  @Answer('dataSubjects') vulnerableSubjects!: boolean | null;
}

/** §6 Maatregelen die zijn getroffen voordat het datalek plaatsvond. */
export class ApPriorMeasuresSectionDto implements PriorMeasuresSection {
  @Answer('priorMeasures') unintelligible!: UnintelligibleAnswer | null;
  @Answer('priorMeasures') unintelligibleExplanation!: string | null;
  @Answer('priorMeasures') securityMeasures!: string | null;
}

/** §7 Gevolgen van het datalek. */
export class ApConsequencesSectionDto implements ConsequencesSection {
  @Answer('consequences') harmTypes!: HarmType[] | null;
  @Answer('consequences') likelyConsequences!: string | null;
  @Answer('consequences') severity!: SeverityEstimate | null;
  @Answer('consequences') severityExplanation!: string | null;
}

/** §8 Vervolgacties. */
export class ApFollowUpActionsSectionDto implements FollowUpActionsSection {
  @Answer('followUpActions') dataSubjectsInformed!: DataSubjectsInformedAnswer | null;
  @Answer('followUpActions') dataSubjectsInformedAt!: string | null;
  @Answer('followUpActions') dataSubjectsInformedHow!: string | null;
  @Answer('followUpActions') dataSubjectsMessage!: string | null;
  @Answer('followUpActions') dataSubjectsNotInformedReason!: NotInformedReason | null;
  @Answer('followUpActions') dataSubjectsNotInformedExplanation!: string | null;
  @Answer('followUpActions') publicCommunication!: string | null;
  @Answer('followUpActions') measuresTaken!: string | null;
  @Answer('followUpActions') measuresPlanned!: string | null;
  @Answer('followUpActions') crossBorder!: boolean | null;
  @Answer('followUpActions') otherAuthoritiesNotified!: boolean | null;
  @Answer('followUpActions') otherAuthorities!: string | null;
}

/** §9 Overig. */
export class ApOtherSectionDto implements OtherSection {
  @Answer('other') additionalInformation!: string | null;
}

/** Every answer of the AP form, by section; null is "not answered". */
export class AuthorityNotificationContentDto implements AuthorityNotificationContent {
  @ApiProperty({ type: ApNotificationSectionDto })
  notification!: ApNotificationSectionDto;
  @ApiProperty({ type: ApContactSectionDto })
  contact!: ApContactSectionDto;
  @ApiProperty({ type: ApTimelineSectionDto })
  timeline!: ApTimelineSectionDto;
  @ApiProperty({ type: ApBreachDetailsSectionDto })
  breach!: ApBreachDetailsSectionDto;
  @ApiProperty({ type: ApPersonalDataSectionDto })
  personalData!: ApPersonalDataSectionDto;
  @ApiProperty({ type: ApDataSubjectsSectionDto })
  dataSubjects!: ApDataSubjectsSectionDto;
  @ApiProperty({ type: ApPriorMeasuresSectionDto })
  priorMeasures!: ApPriorMeasuresSectionDto;
  @ApiProperty({ type: ApConsequencesSectionDto })
  consequences!: ApConsequencesSectionDto;
  @ApiProperty({ type: ApFollowUpActionsSectionDto })
  followUpActions!: ApFollowUpActionsSectionDto;
  @ApiProperty({ type: ApOtherSectionDto })
  other!: ApOtherSectionDto;
}

// ---------- a partial change: any sections, each with any of its answers (null clears one) ----------

export class ApNotificationSectionPatchDto extends PartialType(ApNotificationSectionDto) {}
export class ApContactSectionPatchDto extends PartialType(ApContactSectionDto) {}
export class ApTimelineSectionPatchDto extends PartialType(ApTimelineSectionDto) {}
export class ApBreachDetailsSectionPatchDto extends PartialType(ApBreachDetailsSectionDto) {}
export class ApPersonalDataSectionPatchDto extends PartialType(ApPersonalDataSectionDto) {}
export class ApDataSubjectsSectionPatchDto extends PartialType(ApDataSubjectsSectionDto) {}
export class ApPriorMeasuresSectionPatchDto extends PartialType(ApPriorMeasuresSectionDto) {}
export class ApConsequencesSectionPatchDto extends PartialType(ApConsequencesSectionDto) {}
export class ApFollowUpActionsSectionPatchDto extends PartialType(ApFollowUpActionsSectionDto) {}
export class ApOtherSectionPatchDto extends PartialType(ApOtherSectionDto) {}

export class AuthorityNotificationContentPatchDto {
  @ApiProperty({ type: ApNotificationSectionPatchDto, required: false })
  notification?: ApNotificationSectionPatchDto;
  @ApiProperty({ type: ApContactSectionPatchDto, required: false })
  contact?: ApContactSectionPatchDto;
  @ApiProperty({ type: ApTimelineSectionPatchDto, required: false })
  timeline?: ApTimelineSectionPatchDto;
  @ApiProperty({ type: ApBreachDetailsSectionPatchDto, required: false })
  breach?: ApBreachDetailsSectionPatchDto;
  @ApiProperty({ type: ApPersonalDataSectionPatchDto, required: false })
  personalData?: ApPersonalDataSectionPatchDto;
  @ApiProperty({ type: ApDataSubjectsSectionPatchDto, required: false })
  dataSubjects?: ApDataSubjectsSectionPatchDto;
  @ApiProperty({ type: ApPriorMeasuresSectionPatchDto, required: false })
  priorMeasures?: ApPriorMeasuresSectionPatchDto;
  @ApiProperty({ type: ApConsequencesSectionPatchDto, required: false })
  consequences?: ApConsequencesSectionPatchDto;
  @ApiProperty({ type: ApFollowUpActionsSectionPatchDto, required: false })
  followUpActions?: ApFollowUpActionsSectionPatchDto;
  @ApiProperty({ type: ApOtherSectionPatchDto, required: false })
  other?: ApOtherSectionPatchDto;
}
