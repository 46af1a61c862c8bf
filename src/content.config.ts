/**
 * Content collections: wiring only. Every collection comes from one reading and checking of the content
 * folder (src/node/content-loader.ts → src/node/content-files.ts, the same result `npm run validate`
 * prints): each file is parsed and validated once per build. The schemas below only give the entries
 * their TypeScript types; validation happened in the loader, with the schemas of src/lib/schema.
 * Set CONTENT_DIR to build another content folder (the benchmark and the test fixtures do).
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { reperesLoader } from './node/content-loader.ts';
import type { ImportReport } from './lib/schema/import-report.ts';
import type { Lever } from './lib/schema/lever.ts';
import type { Operator } from './lib/schema/operator.ts';
import type { Territory } from './lib/schema/territory.ts';
import type { Venue } from './lib/schema/venue.ts';
import type { OrientationContent } from './lib/schema/orientation.ts';

const contentDir = process.env.CONTENT_DIR || 'content';

/** Type only: the loader stores entries it has already validated. */
const checked = <T>() => z.custom<T>(() => true);

export const collections = {
  lieux: defineCollection({ loader: reperesLoader('lieux', contentDir), schema: checked<Venue>() }),
  structures: defineCollection({ loader: reperesLoader('structures', contentDir), schema: checked<Operator>() }),
  leviers: defineCollection({ loader: reperesLoader('leviers', contentDir), schema: checked<Lever>() }),
  territoire: defineCollection({ loader: reperesLoader('territoire', contentDir), schema: checked<Territory>() }),
  imports: defineCollection({ loader: reperesLoader('imports', contentDir), schema: checked<ImportReport>() }),
  orientation: defineCollection({ loader: reperesLoader('orientation', contentDir), schema: checked<OrientationContent>() }),
};
