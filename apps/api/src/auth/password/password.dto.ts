import { IsEmail, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../http/trim.decorator';

export class PasswordResetRequestDto {
  @Trim()
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

/** Always the same answer, whether the address is known or not (no user enumeration). */
export class PasswordResetAcceptedDto {
  /** "If the address belongs to an account, a link is on its way." */
  message!: string;
}

export class PasswordResetConfirmDto {
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'token is not a valid link: ask for a new one' })
  token!: string;

  @IsString()
  @MinLength(12, { message: 'password must be at least 12 characters' })
  @MaxLength(200)
  password!: string;
}

export class ChangePasswordDto {
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  currentPassword!: string;

  @IsString()
  @MinLength(12, { message: 'newPassword must be at least 12 characters' })
  @MaxLength(200)
  newPassword!: string;
}
