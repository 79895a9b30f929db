import { Logger } from '@nestjs/common';
// openid-client 6 (panva) is ES modules only. The API is CommonJS: Node 20.19+ loads it with
// require() (the built app; webpack leaves node_modules external), and jest transforms it
// (jest.preset.js). See docs/architecture.md.
import * as oidc from 'openid-client';
import { SsoSignInError } from './sso-errors';
import type { SsoSettings } from './sso-settings';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** What a verified sign-in tells us: the ID token's claims, completed by the userinfo endpoint. */
export interface VerifiedSignIn {
  subject: string;
  email: string | null;
  emailVerified: boolean | null;
  name: string | null;
  /** The configured role claim's value (ID token first, else userinfo). */
  roleClaim: unknown;
  idToken: string;
}

/**
 * The OpenID Connect relying party (openid-client): discovery, the authorization URL with PKCE,
 * state and nonce, the code exchange with every check the library does (issuer, audience,
 * signature, expiry, nonce, state, PKCE), userinfo, and the provider's logout URL.
 */
export class OidcClient {
  private readonly logger = new Logger('SingleSignOn');
  private configuration?: Promise<oidc.Configuration>;

  constructor(
    private readonly settings: SsoSettings,
    private readonly redirectUri: string,
  ) {}

  /** Discovered once per process; a failed discovery is retried on the next sign-in. */
  private config(): Promise<oidc.Configuration> {
    this.configuration ??= this.discover().catch((err: unknown) => {
      this.configuration = undefined;
      this.logger.warn(`OpenID provider discovery failed: ${(err as Error).message}`);
      throw new SsoSignInError('unavailable', 'the sign-in provider cannot be reached');
    });
    return this.configuration;
  }

  private discover(): Promise<oidc.Configuration> {
    const issuer = new URL(this.settings.issuer);
    // plain http only for a provider on this machine (the tests'); validateEnvironment refuses others
    const insecure = issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);
    return oidc.discovery(
      issuer,
      this.settings.clientId,
      undefined,
      oidc.ClientSecretBasic(this.settings.clientSecret),
      { execute: insecure ? [oidc.allowInsecureRequests] : [], timeout: 10 },
    );
  }

  async authorizationUrl(tx: { state: string; nonce: string; codeVerifier: string }): Promise<string> {
    const config = await this.config();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      scope: this.settings.scopes,
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(tx.codeVerifier),
      code_challenge_method: 'S256',
      state: tx.state,
      nonce: tx.nonce,
    });
    return url.href;
  }

  /**
   * Exchanges the code and verifies everything; a response that does not verify (wrong state,
   * nonce or PKCE, a reused code, an error from the provider) is a 401; an unreachable provider a 502; never a 500.
   */
  async verify(callbackUrl: URL, tx: { state: string; nonce: string; codeVerifier: string }): Promise<VerifiedSignIn> {
    const config = await this.config();
    try {
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: tx.codeVerifier,
        expectedState: tx.state,
        expectedNonce: tx.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims || !tokens.id_token) throw new SsoSignInError('not_verified', 'the provider sent no ID token');
      // Many providers put profile and group claims only in userinfo, not in the ID token.
      const info: Record<string, unknown> = config.serverMetadata().userinfo_endpoint
        ? await oidc.fetchUserInfo(config, tokens.access_token, claims.sub)
        : {};
      const pick = (name: string): unknown => claims[name] ?? info[name];
      const email = pick('email');
      const verified = pick('email_verified');
      const name = pick('name');
      return {
        subject: claims.sub,
        email: typeof email === 'string' ? email.trim().toLowerCase() : null,
        emailVerified: typeof verified === 'boolean' ? verified : null,
        name: typeof name === 'string' ? name.trim() : null,
        roleClaim: pick(this.settings.roleClaim),
        idToken: tokens.id_token,
      };
    } catch (err) {
      throw this.mapError(err);
    }
  }

  /** RP-initiated logout at the provider, or null when it has no end_session_endpoint. */
  async endSessionUrl(idToken: string, postLogoutRedirectUri: string): Promise<string | null> {
    let config: oidc.Configuration;
    try {
      config = await this.config();
    } catch {
      return null; // the local session is ended anyway
    }
    if (!config.serverMetadata().end_session_endpoint) return null;
    return oidc.buildEndSessionUrl(config, {
      id_token_hint: idToken,
      post_logout_redirect_uri: postLogoutRedirectUri,
    }).href;
  }

  private mapError(err: unknown): Error {
    if (err instanceof SsoSignInError) return err;
    if (err instanceof oidc.AuthorizationResponseError) {
      // e.g. access_denied: the user cancelled at the provider
      return new SsoSignInError('not_verified', `the provider refused the sign-in (${err.error})`);
    }
    if (err instanceof oidc.ResponseBodyError) {
      // e.g. invalid_grant: a code used twice, or a PKCE verifier that does not match
      return new SsoSignInError('not_verified', `the provider refused the code exchange (${err.error})`);
    }
    const cause = (err as { cause?: { code?: string } }).cause;
    const unreachable =
      (err as Error | undefined)?.name === 'TimeoutError' ||
      (err instanceof TypeError && err.message === 'fetch failed') ||
      /^(ECONN|ETIMEDOUT|ENOTFOUND|UND_ERR)/.test(cause?.code ?? '');
    if (unreachable) {
      this.logger.warn(`OpenID provider unreachable: ${(err as Error).message}`);
      return new SsoSignInError('unavailable', 'the sign-in provider cannot be reached');
    }
    // state, nonce, issuer, audience, signature or expiry did not verify
    this.logger.warn(`single sign-on response refused: ${(err as Error).message}`);
    return new SsoSignInError('not_verified', 'the sign-in response did not verify; start again');
  }
}
