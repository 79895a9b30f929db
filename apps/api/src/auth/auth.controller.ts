import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppConfig } from '../config/app-config';
import { CurrentUser, Public } from './auth.decorators';
import { AuthService } from './auth.service';
import { LoginDto } from './login.dto';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { LoginResponseDto, toUserDto, UserResponseDto } from '../users/user.dto';
import { clearSessionCookies, CSRF_COOKIE, SESSION_COOKIE, type SessionUser } from './session-user';
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
  @UseGuards(LoginThrottlerGuard)
  @SkipThrottle({ portal: true })
  @Post('login')
  @HttpCode(200)
  async login(
    @Body() body: LoginDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponseDto> {
    const { user, token, csrfToken } = await this.auth.login(body.email, body.password, req.header('user-agent'));
    const common = { sameSite: 'lax' as const, secure: this.config.secureCookies, path: '/' };
    // the cookie lives as long as the session can (its absolute lifetime); the server decides before that
    const maxAge = this.sessions.maxAgeMs;
    res.cookie(SESSION_COOKIE, token, { ...common, httpOnly: true, maxAge });
    res.cookie(CSRF_COOKIE, csrfToken, { ...common, httpOnly: false, maxAge });
    return { user: toUserDto(user) };
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const token = (req.cookies as Record<string, string>)[SESSION_COOKIE];
    if (token) await this.sessions.revoke(token);
    clearSessionCookies(res);
  }

  @Get('me')
  me(@CurrentUser() user: SessionUser): UserResponseDto {
    return toUserDto({ ...user, active: true });
  }
}
