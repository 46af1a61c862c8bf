/**
 * The build's worker thread (started by src/node/build-aside.ts): it receives a copy of the checked venues and
 * operators and, while the build's thread syncs, bundles and renders the pages on the other core, writes the
 * exports, computes the coverage report and draws the situation plans, posting each result back when ready.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runAsideJob, type AsideJob } from './build-aside.ts';

runAsideJob(workerData as AsideJob, (message) => parentPort!.postMessage(message));
