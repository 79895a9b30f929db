import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMailSink } from './mail-sink';
import { startOidcProvider } from './oidc-provider';

const root = join(__dirname, '../../../..');

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

declare global {
  var __LEKWACHT_E2E_PID__: number | undefined;
  var __LEKWACHT_E2E_MAIL_SINK_STOP__: (() => Promise<void>) | undefined;
  var __LEKWACHT_E2E_OIDC_PID__: number | undefined;
}

/** Starts the built app in embedded mode with demo data on a free port (as `npm start` does). */
export default async function globalSetup(): Promise<void> {
  const port = await freePort();
  const [smtpPort, sinkPort] = [await freePort(), await freePort()];
  globalThis.__LEKWACHT_E2E_MAIL_SINK_STOP__ = await startMailSink(smtpPort, sinkPort);
  process.env['E2E_MAIL_SINK_URL'] = `http://127.0.0.1:${sinkPort}/`;
  const dataDir = mkdtempSync(join(tmpdir(), 'lekwacht-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  // single sign-on against a real OpenID provider on loopback (sso.e2e.ts); passwords keep working
  process.env['E2E_OIDC_ACCOUNTS'] = join(dataDir, 'oidc-accounts.json');
  const oidc = await startOidcProvider(root, url, process.env['E2E_OIDC_ACCOUNTS']);
  globalThis.__LEKWACHT_E2E_OIDC_PID__ = oidc.pid;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    LEKWACHT_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    LOGIN_RATE_LIMIT: '1000',
    // mail goes out over SMTP to the sink: recipients read their links from their own inbox
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    MAIL_RETRY_BASE_MS: '500',
    // the provider sends the browser back here: the address the browser uses
    PUBLIC_URL: url,
    ...oidc.env,
  };
  delete env['DATABASE_URL'];
  const child = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  globalThis.__LEKWACHT_E2E_PID__ = child.pid;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('app did not become healthy within 60 s');
    await new Promise((r) => setTimeout(r, 300));
  }
  process.env['E2E_BASE_URL'] = url;
}
