/**
 * Writes the open-data exports into a folder, one at a time, each written as it is produced (in pieces of about
 * BATCH characters, a venue at a time: neither a file's object tree nor its whole text is ever in memory): the one writer of the build's exports, run in the worker thread of src/node/exports-worker.ts (and
 * in the build's own thread when that worker cannot start). Depends on nothing but the pure export modules, so
 * that the worker loads little.
 */
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { EXPORT_FILES, EXPORT_FORMATS, renderExportPieces, type ExportFormat } from '../lib/export/index.ts';
import type { ExportContext, ExportOperator, ExportVenue } from '../lib/export/common.ts';

/** Characters gathered before a write. */
const BATCH = 1 << 20;

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
    const fd = openSync(join(dir, EXPORT_FILES[format].file), 'w');
    try {
      let written = 0;
      let batch = '';
      const flush = () => {
        written += writeSync(fd, batch);
        batch = '';
      };
      for (const piece of renderExportPieces(format, venues, operators, context)) {
        batch += piece;
        if (batch.length >= BATCH) flush();
      }
      flush();
      bytes[format] = written;
    } finally {
      closeSync(fd);
    }
  }
  return bytes;
}
