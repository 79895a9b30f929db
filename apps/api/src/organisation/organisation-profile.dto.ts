import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsObject,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../http/trim.decorator';

export class OrganisationContactPointDto {
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @Trim()
  @IsEmail()
  @MaxLength(200)
  email!: string;

  @ApiProperty({ type: String, nullable: true })
  @Trim()
  @ValidateIf((_, v) => v !== null)
  @Matches(/^\+?[0-9 ()-]{6,20}$/, { message: '$property must be a phone number such as +31 30 123 4567' })
  phone!: string | null;
}

/** The vendor's branding and contact point; the logo's type, size and content are checked by the domain. */
export class OrganisationProfileDto {
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'data:image/png or data:image/jpeg base64 URL, at most 200 KB',
  })
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(300_000)
  logoDataUrl!: string | null;

  @ApiProperty({ example: '#1c4e80' })
  @Matches(/^#[0-9a-fA-F]{6}$/, { message: '$property must be a colour as #rrggbb' })
  primaryColour!: string;

  @IsObject()
  @ValidateNested()
  @Type(() => OrganisationContactPointDto)
  contactPoint!: OrganisationContactPointDto;
}
