/**
 * French messages of the content checks (src/lib/schema/, src/lib/content-check.ts, src/node/): re-exported by fr.ts.
 * Plain object literals, no property read at the top level (docs/i18n.md).
 */

export const contentChecks = {};

