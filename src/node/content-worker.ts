/**
 * The worker thread that reads and checks venue files beside the main thread (src/node/parallel-read.ts): it
 * loads the same reader and checks, takes chunks from the shared counter until none is left, and posts each
 * chunk's readings. It takes a chunk only once its modules are loaded, so a worker that cannot load them takes
 * nothing and the main thread reads every file.
 */
import { workerData } from 'node:worker_threads';
import type { ChunkMessage, ContentWorkerData } from './parallel-read.ts';

const { contentDir, today, chunks, counters, port } = workerData as ContentWorkerData;

try {
  const { readMarkdownFile } = await import('./content-files.ts');
  const { buildSchemaContext } = await import('./schema-context.ts');
  const { checkVenue, VenueFieldsSchema } = await import('../lib/schema/venue.ts');
  const context = buildSchemaContext(contentDir, today);
  const knownFields = Object.keys(VenueFieldsSchema.shape);
  for (;;) {
    const index = Atomics.add(counters, 0, 1);
    if (index >= chunks.length) break;
    let message: ChunkMessage;
    try {
      message = { index, readings: chunks[index]!.map((job) => readMarkdownFile(job, (input) => checkVenue(input, context), knownFields)) };
    } catch {
      message = { index, failed: true };
    }
    try {
      port.postMessage(message);
    } catch {
      port.postMessage({ index, failed: true } satisfies ChunkMessage);
    }
    Atomics.add(counters, 1, 1);
    Atomics.notify(counters, 1);
  }
} finally {
  port.close();
}
