/**
 * The worker thread that writes the build's exports (started by src/node/exports.ts): it receives a copy of the
 * checked venues and operators, writes the files while the build's thread syncs, bundles and renders the pages
 * on the other core, and posts back their sizes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { writeExportFiles, type ExportJob } from './export-files.ts';

parentPort!.postMessage(writeExportFiles(workerData as ExportJob));
