/**
 * The interface strings of the language the site is built in (one language per build, French by
 * default; see ./languages.ts and docs/i18n.md). Code reads them through this file only:
 *
 *   import * as t from '../i18n/index.ts';
 *   t.venue.contact              // « Contacter »
 *   t.finder.found(12, place)    // a sentence with variables
 *
 * Each group is a named export, so a browser script carries only the groups it reads.
 */
import type * as French from './fr.ts';

export * from './fr.ts';

/** The shape every language module has: the groups and keys of fr.ts. */
export type Strings = typeof French;
