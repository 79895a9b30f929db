import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppConfig } from '../config/app-config';
import { AllowDuringMfaEnrolment, CurrentUser, Public } from './auth.decorators';
import { AuthService } from './auth.service';
import { LoginDto } from './login.dto';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { LocalLoginGuard } from './sso/local-login.guard';
import { LoginResponseDto, MeResponseDto, toUserDto } from '../users/user.dto';
import { MfaCodeDto } from './mfa/mfa.dto';
import { MFA_CHALLENGE_MS } from './mfa/mfa.service';
import {
  clearSessionCookies,
  CSRF_COOKIE,
  MFA_CHALLENGE_COOKIE,
  MFA_CHALLENGE_COOKIE_PATH,
  SESSION_COOKIE,
  type SessionUser,
} from './session-user';
import { SessionsService } from './sessions.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @UseGuards(LocalLoginGuard, LoginThrottlerGuard)
  @SkipThrottle({ portal: true })
  @Post('login')
  @HttpCode(200)
  async login(
    @Body() body: LoginDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponseDto> {
    const result = await this.auth.login(body.email, body.password, req.header('user-agent'));
    if (result.kind === 'mfa') {
      // no session yet: the second step proves the challenge with this httpOnly cookie (5 minutes)
      res.cookie(MFA_CHALLENGE_COOKIE, result.challengeToken, {
        sameSite: 'strict',
        secure: this.config.secureCookies,
        path: MFA_CHALLENGE_COOKIE_PATH,
        httpOnly: true,
        maxAge: MFA_CHALLENGE_MS,
      });
      return { mfaRequired: true };
    }
    this.setSessionCookies(res, result.token, result.csrfToken);
    return {
      user: toUserDto(result.user),
      ...(result.mfaEnrolmentRequired ? { mfaEnrolmentRequired: true } : {}),
    };
  }

  /**
   * The second step of a login: a six-digit code from the authenticator app or a recovery code.
   * Rate-limited per address like the password; a wrong code is a 401, the fifth ends the challenge.
   */
  @Public()
  @UseGuards(LocalLoginGuard, LoginThrottlerGuard)
  @SkipThrottle({ portal: true })
  @Post('login/mfa')
  @HttpCode(200)
  async loginMfa(
    @Body() body: MfaCodeDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponseDto> {
    const challenge = (req.cookies as Record<string, string> | undefined)?.[MFA_CHALLENGE_COOKIE];
    try {
      const result = await this.auth.completeMfaLogin(challenge, body.code, req.header('user-agent'));
      res.clearCookie(MFA_CHALLENGE_COOKIE, { path: MFA_CHALLENGE_COOKIE_PATH });
      this.setSessionCookies(res, result.token, result.csrfToken);
      return {
        user: toUserDto(result.user),
        ...(result.recoveryCodesLeft === undefined ? {} : { recoveryCodesLeft: result.recoveryCodesLeft }),
      };
    } catch (error) {
      const ended = (error as { errors?: { rule: string }[] }).errors?.some((e) => e.rule === 'mfaChallengeEnded');
      if (ended) res.clearCookie(MFA_CHALLENGE_COOKIE, { path: MFA_CHALLENGE_COOKIE_PATH });
      throw error;
    }
  }

  private setSessionCookies(res: Response, token: string, csrfToken: string): void {
    const common = { sameSite: 'lax' as const, secure: this.config.secureCookies, path: '/' };
    // the cookie lives as long as the session can (its absolute lifetime); the server decides before that
    const maxAge = this.sessions.maxAgeMs;
    res.cookie(SESSION_COOKIE, token, { ...common, httpOnly: true, maxAge });
    res.cookie(CSRF_COOKIE, csrfToken, { ...common, httpOnly: false, maxAge });
  }

  @AllowDuringMfaEnrolment()
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const token = (req.cookies as Record<string, string>)[SESSION_COOKIE];
    if (token) await this.sessions.revoke(token);
    clearSessionCookies(res);
  }

  @AllowDuringMfaEnrolment()
  @Get('me')
  me(@CurrentUser() user: SessionUser): MeResponseDto {
    return { ...toUserDto({ ...user, active: true }), mfaEnrolmentRequired: user.mfaEnrolmentOnly ?? false };
  }
}
