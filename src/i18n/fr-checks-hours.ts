/**
 * French messages of the opening-hours checks (src/lib/hours/compile.ts), of the Markdown body checks
 * (src/lib/markdown/body-check.ts) and the search's reasons (src/lib/catalogue/query-match.ts). Re-exported by fr.ts.
 * Plain object literals, no property read at the top level (docs/i18n.md).
 */

export const hoursChecks = {};

export const bodyChecks = {};

export const matchReasons = {};
