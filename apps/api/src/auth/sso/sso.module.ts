import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from '../../users/user.entity';
import { AuthModule } from '../auth.module';
import { SsoIdentityEntity } from './sso-identity.entity';
import { SsoSessionEntity } from './sso-session.entity';
import { SsoController } from './sso.controller';
import { SsoService } from './sso.service';

/** Single sign-on with OpenID Connect (openid-client); off unless OIDC_* is configured. */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, SsoIdentityEntity, SsoSessionEntity]), AuthModule],
  controllers: [SsoController],
  providers: [SsoService],
})
export class SsoModule {}
