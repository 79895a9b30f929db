// Shared pieces of the benchmark scripts: fresh databases, app processes, percentiles.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PG = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';

export function freshDatabase(name) {
  execFileSync('dropdb', ['-h', '127.0.0.1', '-U', 'postgres', '--if-exists', name]);
  execFileSync('createdb', ['-h', '127.0.0.1', '-U', 'postgres', name]);
  return `${PG}/${name}`;
}

const started = new Set();
// A failing benchmark must not leave servers behind on its ports.
process.on('exit', () => {
  for (const pid of started) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {}
  }
});

/** Starts the built API (dist/apps/api/main.js) as its own process group. */
export async function startApp({ port, env = {} }) {
  // BENCH_APP_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof": to profile the app under the benchmark
  const nodeArgs = (process.env.BENCH_APP_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, join(root, 'dist/apps/api/main.js')], {
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  started.add(child.pid);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error(`app on ${port} did not start`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    child,
    url,
    kill: (signal = 'SIGTERM') => {
      try {
        process.kill(-child.pid, signal);
      } catch {}
    },
  };
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function machine() {
  return { cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
}

/** Load average (1, 5, 15 min): other work shares the two cores, so every figure carries it. */
export function load() {
  return loadavg().map((l) => Number(l.toFixed(2)));
}

export function record(name, result) {
  const dir = join(root, 'bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, `${name}.json`),
    JSON.stringify(
      { date: new Date().toISOString(), machine: machine(), loadAverageAtEnd: load(), ...result },
      null,
      2,
    ) + '\n',
  );
  console.log(JSON.stringify(result, null, 2));
}

/** Debian's Chromium, headless, as the browser journeys start it (CHROMIUM overrides the path). */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
