import { statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The embedded database has no passwords: it must be reachable only by this user, through a
 * Unix socket in an owner-only folder, never on TCP (issue #17). Runs when `npm test` uses the
 * embedded database (global-setup.ts started it and handed its URL over).
 */
const url = new URL(process.env['DATABASE_URL'] ?? 'postgres://server');
const socketDir = url.searchParams.get('host');
const embedded = socketDir !== null;

(embedded ? describe : describe.skip)('embedded database access', () => {
  it('is reached through a Unix socket, not a TCP port', () => {
    expect(socketDir).toMatch(/^\//);
    expect(url.port).toBe('');
    expect(statSync(join(socketDir as string, '.s.PGSQL.5432')).isSocket()).toBe(true);
  });

  it('keeps the socket in a folder only its owner may enter', () => {
    expect(statSync(socketDir as string).mode & 0o777).toBe(0o700);
    expect(statSync(join(socketDir as string, '.s.PGSQL.5432')).mode & 0o077).toBe(0);
  });
});
