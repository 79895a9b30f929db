import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Trim } from '../http/trim.decorator';

/** The longest reason for deleting an evidence file, in characters. */
export const MAX_DELETE_REASON_LENGTH = 2000;

export class DeleteEvidenceDto {
  @ApiProperty({
    description: 'Why the file is deleted; kept in the audit trail with its name and SHA-256',
    maxLength: MAX_DELETE_REASON_LENGTH,
  })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_DELETE_REASON_LENGTH)
  reason!: string;
}

export class EvidencePersonDto {
  id!: string;
  /** The colleague's current name. */
  name!: string;
}

export class EvidenceDeletionDto {
  at!: string;
  @ApiProperty({ type: EvidencePersonDto })
  by!: EvidencePersonDto;
  reason!: string;
}

/** One evidence file of a breach (never its bytes: GET …/content downloads them). */
export class EvidenceFileDto {
  id!: string;
  breachId!: string;
  /** As uploaded, without path parts and control characters. */
  fileName!: string;
  /** Determined from the content at upload. */
  mediaType!: string;
  sizeBytes!: number;
  @ApiProperty({
    description: 'Hex SHA-256 of the content, recorded in the audit chain at upload',
    pattern: '^[0-9a-f]{64}$',
  })
  sha256!: string;
  @ApiProperty({ type: EvidencePersonDto })
  uploadedBy!: EvidencePersonDto;
  uploadedAt!: string;
  @ApiProperty({
    type: EvidenceDeletionDto,
    nullable: true,
    description: 'Set when a manager deleted the file: the bytes are gone, name and hash stay',
  })
  deleted!: EvidenceDeletionDto | null;
}

/** The upload limit and accepted types, for the web's file picker and its messages. */
export class EvidenceSettingsDto {
  maxBytes!: number;
  @ApiProperty({ type: [String] })
  mediaTypes!: string[];
}
