export default async function globalTeardown(): Promise<void> {
  await globalThis.__LEKWACHT_E2E_MAIL_SINK_STOP__?.();
  const pid = globalThis.__LEKWACHT_E2E_PID__;
  if (pid) {
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
