/**
 * Writes the open-data exports into a folder, one at a time, each written as soon as it is rendered and then
 * dropped: the one writer of the build's exports, run in the worker thread of src/node/exports-worker.ts (and
 * in the build's own thread when that worker cannot start). Depends on nothing but the pure export modules, so
 * that the worker loads little.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPORT_FILES, EXPORT_FORMATS, renderExport, type ExportFormat } from '../lib/export/index.ts';
import type { ExportContext, ExportOperator, ExportVenue } from '../lib/export/common.ts';

/** What the writer needs: the folder (emptied first), the checked venues and operators, and their origin. */
export interface ExportJob {
  dir: string;
  venues: readonly ExportVenue[];
  operators: readonly ExportOperator[];
  context: ExportContext;
}

/** Renders every export into `job.dir`; returns each file's size in bytes. */
export function writeExportFiles({ dir, venues, operators, context }: ExportJob): Record<ExportFormat, number> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const bytes = {} as Record<ExportFormat, number>;
  for (const format of EXPORT_FORMATS) {
    const data = Buffer.from(renderExport(format, venues, operators, context));
    writeFileSync(join(dir, EXPORT_FILES[format].file), data);
    bytes[format] = data.length;
  }
  return bytes;
}
