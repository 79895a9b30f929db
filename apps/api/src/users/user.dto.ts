import { LANGUAGES, type Language, USER_ROLES, type UserRole } from '@lekwacht/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../http/trim.decorator';

export class UserResponseDto {
  id!: string;
  email!: string;
  name!: string;
  @ApiProperty({ enum: USER_ROLES })
  role!: UserRole;
  active!: boolean;
  @ApiProperty({ enum: LANGUAGES })
  language!: Language;
}

/**
 * One colleague as others may see them, e.g. to name a breach's contact person: no e-mail
 * address, no password data, no state (only active users are listed).
 */
export class UserDirectoryEntryDto {
  id!: string;
  name!: string;
  @ApiProperty({ enum: USER_ROLES })
  role!: UserRole;
}

export class LoginResponseDto {
  user!: UserResponseDto;
}

export class CreateUserDto {
  @Trim()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: USER_ROLES })
  @IsIn(USER_ROLES)
  role!: UserRole;

  @IsString()
  @MinLength(12, { message: 'password must be at least 12 characters' })
  @MaxLength(200)
  password!: string;

  @ApiProperty({ enum: LANGUAGES, required: false })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class UpdateUserDto {
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiProperty({ enum: USER_ROLES, required: false })
  @IsOptional()
  @IsIn(USER_ROLES)
  role?: UserRole;

  /** false deactivates the user and ends their sessions; users are never deleted. */
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'password must be at least 12 characters' })
  @MaxLength(200)
  password?: string;

  @ApiProperty({ enum: LANGUAGES, required: false })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class UpdateMyPreferencesDto {
  @ApiProperty({ enum: LANGUAGES })
  @IsIn(LANGUAGES)
  language!: Language;
}

export const toUserDto = (u: {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  active: boolean;
  language: Language;
}): UserResponseDto => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  active: u.active,
  language: u.language,
});
