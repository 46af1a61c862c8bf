/**
 * French lines of the importers (src/lib/mednum/: v0.1, standard v1, France Services, merging) and of the CSV reader
 * (src/lib/export/csv.ts): the import reports. Re-exported by fr.ts. Plain object literals, no property read at the top
 * level (docs/i18n.md).
 */

export const importLines = {};
