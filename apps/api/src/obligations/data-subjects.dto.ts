import {
  DATA_SUBJECT_CHANNELS,
  DATA_SUBJECT_EXCEPTIONS,
  type DataSubjectChannel,
  type DataSubjectException,
} from '@lekwacht/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../http/trim.decorator';
import { IsInstant } from '../http/validation.decorators';

/** GDPR art. 34(1): the people were told — when, how, how many, and what (the text or a link). */
export class RecordDataSubjectsInformedDto {
  @ApiProperty({ format: 'date-time' })
  @IsInstant()
  informedAt!: string;

  @ApiProperty({ enum: DATA_SUBJECT_CHANNELS })
  @IsIn(DATA_SUBJECT_CHANNELS)
  channel!: DataSubjectChannel;

  @IsInt()
  @Min(1)
  @Max(10_000_000_000)
  subjectsCount!: number;

  @ApiProperty({ required: false, nullable: true, type: String, description: 'The text sent (this or messageUrl)' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(20000)
  message?: string | null;

  @ApiProperty({ required: false, nullable: true, type: String, description: 'Where the message can be read' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  messageUrl?: string | null;
}

export class PublicCommunicationDto {
  /** Where it was published (newspaper, website, …). */
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(2000)
  where!: string;

  @ApiProperty({ format: 'date-time' })
  @IsInstant()
  at!: string;
}

/** GDPR art. 34(3): why informing the people is not required; a governed decision (four-eyes). */
export class ProposeArt34ExceptionDto {
  @ApiProperty({ enum: DATA_SUBJECT_EXCEPTIONS })
  @IsIn(DATA_SUBJECT_EXCEPTIONS)
  ground!: DataSubjectException;

  @Trim()
  @IsString()
  @MinLength(10)
  @MaxLength(5000)
  rationale!: string;

  @ApiProperty({
    type: PublicCommunicationDto,
    required: false,
    nullable: true,
    description: 'Required for disproportionate_effort',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PublicCommunicationDto)
  publicCommunication?: PublicCommunicationDto | null;
}
