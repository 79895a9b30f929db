import { type CanActivate, Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { ForbiddenError } from '../../errors/domain-errors';

/** LOCAL_LOGIN=false: e-mail and password no longer sign anyone in; single sign-on does. */
@Injectable()
export class LocalLoginGuard implements CanActivate {
  constructor(private readonly config: AppConfig) {}

  canActivate(): boolean {
    if (!this.config.env.LOCAL_LOGIN) {
      throw new ForbiddenError(['login with e-mail and password is switched off: sign in with single sign-on (SSO)']);
    }
    return true;
  }
}
