import { validateEnvironment } from '../../config/environment';
import { ssoSettingsOf } from './sso-settings';

const SSO = {
  OIDC_ISSUER: 'https://login.example.nl/realms/staff',
  OIDC_CLIENT_ID: 'lekwacht',
  OIDC_CLIENT_SECRET: 'a-client-secret',
  OIDC_ROLE_MAP: 'lekwacht-admins=admin,lekwacht-officers=officer',
};

describe('single sign-on configuration', () => {
  it('is off by default, with local login allowed and no users created on the fly', () => {
    const env = validateEnvironment({});
    expect(ssoSettingsOf(env)).toBeNull();
    expect(env.LOCAL_LOGIN).toBe(true);
    expect(env.OIDC_JIT_USERS).toBe(false);
  });

  it('is on with issuer, client id, secret and role map, with the documented defaults', () => {
    const settings = ssoSettingsOf(validateEnvironment(SSO));
    expect(settings).toMatchObject({
      issuer: SSO.OIDC_ISSUER,
      clientId: 'lekwacht',
      roleClaim: 'groups',
      scopes: 'openid email profile',
      jitUsers: false,
      buttonLabel: 'login.example.nl',
      roleMap: [
        { group: 'lekwacht-admins', role: 'admin' },
        { group: 'lekwacht-officers', role: 'officer' },
      ],
    });
  });

  it('is all or nothing: names each variable that is missing', () => {
    const { OIDC_CLIENT_SECRET: _secret, OIDC_ROLE_MAP: _map, ...partial } = SSO;
    expect(() => validateEnvironment(partial)).toThrow(/OIDC_CLIENT_SECRET: required for single sign-on/);
    expect(() => validateEnvironment(partial)).toThrow(/OIDC_ROLE_MAP: required for single sign-on/);
    expect(() => validateEnvironment({ OIDC_CLIENT_ID: 'x' })).toThrow(/OIDC_ISSUER: required/);
  });

  it('names a wrong role map entry', () => {
    expect(() => validateEnvironment({ ...SSO, OIDC_ROLE_MAP: 'staff=superuser' })).toThrow(
      /OIDC_ROLE_MAP: "staff=superuser": role must be one of/,
    );
  });

  it('refuses a plain-http issuer except on loopback', () => {
    expect(() => validateEnvironment({ ...SSO, OIDC_ISSUER: 'http://login.example.nl' })).toThrow(
      /OIDC_ISSUER: must be https/,
    );
    expect(ssoSettingsOf(validateEnvironment({ ...SSO, OIDC_ISSUER: 'http://127.0.0.1:4000' }))).not.toBeNull();
  });

  it('refuses to switch local login off without single sign-on (nobody could log in)', () => {
    expect(() => validateEnvironment({ LOCAL_LOGIN: 'false' })).toThrow(/LOCAL_LOGIN: false needs single sign-on/);
    expect(validateEnvironment({ ...SSO, LOCAL_LOGIN: 'false' }).LOCAL_LOGIN).toBe(false);
  });

  it('reads switches and names a wrong one', () => {
    expect(validateEnvironment({ ...SSO, OIDC_JIT_USERS: 'true' }).OIDC_JIT_USERS).toBe(true);
    expect(() => validateEnvironment({ ...SSO, OIDC_JIT_USERS: 'sometimes' })).toThrow(/OIDC_JIT_USERS/);
    expect(() => validateEnvironment({ ...SSO, OIDC_SCOPES: 'email profile' })).toThrow(/OIDC_SCOPES/);
  });
});
