/**
 * Reads and checks the venue files of a large content folder on two threads, and still gives the result at once
 * (`loadContent` stays synchronous for every tool that calls it). At the national scale (18,000 venues) reading
 * and checking them took 4 to 6 s on one core; a build machine has two.
 *
 * The files are cut into chunks of CHUNK, in reading order. This thread and one worker thread
 * (src/node/content-worker.ts) take the next chunk from a shared counter until none is left, so neither waits
 * for the other while there is work (the worker starts later: it loads its modules first). The worker posts
 * each chunk's readings on a message port; this thread then takes them from the port, waiting on a shared
 * counter of chunks done (`Atomics.wait`), and puts every chunk back in its place: the readings come out in
 * reading order, exactly as one thread would give them. A chunk the worker could not read, or a worker that
 * could not start, is read here: the result never depends on the worker.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { FileJob, FileReading } from './content-files.ts';
import type { Venue } from '../lib/schema/venue.ts';

/** Files per chunk: small enough for the two threads to finish together, large enough to cost little to post. */
const CHUNK = 200;
/** Longest wait for one chunk from the worker before the build gives up (a worker that died mid-chunk). */
const STALL_MS = 120_000;

/** What the worker is given (src/node/content-worker.ts). */
export interface ContentWorkerData {
  contentDir: string;
  today?: Date;
  chunks: FileJob[][];
  /** [0]: the next chunk to take; [1]: chunks the worker has posted. */
  counters: Int32Array;
  port: MessagePort;
}

/** A chunk posted by the worker: its readings, or `failed` when one of its files threw (it is read again here). */
export interface ChunkMessage {
  index: number;
  readings?: FileReading<Venue>[];
  failed?: boolean;
}

/** Reads `jobs` with `readOne` here and in a worker; the readings in the order of `jobs`, and how many chunks the worker read. */
export function readVenuesInParallel<T>(
  contentDir: string,
  today: Date | undefined,
  jobs: readonly FileJob[],
  readOne: (job: FileJob) => FileReading<T>,
): { readings: FileReading<T>[]; byWorker: number } {
  const chunks: FileJob[][] = [];
  for (let start = 0; start < jobs.length; start += CHUNK) chunks.push(jobs.slice(start, start + CHUNK));
  const counters = new Int32Array(new SharedArrayBuffer(8));
  const { port1, port2 } = new MessageChannel();
  let worker: Worker | undefined;
  try {
    const workerData: ContentWorkerData = { contentDir, today, chunks, counters, port: port2 };
    worker = new Worker(new URL('./content-worker.ts', import.meta.url), { workerData, transferList: [port2] });
    // Never keeps a tool alive, and its errors are not this thread's: a chunk it does not post is read here.
    worker.unref();
    worker.on('error', () => {});
  } catch {
    worker = undefined;
  }

  const results: FileReading<T>[][] = new Array(chunks.length);
  let byWorker = 0;
  for (;;) {
    const index = Atomics.add(counters, 0, 1);
    if (index >= chunks.length) break;
    results[index] = chunks[index]!.map(readOne);
  }
  if (worker) {
    // The chunks this thread did not take were taken by the worker: wait for each.
    let missing = chunks.length - results.filter(Boolean).length;
    let waited = 0;
    while (missing > 0) {
      // The count is read before the port: a chunk posted in between makes the wait below return at once.
      const posted = Atomics.load(counters, 1);
      const received = receiveMessageOnPort(port1);
      if (received) {
        const { index, readings, failed } = received.message as ChunkMessage;
        if (failed || !readings) results[index] = chunks[index]!.map(readOne);
        else {
          // the worker reads venue files with the venue check: `readOne` of the venues collection
          results[index] = readings as FileReading<unknown>[] as FileReading<T>[];
          byWorker++;
        }
        missing--;
        waited = 0;
        continue;
      }
      // Nothing posted: a worker that has stopped (its thread id is then -1) or stalled will post nothing more; what
      // it took and did not post is read here.
      const stopped = worker.threadId === -1;
      if (stopped || (Atomics.wait(counters, 1, posted, 1000) === 'timed-out' && (waited += 1000) >= STALL_MS)) {
        for (let index = 0; index < chunks.length; index++) results[index] ??= chunks[index]!.map(readOne);
        missing = 0;
      }
    }
    port1.close();
  }
  return { readings: results.flat(), byWorker };
}
