/**
 * `npm run export -- --format <standard-csv|standard-json|geojson|data-inclusion|hsds> --out <fichier>
 *  [--content <dossier>]`
 *
 * Writes one export of the content (the same text as the site's /donnees/ files; docs/donnees.md). The
 * content is read and checked by `loadContent`, as the build does: a refused file stops the export.
 * `SITE_URL` gives the links back to the venue pages (data·inclusion, HSDS). Exit code 1 on a usage error.
 */
import { writeFileSync } from 'node:fs';
import { EXPORT_FORMATS, isExportFormat, renderExport } from '../src/lib/export/index.ts';
import { hasErrors, loadContent } from '../src/node/content-files.ts';
import { exportContext, exportInput } from '../src/node/exports.ts';
import * as t from '../src/i18n/index.ts';
import { printProblems } from './lib/report.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const args = process.argv.slice(2);
const values: Record<string, string> = {};
for (let index = 0; index < args.length; index++) {
  const arg = args[index]!;
  const [name, inline] = arg.startsWith('--') ? arg.slice(2).split('=', 2) : [undefined, undefined];
  if (!name || !['format', 'out', 'content'].includes(name)) fail(t.exportCli.usage(EXPORT_FORMATS.join('|')));
  const value = inline ?? args[++index];
  if (!value) fail(t.exportCli.usage(EXPORT_FORMATS.join('|')));
  values[name] = value;
}
const format = values.format;
if (!format || !values.out) fail(t.exportCli.usage(EXPORT_FORMATS.join('|')));
if (!isExportFormat(format)) fail(t.exportCli.unknownFormat(format, EXPORT_FORMATS.join(', ')));

const loaded = loadContent(process.cwd(), values.content ?? process.env.CONTENT_DIR ?? 'content');
if (hasErrors(loaded.problems)) {
  printProblems(loaded.problems);
  fail(t.exportCli.refused);
}
// The same origin and input as the build's files (src/node/exports.ts): the date in the territory's time zone,
// REPERES_BUILD_DATE honoured.
const { venues, operators } = exportInput(loaded);
const text = renderExport(format, venues, operators, exportContext(loaded.territory, process.env.SITE_URL));
writeFileSync(values.out, text);
console.log(t.exportCli.written(values.out, format, Buffer.byteLength(text)));
