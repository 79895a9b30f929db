// Bundle: the web app's initial JavaScript (what index.html loads), gzipped. Goal ≤ 250 KB.
// Needs `npx nx build web`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { record, root } from './lib.mjs';

const dist = join(root, 'dist/apps/web');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = [
  ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map((m) => m[1]);
const files = [...new Set(scripts)].map((src) => {
  const buf = readFileSync(join(dist, src.replace(/^\//, '')));
  return { file: src, bytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length };
});
const total = files.reduce((s, f) => s + f.gzipBytes, 0);
record('bundle', { files, initialJsGzipKB: Math.round(total / 1024), goal: '≤ 250 KB' });
