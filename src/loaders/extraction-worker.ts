/**
 * A worker thread of the loader's extraction pool (`extraction-pool.ts`): each message is a batch
 * of article files (name, first bytes, whole size), answered with their `processArticle` results
 * in the batch's order. It is loaded by Node itself (its type stripping), not by Vite: it and
 * what it imports must stay erasable TypeScript with `.ts` import paths, as all of src/lib is.
 */
import { parentPort } from 'node:worker_threads';
import { processArticle } from '../lib/article/process-article.ts';
import type { ExtractionJob } from './extraction-pool.ts';

const port = parentPort;
if (!port) throw new Error('extraction-worker.ts runs as a worker thread of extraction-pool.ts');
port.on('message', (batch: readonly ExtractionJob[]) => {
	port.postMessage(batch.map((job) => processArticle(job.file, job.bytes, job.size)));
});
