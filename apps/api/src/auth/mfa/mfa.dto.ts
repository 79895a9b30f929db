import { USER_ROLES, type UserRole } from '@lekwacht/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/** The signed-in user's second factor (never the secret). */
export class MfaStatusDto {
  enabled!: boolean;
  @ApiProperty({ type: String, nullable: true })
  enabledAt!: string | null;
  /** Unused recovery codes left (0 when MFA is off). */
  recoveryCodesLeft!: number;
  /** The organisation's policy requires a second factor for this user's role. */
  required!: boolean;
}

/** Shown once while enrolling: the QR code and the same secret as text for manual entry. */
export class MfaEnrolmentDto {
  /** Base32 secret, for typing into an authenticator app that cannot scan. */
  secret!: string;
  otpauthUri!: string;
  /** The otpauth URI as a PNG data URL. */
  qrCodeDataUrl!: string;
}

export class MfaCodeDto {
  /** A six-digit code from the authenticator app (or, at login, a recovery code). */
  @IsString()
  @MinLength(6, { message: 'code must be a six-digit code or a recovery code' })
  @MaxLength(32)
  code!: string;
}

export class RecoveryCodesDto {
  /** Ten one-time codes, shown this once; only their hashes are stored. */
  recoveryCodes!: string[];
}

/** Turning MFA off needs proof it is the user: a current code or the password. */
export class DisableMfaDto {
  @IsOptional()
  @IsString()
  @MaxLength(32)
  code?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  password?: string;
}

export class MfaPolicyDto {
  /** Roles whose users must sign in with a second factor. */
  @ApiProperty({ enum: USER_ROLES, isArray: true })
  @IsArray()
  @ArrayMaxSize(USER_ROLES.length)
  @IsIn(USER_ROLES, { each: true, message: `requiredRoles must contain only ${USER_ROLES.join(', ')}` })
  requiredRoles!: UserRole[];
}

/** Answer to a correct password when a second step is due (no session yet). */
export class LoginMfaRequiredDto {
  @ApiProperty({ enum: [true] })
  mfaRequired!: true;
}
