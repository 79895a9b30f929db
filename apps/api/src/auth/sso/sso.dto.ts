import { IsOptional, IsString, MaxLength } from 'class-validator';

/** What the login page needs to know (public: shown before anyone is signed in). */
export class SsoConfigDto {
  /** Single sign-on is configured (OIDC_ISSUER …). */
  enabled!: boolean;
  /** The button's provider name ("Inloggen met <label>"); null when single sign-on is off. */
  label!: string | null;
  /** E-mail and password login is allowed (LOCAL_LOGIN). */
  localLogin!: boolean;
}

export class SsoStartQueryDto {
  /** A path in the app to land on after signing in (anything else lands on the start page). */
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  next?: string;
}

export class SsoLogoutResultDto {
  /** The provider's logout page to send the browser to (RP-initiated logout), or null. */
  redirectTo!: string | null;
}
