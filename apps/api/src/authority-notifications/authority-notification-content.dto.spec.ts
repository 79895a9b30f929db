import 'reflect-metadata';
import { AUTHORITY_NOTIFICATION_FORM, type SectionKey } from '@lekwacht/domain';
import {
  answerSchema,
  ApBreachDetailsSectionDto,
  ApConsequencesSectionDto,
  ApContactSectionDto,
  ApDataSubjectsSectionDto,
  ApFollowUpActionsSectionDto,
  ApNotificationSectionDto,
  ApOtherSectionDto,
  ApPersonalDataSectionDto,
  ApPriorMeasuresSectionDto,
  ApTimelineSectionDto,
  AuthorityNotificationContentDto,
  AuthorityNotificationContentPatchDto,
} from './authority-notification-content.dto';

/** Where @nestjs/swagger keeps a model's properties (its DECORATORS constants, not exported by the package). */
const PROPERTIES = 'swagger/apiModelProperties';
const PROPERTY_NAMES = 'swagger/apiModelPropertiesArray';

const SECTION_DTOS: Record<SectionKey, abstract new () => object> = {
  notification: ApNotificationSectionDto,
  contact: ApContactSectionDto,
  timeline: ApTimelineSectionDto,
  breach: ApBreachDetailsSectionDto,
  personalData: ApPersonalDataSectionDto,
  dataSubjects: ApDataSubjectsSectionDto,
  priorMeasures: ApPriorMeasuresSectionDto,
  consequences: ApConsequencesSectionDto,
  followUpActions: ApFollowUpActionsSectionDto,
  other: ApOtherSectionDto,
};

/** The properties the OpenAPI document will show for a class, in order. */
const documented = (dto: abstract new () => object): string[] =>
  ((Reflect.getMetadata(PROPERTY_NAMES, dto.prototype) as string[] | undefined) ?? []).map((k) => k.slice(1));
const optionsOf = (dto: abstract new () => object, key: string) =>
  Reflect.getMetadata(PROPERTIES, dto.prototype, key) as Record<string, unknown>;

describe('the AP content as the OpenAPI document describes it', () => {
  it('has the sections of the form, and each section exactly its questions in form order', () => {
    const sections = AUTHORITY_NOTIFICATION_FORM.map((s) => s.key);
    expect(documented(AuthorityNotificationContentDto)).toEqual(sections);
    expect(documented(AuthorityNotificationContentPatchDto)).toEqual(sections);
    for (const section of AUTHORITY_NOTIFICATION_FORM) {
      expect([section.key, documented(SECTION_DTOS[section.key])]).toEqual([
        section.key,
        section.fields.map((f) => f.key),
      ]);
    }
  });

  it('documents every answer as nullable, with the options and limits of its question', () => {
    for (const section of AUTHORITY_NOTIFICATION_FORM) {
      for (const field of section.fields) {
        const options = optionsOf(SECTION_DTOS[section.key], field.key);
        expect([field.key, options['nullable'], options['description']]).toEqual([field.key, true, field.label.en]);
        if (field.type === 'choice') expect(options['enum']).toEqual(field.options);
        if (field.type === 'multi') expect(options['items']).toEqual({ type: 'string', enum: field.options });
      }
    }
    const fields = AUTHORITY_NOTIFICATION_FORM.flatMap((s) => s.fields);
    const integers = fields.filter((f) => f.type === 'integer');
    const instants = fields.filter((f) => f.type === 'instant');
    expect([integers.length > 0, instants.length > 0]).toEqual([true, true]);
    for (const f of integers) expect(answerSchema(f)).toMatchObject({ type: 'integer', minimum: 0 });
    for (const f of instants) expect(answerSchema(f)).toMatchObject({ type: String, format: 'date-time' });
  });

  it('a partial change leaves every section and every answer optional', () => {
    for (const key of documented(AuthorityNotificationContentPatchDto)) {
      const options = optionsOf(AuthorityNotificationContentPatchDto, key);
      expect([key, options['required']]).toEqual([key, false]);
      const patch = options['type'] as abstract new () => object;
      expect(documented(patch)).toEqual(documented(SECTION_DTOS[key as SectionKey]));
      for (const answer of documented(patch))
        expect([answer, optionsOf(patch, answer)['required'], optionsOf(patch, answer)['nullable']]).toEqual([
          answer,
          false,
          true,
        ]);
    }
  });
});
