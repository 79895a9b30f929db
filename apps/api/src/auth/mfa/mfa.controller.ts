import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { AllowDuringMfaEnrolment, CurrentUser, Roles } from '../auth.decorators';
import { LoginThrottlerGuard } from '../login-throttler.guard';
import { actorOf, type SessionUser } from '../session-user';
import { DisableMfaDto, MfaCodeDto, MfaEnrolmentDto, MfaPolicyDto, MfaStatusDto, RecoveryCodesDto } from './mfa.dto';
import { MfaService } from './mfa.service';
import { MfaPolicyService } from './mfa-policy.service';

/**
 * The signed-in user's own second factor, from "Mijn account": enrol (secret + QR once), confirm
 * with a code (ten recovery codes once), regenerate recovery codes, turn it off. Code checks are
 * rate-limited like login.
 */
@ApiTags('auth')
@Controller('auth/mfa')
export class MfaController {
  constructor(private readonly mfa: MfaService) {}

  @AllowDuringMfaEnrolment()
  @Get()
  status(@CurrentUser() user: SessionUser): Promise<MfaStatusDto> {
    return this.mfa.status(user);
  }

  /** A new secret as QR code and text; nothing is protected until it is confirmed with a code. */
  @AllowDuringMfaEnrolment()
  @Post('enrolment')
  @HttpCode(200)
  startEnrolment(@CurrentUser() user: SessionUser): Promise<MfaEnrolmentDto> {
    return this.mfa.startEnrolment(actorOf(user), user);
  }

  @AllowDuringMfaEnrolment()
  @UseGuards(LoginThrottlerGuard)
  @SkipThrottle({ portal: true })
  @Post('enrolment/confirm')
  @HttpCode(200)
  async confirmEnrolment(@CurrentUser() user: SessionUser, @Body() body: MfaCodeDto): Promise<RecoveryCodesDto> {
    return { recoveryCodes: await this.mfa.confirmEnrolment(actorOf(user), user, body.code) };
  }

  @UseGuards(LoginThrottlerGuard)
  @SkipThrottle({ portal: true })
  @Post('recovery-codes')
  @HttpCode(200)
  async regenerate(@CurrentUser() user: SessionUser, @Body() body: MfaCodeDto): Promise<RecoveryCodesDto> {
    return { recoveryCodes: await this.mfa.regenerateRecoveryCodes(actorOf(user), user.id, body.code) };
  }

  @UseGuards(LoginThrottlerGuard)
  @SkipThrottle({ portal: true })
  @Post('disable')
  @HttpCode(204)
  async disable(@CurrentUser() user: SessionUser, @Body() body: DisableMfaDto): Promise<void> {
    await this.mfa.disable(actorOf(user), user, body);
  }
}

/** Which roles must use a second factor (an organisation setting, admin only). */
@ApiTags('users')
@Controller()
export class MfaAdminController {
  constructor(
    private readonly mfa: MfaService,
    private readonly policies: MfaPolicyService,
  ) {}

  @Roles('admin')
  @Get('mfa-policy')
  policy(): Promise<MfaPolicyDto> {
    return this.policies.current();
  }

  /** Applies from each user's next login: sessions already open keep running until they end. */
  @Roles('admin')
  @Put('mfa-policy')
  setPolicy(@CurrentUser() user: SessionUser, @Body() body: MfaPolicyDto): Promise<MfaPolicyDto> {
    return this.policies.replace(actorOf(user), body);
  }

  /** A lost phone without recovery codes: the admin removes the user's second factor (their sessions end). */
  @Roles('admin')
  @Post('users/:id/mfa/reset')
  @HttpCode(204)
  async reset(@CurrentUser() user: SessionUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.mfa.resetByAdmin(actorOf(user), id);
  }
}
