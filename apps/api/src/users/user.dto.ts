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

/**
 * A correct password: `user` and a session, unless a second step is due — then only
 * `mfaRequired: true` (and a challenge cookie for POST /api/auth/login/mfa), no session yet.
 */
export class LoginResponseDto {
  @ApiProperty({ type: () => UserResponseDto, required: false })
  user?: UserResponseDto;
  /** The code from the authenticator app (or a recovery code) is still due. */
  @ApiProperty({ required: false })
  mfaRequired?: boolean;
  /** The role requires a second factor not set up yet: the session may only enrol. */
  @ApiProperty({ required: false })
  mfaEnrolmentRequired?: boolean;
  /** Signed in with a recovery code: how many unused ones are left. */
  @ApiProperty({ required: false })
  recoveryCodesLeft?: number;
}

/** The signed-in user, with the state of their second factor. */
export class MeResponseDto extends UserResponseDto {
  /** The session may only set up multi-factor authentication (the role requires it). */
  mfaEnrolmentRequired!: boolean;
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

  /**
   * Leave out (the web app does): the new user gets an invitation mail with a link to choose their
   * own password (valid 7 days). Kept for scripts and tests that set one directly.
   */
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

/** What an admin's "send a link" did: an invitation (no password chosen yet) or a reset link. */
export class PasswordLinkSentDto {
  @ApiProperty({ enum: ['reset', 'invitation'] })
  purpose!: 'reset' | 'invitation';
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
