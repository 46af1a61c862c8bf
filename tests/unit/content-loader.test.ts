/** The project's Astro loader (src/node/content-loader.ts): file paths as Astro's data store accepts them. */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rootRelative } from '../../src/node/content-loader.ts';

describe('rootRelative', () => {
  const root = resolve('/srv/reperes');

  it('keeps a content folder inside the root relative, with forward slashes', () => {
    expect(rootRelative(process.cwd(), join('content', 'lieux', 'mediatheque-de-riom.md'))).toBe('content/lieux/mediatheque-de-riom.md');
  });

  it('makes an absolute CONTENT_DIR relative to the root, even outside it (Astro refuses a path starting with /)', () => {
    expect(rootRelative(root, resolve('/srv/reperes/donnees/lieux/a.md'))).toBe('donnees/lieux/a.md');
    const outside = rootRelative(root, resolve('/tmp/contenu/territoire.yaml'));
    expect(outside.startsWith('/')).toBe(false);
    expect(resolve(root, outside)).toBe(resolve('/tmp/contenu/territoire.yaml'));
  });
});
