// A real OpenID provider (panva's oidc-provider, the certified one) for the single sign-on tests:
// the API's int-specs and the browser journeys start it on loopback in a child process (it is ES
// modules only). Not part of the app.
//
// Environment:
//   OIDC_TEST_ACCOUNTS       path of a JSON file { "<e-mail>": { sub, password, name, groups, email_verified? } },
//                            read at every sign-in and token, so a test changes groups by rewriting it
//   OIDC_TEST_CLIENT_ID, OIDC_TEST_CLIENT_SECRET
//   OIDC_TEST_REDIRECT_URIS, OIDC_TEST_POST_LOGOUT_REDIRECT_URIS   comma-separated
//   OIDC_TEST_PORT           0 (default): any free port
// Prints one line of JSON, {"issuer":"http://127.0.0.1:<port>"}, once it listens.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

const env = process.env;
const list = (v) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const accounts = () => JSON.parse(readFileSync(env.OIDC_TEST_ACCOUNTS, 'utf8'));
const bySub = (sub) => Object.entries(accounts()).find(([, a]) => a.sub === sub);
const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const page = (title, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:24rem;margin:10vh auto;padding:0 1rem}
label,input,button{display:block;width:100%;box-sizing:border-box;margin:.3rem 0}input,button{padding:.5rem}
.error{color:#b00020}</style></head><body><h1>${title}</h1>${body}</body></html>`;

const loginForm = (uid, error, login = '') =>
  page(
    'Test identity provider',
    `${error ? `<p class="error" role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}/login">
<label for="login">E-mail</label><input id="login" name="login" type="email" autocomplete="username" value="${escape(login)}" required autofocus>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button></form>`,
  );

const readForm = (req) =>
  new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (data += c));
    req.on('end', () => resolve(new URLSearchParams(data)));
    req.on('error', reject);
  });

const server = createServer();
await new Promise((resolve) => server.listen(Number(env.OIDC_TEST_PORT ?? 0), '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const { privateKey } = await generateKeyPair('RS256', { extractable: true });
const provider = new Provider(issuer, {
  clients: [
    {
      client_id: env.OIDC_TEST_CLIENT_ID,
      client_secret: env.OIDC_TEST_CLIENT_SECRET,
      redirect_uris: list(env.OIDC_TEST_REDIRECT_URIS),
      post_logout_redirect_uris: list(env.OIDC_TEST_POST_LOGOUT_REDIRECT_URIS),
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  jwks: { keys: [{ ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: 'test-key' }] },
  cookies: { keys: ['lekwacht-test-provider-cookie-key'] },
  scopes: ['openid', 'email', 'profile', 'groups'],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: {
      enabled: true,
      logoutSource: async (ctx, form) => {
        ctx.body = page(
          'Sign out',
          `<p>Sign out of the test identity provider?</p>${form}<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button>`,
        );
      },
    },
  },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  // first-party client: no consent screen; every requested scope is granted
  loadExistingGrant: async (ctx) => {
    const { Grant } = ctx.oidc.provider;
    const grant = new Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope(ctx.oidc.params.scope ?? 'openid');
    await grant.save();
    return grant;
  },
  findAccount: async (_ctx, sub) => {
    if (!bySub(sub)) return undefined;
    return {
      accountId: sub,
      claims: async () => {
        const [email, a] = bySub(sub) ?? [];
        if (!a) return { sub };
        return { sub, email, email_verified: a.email_verified ?? true, name: a.name, groups: a.groups ?? [] };
      },
    };
  },
});

const callback = provider.callback();
server.on('request', async (req, res) => {
  const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(new URL(req.url, issuer).pathname);
  if (!match) return callback(req, res);
  try {
    const details = await provider.interactionDetails(req, res);
    res.setHeader('content-type', 'text/html; charset=utf-8');
    if (req.method === 'GET' && !match[2]) return res.end(loginForm(details.uid));
    if (req.method !== 'POST' || !match[2]) {
      res.statusCode = 405;
      return res.end();
    }
    const form = await readForm(req);
    const login = (form.get('login') ?? '').trim().toLowerCase();
    const account = accounts()[login];
    if (!account || account.password !== form.get('password')) {
      return res.end(loginForm(details.uid, 'Wrong e-mail or password', login));
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: account.sub } },
      { mergeWithLastSubmission: false },
    );
  } catch (err) {
    res.statusCode = 400;
    res.setHeader('content-type', 'text/plain');
    res.end(`interaction failed: ${err.message}`);
  }
});

process.stdout.write(`${JSON.stringify({ issuer })}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
