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
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { bodyForRenderer } from '../lib/frontmatter.ts';
import * as t from '../i18n/index.ts';
import { formatProblem } from '../lib/schema/errors.ts';
import { hasErrors, loadContent, type LoadedContent } from './content-files.ts';

const SHARED = Symbol.for('reperes.loaded-content');

interface Shared {
  contentDir: string;
  content: LoadedContent;
}

type Holder = typeof globalThis & { [SHARED]?: Shared; [WATCH]?: Watch };

const WATCH = Symbol.for('reperes.content-watch');

/** Dev server: the collections to sync again when a content file changes, and the pending re-read. */
interface Watch {
  syncs: Map<CollectionName, () => Promise<void>>;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * `astro dev`: a change under the content folder makes one new reading (after 150 ms of quiet, so that an
 * editor's save or a git checkout is read once), then every collection syncs from it. The build has no watcher.
 */
function watchContent(collection: CollectionName, contentDir: string, watcher: NonNullable<LoaderContext['watcher']>, sync: () => Promise<void>): void {
  const holder = globalThis as Holder;
  const root = resolve(contentDir);
  let watch = holder[WATCH];
  if (!watch) {
    const state: Watch = { syncs: new Map() };
    watch = holder[WATCH] = state;
    watcher.add(root);
    watcher.on('all', (_event, path) => {
      if (!resolve(path).startsWith(root + sep)) return;
      clearTimeout(state.timer);
      state.timer = setTimeout(() => {
        delete holder[SHARED];
        void (async () => {
          for (const run of state.syncs.values()) await run();
        })().catch((error: unknown) => console.error(error instanceof Error ? error.message : String(error)));
      }, 150);
    });
  }
  watch.syncs.set(collection, sync);
}

/** Hands a loaded and checked content folder to the loader of the same process (scripts/build.ts). */
export function shareLoadedContent(contentDir: string, content: LoadedContent): void {
  (globalThis as Holder)[SHARED] = { contentDir: resolve(contentDir), content };
}

/** True when this process has read and checked `contentDir` already (`npm run build` does before Astro starts). */
export function hasLoadedContent(contentDir = process.env.CONTENT_DIR || 'content'): boolean {
  return (globalThis as Holder)[SHARED]?.contentDir === resolve(contentDir);
}

/**
 * Forgets the shared reading (the build, once the collections are stored and the exports written: the data
 * store keeps what the pages need, and 18,000 entries with their bodies are worth freeing).
 */
export function releaseLoadedContent(): void {
  delete (globalThis as Holder)[SHARED];
}

/** The checked content of `contentDir`: the shared result when there is one, else read now (once per process). */
function contentOf(contentDir: string, logger: LoaderContext['logger']): LoadedContent {
  const holder = globalThis as Holder;
  const shared = holder[SHARED];
  if (shared && shared.contentDir === resolve(contentDir)) return shared.content;
  const content = loadContent(process.cwd(), contentDir);
  for (const problem of content.problems) {
    if (problem.severity === 'warning') logger.warn(formatProblem(problem));
    else logger.error(formatProblem(problem));
  }
  if (hasErrors(content.problems)) logger.error(new ContentError(errorCount(content)).message);
  holder[SHARED] = { contentDir: resolve(contentDir), content };
  return content;
}

/**
 * The checked content of the build (CONTENT_DIR, else `content/`): the reading the collections came from, or
 * a new one when this process has none (under `astro dev` after a change, before the next sync). For what the
 * data store does not keep: the Markdown bodies the exports need (src/node/exports.ts).
 */
export function loadedContent(contentDir = process.env.CONTENT_DIR || 'content'): LoadedContent {
  const shared = (globalThis as Holder)[SHARED];
  if (shared && shared.contentDir === resolve(contentDir)) return shared.content;
  return loadContent(process.cwd(), contentDir);
}

const errorCount = (content: LoadedContent) => content.problems.filter((problem) => problem.severity !== 'warning').length;

export type CollectionName = 'lieux' | 'structures' | 'leviers' | 'territoire' | 'imports' | 'orientation';

/** Refusal of the whole build: the lines were printed; never a half-built site. */
export class ContentError extends Error {
  constructor(count: number) {
    super(t.validation.stopped(count));
    this.name = 'ContentError';
  }
}

/** The entries of one collection in a reading of the content folder. */
function entriesOf(collection: CollectionName, content: LoadedContent, contentDir: string) {
  const markdown = (list: readonly { id: string; file: string; data: object; body: string }[]) => list.map((entry) => ({ ...entry, markdown: true }));
  switch (collection) {
    case 'lieux':
      return markdown(content.venues);
    case 'structures':
      return markdown(content.operators);
    case 'leviers':
      return markdown(content.levers);
    case 'imports':
      return content.importReports.map((entry) => ({ ...entry, markdown: false }));
    case 'territoire':
      return content.territory ? [{ id: 'territoire', file: `${contentDir}/territoire.yaml`, data: content.territory, body: '', markdown: false }] : [];
    case 'orientation':
      return content.orientation ? [{ id: 'orientation', file: `${contentDir}/orientation/`, data: content.orientation, body: '', markdown: false }] : [];
  }
}

/**
 * A content file's path (absolute, or relative to the working folder) as Astro's data store takes it: relative to the
 * site's root, with forward slashes.
 */
export function rootRelative(root: string, file: string): string {
  return relative(root, resolve(file)).split(sep).join('/');
}

/** The loader of one collection, from the one reading of `contentDir`. */
export function reperesLoader(collection: CollectionName, contentDir: string): Loader {
  return {
    name: `reperes-${collection}`,
    load: async ({ store, logger, renderMarkdown, generateDigest, watcher, config }) => {
      // Astro's data store takes a file's path relative to the site's root (an absolute one is an error): CONTENT_DIR
      // may be absolute, or outside the root.
      const root = fileURLToPath(config.root);
      const sync = async () => {
        const content = contentOf(contentDir, logger);
        if (hasErrors(content.problems)) {
          // The dev server keeps the last good pages (the lines are printed above); the build stops.
          if (watcher && store.keys().length > 0) return;
          throw new ContentError(errorCount(content));
        }
        const untouched = new Set(store.keys());
        for (const entry of entriesOf(collection, content, contentDir)) {
          untouched.delete(entry.id);
          const digest = generateDigest(JSON.stringify([entry.data, entry.body]));
          if (store.get(entry.id)?.digest === digest) continue;
          const rendered = entry.markdown && entry.body ? await renderMarkdown(bodyForRenderer(entry.body)) : undefined;
          store.set({
            id: entry.id,
            data: entry.data as Record<string, unknown>,
            // No `body`: pages use the rendered HTML; keeping both would double what Astro serialises.
            filePath: rootRelative(root, entry.file),
            digest,
            ...(rendered ? { rendered } : entry.markdown ? { rendered: { html: '' } } : {}),
          });
        }
        for (const id of untouched) store.delete(id);
      };
      if (watcher) watchContent(collection, contentDir, watcher, sync);
      await sync();
    },
  };
}
