/**
 * The layers of the code (docs/architecture.md): src/lib is browser-safe, Node-only code lives in src/node,
 * the schema depends on nothing above it, and the product never imports the tools (scripts/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : /\.(ts|tsx|astro)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** Every module specifier a source text imports (static and dynamic). */
function specifiers(text: string): string[] {
  return [...text.matchAll(/(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => match[1] ?? match[2]!);
}

const imports = (path: string) => specifiers(readFileSync(path, 'utf8'));

describe('layers', () => {
  it('src/lib imports no Node module and no astro:* module (the browser can import it)', () => {
    const lib = files('src/lib');
    expect(lib.length).toBeGreaterThan(20);
    const offending = lib.flatMap((path) => imports(path).filter((spec) => /^(node:|astro:)/.test(spec) || ['fs', 'path', 'os', 'child_process'].includes(spec)).map((spec) => `${path}: ${spec}`));
    expect(offending).toEqual([]);
  });

  it('src/lib/schema imports only itself, zod, the interface strings and the text module (a leaf)', () => {
    expect(imports('src/lib/text.ts').filter((spec) => spec !== './plural.ts')).toEqual([]);
    const offending = files('src/lib/schema').flatMap((path) =>
      imports(path).filter((spec) => !spec.startsWith('./') && spec !== 'astro/zod' && spec !== '../../i18n/index.ts' && spec !== '../text.ts').map((spec) => `${path}: ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('the interface strings (src/i18n/) import at run time only each other and src/lib/plural.ts: anything may read them, no cycle, and a page that shows strings does not download the search\'s text folding', () => {
    // Comments (examples of use) and type-only imports left out.
    const runtime = (text: string) => specifiers(text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '').replace(/^import type [^;]+;$/gm, '').replace(/^import \{[^}]*\} from [^;]+;$/gm, (line) => (/^import \{\s*type /.test(line) ? '' : line)));
    // languages.ts is the build's integration (config and tests only), not a strings module.
    const offending = files('src/i18n').filter((path) => !path.endsWith('languages.ts')).flatMap((path) =>
      runtime(readFileSync(path, 'utf8')).filter((spec) => !/^\.\/[\w-]+\.ts$/.test(spec) && spec !== '../lib/plural.ts').map((spec) => `${path}: ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('the product (src/) never imports the tools (scripts/, tests/)', () => {
    const offending = files('src').flatMap((path) => imports(path).filter((spec) => /(^|\/)(scripts|tests)\//.test(spec)).map((spec) => `${path}: ${spec}`));
    expect(offending).toEqual([]);
  });

  it('the check finds an offending import', () => {
    const sample = "import { readFileSync } from 'node:fs';\nimport type { A } from '../x.ts';\nconst x = await import('astro:content');";
    expect(specifiers(sample)).toEqual(['node:fs', '../x.ts', 'astro:content']);
  });
});
