import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { MAX_NOTE_LENGTH } from './breach-note.entity';

/** Most colleagues one note may mention (each gets a mail). */
export const MAX_MENTIONS = 20;

/**
 * The note's Markdown as typed, minus what cannot be meant: NUL characters (PostgreSQL text cannot
 * hold them), blank lines before the first line and white space at the end. Leading spaces of the
 * first line stay: in Markdown they can be an indented code block.
 */
const NoteBody = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string'
      ? value
          // eslint-disable-next-line no-control-regex
          .replace(/\u0000/g, '')
          .replace(/^\s*\n/, '')
          .trimEnd()
      : value,
  );

export class CreateNoteDto {
  @ApiProperty({ description: 'Markdown source; rendered (inert) by the reader', maxLength: MAX_NOTE_LENGTH })
  @NoteBody()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_NOTE_LENGTH)
  body!: string;

  @ApiProperty({
    required: false,
    type: [String],
    format: 'uuid',
    description: 'Colleagues (active officers or managers) to mention; each gets one mail',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_MENTIONS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  mentionIds?: string[];
}

export class NotePersonDto {
  id!: string;
  /** The colleague's current name. */
  name!: string;
}

export class NoteDto {
  id!: string;
  breachId!: string;
  /** The Markdown source as stored: the reader renders it, never as raw HTML. */
  body!: string;
  @ApiProperty({ type: NotePersonDto })
  author!: NotePersonDto;
  @ApiProperty({ type: [NotePersonDto] })
  mentions!: NotePersonDto[];
  createdAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  editedAt!: string | null;
}
