import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const WEB_SRC = join(__dirname, '..', '..', '..', 'web', 'src');
const SANITISER = /\b(DOMPurify|sanitize-html|sanitizeHtml|sanitiseHtml|xss)\b/;
/** Places where a string becomes markup or code instead of text. */
const RAW_SINKS = [
  /dangerouslySetInnerHTML/,
  /\.innerHTML\s*=/,
  /\.outerHTML\s*=/,
  /insertAdjacentHTML/,
  /document\.write/,
  /\beval\s*\(/,
  /new Function\s*\(/,
  /href=\{?['"`]?javascript:/i,
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : files(path);
    return /\.(tsx?|jsx?)$/.test(name) && !/\.(spec|test)\.[tj]sx?$/.test(name) && !name.endsWith('.generated.ts')
      ? [path]
      : [];
  });
}

/**
 * The web app is React, which escapes text by default. This keeps it that way: no raw-HTML sink
 * without a sanitiser, and server-rendered HTML (notice, mail, template preview) only inside a
 * fully sandboxed iframe (`sandbox=""`: no scripts, no same-origin access).
 */
describe('web app: no unsanitised HTML sinks', () => {
  const sources = files(WEB_SRC);

  it('finds the web sources', () => {
    expect(sources.length).toBeGreaterThan(20);
  });

  it('uses no raw-HTML sink (dangerouslySetInnerHTML, innerHTML, eval, …) without a sanitiser', () => {
    const found: string[] = [];
    for (const file of sources) {
      const src = readFileSync(file, 'utf8');
      for (const sink of RAW_SINKS)
        if (sink.test(src) && !SANITISER.test(src)) found.push(`${relative(WEB_SRC, file)}: ${sink}`);
    }
    expect(found).toEqual([]);
  });

  it('renders server HTML (srcDoc) only in iframes with an empty sandbox', () => {
    const frames: string[] = [];
    const unsafe: string[] = [];
    for (const file of sources) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/<iframe\b[^>]*?\/?>/gs)) {
        const tag = m[0];
        if (!/srcDoc=/.test(tag)) continue;
        frames.push(relative(WEB_SRC, file));
        if (!/\bsandbox=(""|\{''\}|\{""\})/.test(tag))
          unsafe.push(`${relative(WEB_SRC, file)}: ${tag.replace(/\s+/g, ' ').slice(0, 160)}`);
      }
      // a srcDoc anywhere else (outside an <iframe ...> tag we could check) counts as unsafe
      const srcDocs = (src.match(/srcDoc=/g) ?? []).length;
      const inFrames = [...src.matchAll(/<iframe\b[^>]*?\/?>/gs)].filter((f) => /srcDoc=/.test(f[0])).length;
      if (srcDocs !== inFrames) unsafe.push(`${relative(WEB_SRC, file)}: srcDoc outside a checkable <iframe>`);
    }
    process.stdout.write(
      `web html sinks: ${sources.length} files scanned, ${frames.length} sandboxed srcDoc iframe(s): ${frames.join(', ')}\n`,
    );
    expect(unsafe).toEqual([]);
  });
});
