/**
 * A worker thread of the build (started by src/node/build-aside.ts, twice, one after the other): it receives a copy
 * of the checked venues and operators and, while the build's thread syncs, bundles and renders the pages on the other
 * core, either computes the coverage report and draws the situation plans, or writes the exports, posting each
 * result back when ready.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runAsideJob, type AsideJob, type AsidePart } from './build-aside.ts';

const { job, part } = workerData as { job: AsideJob; part: AsidePart };
runAsideJob(job, part, (message) => parentPort!.postMessage(message));
