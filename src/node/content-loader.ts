/**
 * The Astro content loader of every collection: the site is built from ONE reading of the content folder
 * (src/node/content-files.ts), the very result `npm run validate` prints. Each file is read and checked
 * once per build, by the project's own reader and checks; Astro's glob loader and its front-matter
 * parser are not used, so what is front matter and what is body is decided in one place.
 *
 * `npm run build` (scripts/build.ts) loads and checks the content before Astro starts, prints the French
 * lines and stops on a refusal; it hands the result to this loader through `shareLoadedContent`. Run by
 * Astro alone (`astro dev`, `astro check`, `astro build`), the loader reads the folder itself and stops on
 * a refusal with the same lines.
 */
import { resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { bodyForRenderer } from '../lib/frontmatter.ts';
import { formatProblem } from '../lib/schema/errors.ts';
import { hasErrors, loadContent, type LoadedContent } from './content-files.ts';

const SHARED = Symbol.for('reperes.loaded-content');

interface Shared {
  contentDir: string;
  content: LoadedContent;
}

type Holder = typeof globalThis & { [SHARED]?: Shared };

/** Hands a loaded and checked content folder to the loader of the same process (scripts/build.ts). */
export function shareLoadedContent(contentDir: string, content: LoadedContent): void {
  (globalThis as Holder)[SHARED] = { contentDir: resolve(contentDir), content };
}

/** The checked content of `contentDir`: the shared result when there is one, else read now (once per process). */
function contentOf(contentDir: string, logger: LoaderContext['logger']): LoadedContent {
  const holder = globalThis as Holder;
  const shared = holder[SHARED];
  if (shared && shared.contentDir === resolve(contentDir)) return shared.content;
  const content = loadContent(process.cwd(), contentDir);
  for (const problem of content.problems) (problem.severity === 'warning' ? logger.warn : logger.error)(formatProblem(problem));
  holder[SHARED] = { contentDir: resolve(contentDir), content };
  return content;
}

export type CollectionName = 'lieux' | 'structures' | 'leviers' | 'territoire' | 'imports';

/** Refusal of the whole build: the lines were printed; never a half-built site. */
export class ContentError extends Error {
  constructor(count: number) {
    super(`Le contenu a ${count} problème(s), listés ci-dessus (fichier: champ: valeur et ce qui est attendu). Corrigez-les, puis relancez ; « npm run validate » les liste aussi.`);
    this.name = 'ContentError';
  }
}

/** The loader of one collection, from the one reading of `contentDir`. */
export function reperesLoader(collection: CollectionName, contentDir: string): Loader {
  return {
    name: `reperes-${collection}`,
    load: async ({ store, logger, renderMarkdown, generateDigest }) => {
      const content = contentOf(contentDir, logger);
      if (hasErrors(content.problems)) throw new ContentError(content.problems.filter((problem) => problem.severity !== 'warning').length);
      const entries: { id: string; file: string; data: object; body: string; markdown: boolean }[] =
        collection === 'lieux'
          ? content.venues.map((entry) => ({ ...entry, markdown: true }))
          : collection === 'structures'
            ? content.operators.map((entry) => ({ ...entry, markdown: true }))
            : collection === 'leviers'
              ? content.levers.map((entry) => ({ ...entry, markdown: true }))
              : collection === 'imports'
                ? content.importReports.map((entry) => ({ ...entry, markdown: false }))
                : content.territory
                  ? [{ id: 'territoire', file: `${contentDir}/territoire.yaml`, data: content.territory, body: '', markdown: false }]
                  : [];
      const untouched = new Set(store.keys());
      for (const entry of entries) {
        untouched.delete(entry.id);
        const digest = generateDigest(JSON.stringify([entry.data, entry.body]));
        if (store.get(entry.id)?.digest === digest) continue;
        const rendered = entry.markdown && entry.body ? await renderMarkdown(bodyForRenderer(entry.body)) : undefined;
        store.set({
          id: entry.id,
          data: entry.data as Record<string, unknown>,
          // No `body`: pages use the rendered HTML; keeping both would double what Astro serialises for every page chunk.
          filePath: entry.file,
          digest,
          ...(rendered ? { rendered } : entry.markdown ? { rendered: { html: '' } } : {}),
        });
      }
      for (const id of untouched) store.delete(id);
    },
  };
}
