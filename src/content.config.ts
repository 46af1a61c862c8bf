/**
 * Content collections: wiring only. Schemas live in src/lib/schema (shared with the validator,
 * the importers and the exporters); queries live in src/content.ts.
 * Files whose name starts with `_` are skipped. Set CONTENT_DIR to build another content folder
 * (the benchmark and the test fixtures do).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { buildSchemaContext } from './node/schema-context.ts';
import { ImportReportSchema } from './lib/schema/import-report.ts';
import { LeverSchema, OperatorSchema, TerritorySchema, VenueSchema } from './lib/schema/index.ts';

const contentDir = process.env.CONTENT_DIR || './content';
const context = buildSchemaContext(contentDir);

const lieux = defineCollection({
  loader: glob({ base: `${contentDir}/lieux`, pattern: '**/[^_]*.md' }),
  schema: VenueSchema(context),
});

const structures = defineCollection({
  loader: glob({ base: `${contentDir}/structures`, pattern: '**/[^_]*.md' }),
  schema: OperatorSchema(context),
});

const leviers = defineCollection({
  loader: glob({ base: `${contentDir}/leviers`, pattern: '**/[^_]*.md' }),
  schema: LeverSchema,
});

const territoire = defineCollection({
  loader: glob({ base: contentDir, pattern: 'territoire.yaml' }),
  schema: TerritorySchema,
});

const imports = defineCollection({
  loader: glob({ base: `${contentDir}/imports`, pattern: '*.yaml' }),
  schema: ImportReportSchema,
});

export const collections = { lieux, structures, leviers, territoire, imports };
