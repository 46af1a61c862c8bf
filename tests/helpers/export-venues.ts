/**
 * Venues for the export tests: the demo content (read and checked by `loadContent`, as the build does) and
 * synthetic venues from the generator (scripts/lib/synthetic.ts), checked by the same schema.
 */
import { basename, resolve } from 'node:path';
import { generateContent } from '../../scripts/lib/synthetic.ts';
import type { ExportOperator, ExportVenue } from '../../src/lib/export/common.ts';
import { readVenueFile } from '../../src/lib/mednum/markdown.ts';
import { checkVenue } from '../../src/lib/schema/venue.ts';
import { loadContent } from '../../src/node/content-files.ts';
import { buildSchemaContext } from '../../src/node/schema-context.ts';

export const PROJECT = resolve(import.meta.dirname, '../..');
export const TODAY = new Date('2026-11-01T12:00:00Z');
export const CONTEXT = buildSchemaContext(resolve(PROJECT, 'content'), TODAY);
export const EXPORT_CONTEXT = { publisher: 'Repères (test)', generated: '2026-11-01', site: 'https://reperes.example.org/' };

let demo: { venues: ExportVenue[]; operators: ExportOperator[] } | undefined;

/** The demo venues and operators. */
export function demoContent() {
  if (!demo) {
    const loaded = loadContent(PROJECT, 'content', { today: TODAY });
    demo = {
      venues: loaded.venues.map((entry) => ({ id: entry.id, data: entry.data, body: entry.body })),
      operators: loaded.operators.map((entry) => ({ id: entry.id, data: entry.data, body: entry.body })),
    };
  }
  return demo;
}

/** `count` synthetic venues (national scope), checked by the venue schema; a refused one fails the test. */
export function syntheticVenues(count: number, seed = 'export'): ExportVenue[] {
  const generated = generateContent({ count, seed, scope: 'national', today: TODAY });
  return generated.files
    .filter((file) => file.path.startsWith('lieux/'))
    .map((file) => {
      const { frontmatter, body } = readVenueFile(file.content);
      const checked = checkVenue(frontmatter, CONTEXT);
      if (!checked.data) throw new Error(`${file.path}: ${JSON.stringify(checked.issues)}`);
      return { id: basename(file.path, '.md'), data: checked.data, body };
    });
}
