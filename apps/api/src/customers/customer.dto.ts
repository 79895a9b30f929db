import { LANGUAGES, type Language } from '@lekwacht/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../http/trim.decorator';
import type { CustomerEntity } from './customer.entity';

export class PersonDto {
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @Trim()
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

export class CreateCustomerDto {
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  /** The customer's designated contact person; null when unknown. */
  @ApiProperty({ type: PersonDto, nullable: true })
  @ValidateIf((_, v) => v !== null)
  @IsObject()
  @ValidateNested()
  @Type(() => PersonDto)
  contactPerson!: PersonDto | null;

  @IsObject()
  @ValidateNested()
  @Type(() => PersonDto)
  management!: PersonDto;

  @ApiProperty({ enum: LANGUAGES })
  @IsIn(LANGUAGES)
  language!: Language;
}

export class UpdateCustomerDto {
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiProperty({ type: PersonDto, nullable: true, required: false })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsObject()
  @ValidateNested()
  @Type(() => PersonDto)
  contactPerson?: PersonDto | null;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PersonDto)
  management?: PersonDto;

  @ApiProperty({ enum: LANGUAGES, required: false })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class CustomerResponseDto {
  id!: string;
  name!: string;
  @ApiProperty({ type: PersonDto, nullable: true })
  contactPerson!: PersonDto | null;
  management!: PersonDto;
  @ApiProperty({ enum: LANGUAGES })
  language!: Language;
}

export const toCustomerDto = (c: CustomerEntity): CustomerResponseDto => ({
  id: c.id,
  name: c.name,
  contactPerson:
    c.contactPersonEmail && c.contactPersonName ? { name: c.contactPersonName, email: c.contactPersonEmail } : null,
  management: { name: c.managementName, email: c.managementEmail },
  language: c.language,
});
