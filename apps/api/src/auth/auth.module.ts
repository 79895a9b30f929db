import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { UserEntity } from '../users/user.entity';
import { AuthController } from './auth.controller';
import { SessionsController } from './sessions.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { SessionEntity } from './session.entity';
import { SessionsService } from './sessions.service';
import { SessionCache } from './session-cache';
import { OwnSessionsService } from './own-sessions.service';
import { MfaAdminController, MfaController } from './mfa/mfa.controller';
import { MfaService } from './mfa/mfa.service';
import { MfaPolicyService } from './mfa/mfa-policy.service';
import { MfaSecretBox } from './mfa/mfa-secret-box';
import { PasswordController } from './password/password.controller';
import { PasswordTokensService } from './password/password-tokens.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, SessionEntity]),
    // @nestjs/throttler: per-instance counters are enough to slow down password guessing and
    // portal-token guessing (a 256-bit token cannot be guessed; the limit keeps scanners cheap).
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        throttlers: [
          { name: 'login', ttl: 60_000, limit: config.env.LOGIN_RATE_LIMIT },
          { name: 'portal', ttl: 60_000, limit: config.env.PORTAL_RATE_LIMIT },
        ],
      }),
    }),
  ],
  controllers: [AuthController, SessionsController, MfaController, MfaAdminController, PasswordController],
  providers: [
    AuthService,
    SessionsService,
    SessionCache,
    OwnSessionsService,
    LoginThrottlerGuard,
    MfaSecretBox,
    MfaService,
    MfaPolicyService,
    PasswordTokensService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [SessionsService, PasswordTokensService],
})
export class AuthModule {}
