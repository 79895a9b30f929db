import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { CurrentUser, Public } from '../auth.decorators';
import { LoginThrottlerGuard } from '../login-throttler.guard';
import { LocalLoginGuard } from '../sso/local-login.guard';
import type { SessionUser } from '../session-user';
import {
  ChangePasswordDto,
  PasswordResetAcceptedDto,
  PasswordResetConfirmDto,
  PasswordResetRequestDto,
} from './password.dto';
import { PasswordTokensService } from './password-tokens.service';

export const RESET_ACCEPTED =
  'If the address belongs to an active account, a link to set a new password is on its way.';

/** Forgotten password (public, rate-limited like login) and changing one's own password. */
@ApiTags('auth')
@Controller('auth')
export class PasswordController {
  constructor(private readonly tokens: PasswordTokensService) {}

  /** Always 202 with the same body: whether the address has an account is not revealed. */
  @Public()
  @UseGuards(LocalLoginGuard, LoginThrottlerGuard)
  @SkipThrottle({ portal: true })
  @Post('password-reset')
  @HttpCode(202)
  request(@Body() body: PasswordResetRequestDto): PasswordResetAcceptedDto {
    void this.tokens.requestReset(body.email);
    return { message: RESET_ACCEPTED };
  }

  /** Sets the password with the link's token (single use, expiring); every session of the user ends. */
  @Public()
  @UseGuards(LocalLoginGuard, LoginThrottlerGuard)
  @SkipThrottle({ portal: true })
  @Post('password-reset/confirm')
  @HttpCode(204)
  async confirm(@Body() body: PasswordResetConfirmDto): Promise<void> {
    await this.tokens.confirm(body.token, body.password);
  }

  @UseGuards(LoginThrottlerGuard)
  @SkipThrottle({ portal: true })
  @Post('password')
  @HttpCode(204)
  async change(@CurrentUser() user: SessionUser, @Body() body: ChangePasswordDto): Promise<void> {
    await this.tokens.change(user, body.currentPassword, body.newPassword);
  }
}
