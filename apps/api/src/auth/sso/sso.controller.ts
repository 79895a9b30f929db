import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { ApiFoundResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppConfig } from '../../config/app-config';
import { CurrentUser, Public } from '../auth.decorators';
import { clearSessionCookies, SESSION_COOKIE, type SessionUser, setSessionCookies } from '../session-user';
import { SessionsService } from '../sessions.service';
import { SsoSignInError } from './sso-errors';
import { languageOf, refusalPage } from './sso-refusal-page';
import { SsoConfigDto, SsoLogoutResultDto, SsoStartQueryDto } from './sso.dto';
import { SSO_CALLBACK_PATH, SsoService } from './sso.service';
import { SSO_COOKIE, SSO_COOKIE_PATH, SSO_TRANSACTION_MS } from './sso-transaction';

/**
 * Single sign-on with OpenID Connect (issue #17 point 3). The browser goes to the provider
 * (`GET /api/auth/sso`), comes back with a code (`GET /api/auth/sso/callback`) and lands in the app
 * signed in, or on a page that says why not.
 */
@ApiTags('auth')
@SkipThrottle({ portal: true, login: true })
@Controller('auth/sso')
export class SsoController {
  constructor(
    private readonly sso: SsoService,
    private readonly sessions: SessionsService,
    private readonly config: AppConfig,
  ) {}

  /** Whether the login page offers single sign-on, with which label, and the password form. */
  @Public()
  @Get('config')
  settings(): SsoConfigDto {
    return {
      enabled: this.sso.settings !== null,
      label: this.sso.settings?.buttonLabel ?? null,
      localLogin: this.sso.localLogin,
    };
  }

  /** Off to the provider's sign-in, with state, nonce and PKCE kept in a signed HttpOnly cookie. 404 when not configured. */
  @Public()
  @Get()
  @ApiFoundResponse({ description: "Redirect to the OpenID provider's authorization endpoint" })
  async start(@Query() query: SsoStartQueryDto, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const { url, cookie } = await this.sso.begin(query.next);
      res.cookie(SSO_COOKIE, cookie, {
        httpOnly: true,
        // Lax: the provider's redirect back is a top-level GET, which carries it
        sameSite: 'lax',
        secure: this.config.secureCookies,
        path: SSO_COOKIE_PATH,
        maxAge: SSO_TRANSACTION_MS,
      });
      res.redirect(302, url);
    } catch (err) {
      this.refuse(err, req, res);
    }
  }

  /** The provider's answer: verified, then a session and on into the app (303), or a refusal page (400/401/403/502). */
  @Public()
  @Get('callback')
  @ApiQuery({ name: 'code', required: false, type: String })
  @ApiQuery({ name: 'state', required: false, type: String })
  @ApiFoundResponse({ description: 'Signed in: redirect into the app' })
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const cookie = (req.cookies as Record<string, string> | undefined)?.[SSO_COOKIE];
    // one attempt per transaction: whatever happens next, the cookie is spent
    res.clearCookie(SSO_COOKIE, { path: SSO_COOKIE_PATH });
    try {
      const callbackUrl = new URL(`${this.config.publicUrl}${SSO_CALLBACK_PATH}`);
      callbackUrl.search = req.originalUrl.split('?')[1] ?? '';
      const { token, csrfToken, next } = await this.sso.complete(callbackUrl, cookie, req.header('user-agent'));
      setSessionCookies(
        res,
        { token, csrfToken },
        { secure: this.config.secureCookies, maxAgeMs: this.sessions.maxAgeMs },
      );
      res.redirect(303, next);
    } catch (err) {
      this.refuse(err, req, res);
    }
  }

  /**
   * Signs out here, and tells where the provider's own sign-out is (RP-initiated logout with
   * id_token_hint) when this session came from single sign-on and the provider offers one.
   */
  @Post('logout')
  @HttpCode(200)
  async logout(
    @CurrentUser() user: SessionUser,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SsoLogoutResultDto> {
    const token = (req.cookies as Record<string, string>)[SESSION_COOKIE] ?? '';
    const redirectTo = await this.sso.logout(user.sessionId, token);
    clearSessionCookies(res);
    return { redirectTo };
  }

  private refuse(err: unknown, req: Request, res: Response): void {
    if (!(err instanceof SsoSignInError)) throw err;
    res
      .status(err.status)
      .type('html')
      .set('Cache-Control', 'no-store')
      .send(refusalPage(err.reason, languageOf(req.header('accept-language'))));
  }
}
