export default async function globalTeardown(): Promise<void> {
  await globalThis.__LEKWACHT_EMBEDDED__?.stop();
}
