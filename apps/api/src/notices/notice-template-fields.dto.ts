import { ApiProperty } from '@nestjs/swagger';

export class NoticeTemplateFieldDto {
  /** As written in a template: `{{path}}`. */
  path!: string;
  /** Its value in the sample notice (empty when the sample has none). */
  sample!: string;
}

export class NoticeTemplateFieldsDto {
  @ApiProperty({ type: [NoticeTemplateFieldDto] })
  fields!: NoticeTemplateFieldDto[];
  /** Paths `{{#if …}}` / `{{#unless …}}` may test (fields and the groups above them). */
  conditions!: string[];
}
