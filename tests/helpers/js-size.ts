/**
 * gzip bytes of the JavaScript a built page runs before any interaction: its entry scripts, their
 * static imports (not `import()`: those load on first use) and its inline scripts (not JSON-LD).
 * Shared by the size budget test (tests/build) and `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function initialJsBytes(distDir: string, htmlFile: string): number {
  const html = readFileSync(htmlFile, 'utf8');
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]*\bsrc="\/_astro\/([^"]+\.js)"/g)].map(([, name]) => name!);
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const code = readFileSync(join(distDir, '_astro', name), 'utf8');
    for (const [, imported] of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w{}\s,*$]+from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g)) queue.push(imported!);
  }
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map(([, body]) => Buffer.from(body!));
  return [...[...seen].map((name) => readFileSync(join(distDir, '_astro', name))), ...inline].reduce((sum, code) => sum + gzipSync(code).length, 0);
}
