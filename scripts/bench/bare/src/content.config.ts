/** Bare baseline: the venues folder through a glob loader, no schema. CONTENT_DIR must be absolute. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const contentDir = process.env.CONTENT_DIR || '../../../content';

export const collections = {
  lieux: defineCollection({ loader: glob({ base: `${contentDir}/lieux`, pattern: '**/[^_]*.md' }) }),
};
