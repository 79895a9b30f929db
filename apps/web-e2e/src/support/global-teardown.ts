export default async function globalTeardown(): Promise<void> {
  await globalThis.__LEKWACHT_E2E_MAIL_SINK_STOP__?.();
  const oidcPid = globalThis.__LEKWACHT_E2E_OIDC_PID__;
  if (oidcPid) {
    try {
      process.kill(-oidcPid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  const pid = globalThis.__LEKWACHT_E2E_PID__;
  if (pid) {
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
