/**
 * A worker thread of the loader's extraction pool (`extraction-pool.ts`): each message is a batch
 * of article files (name, first bytes, whole size), answered with their `processArticle` results
 * in the batch's order. It is loaded by Node itself (its type stripping), not by Vite: it and
 * what it imports must stay erasable TypeScript with `.ts` import paths, as all of src/lib is.
 */
import module from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { ExtractionJob, WorkerData } from './extraction-pool.ts';

const port = parentPort;
if (!port) throw new Error('extraction-worker.ts runs as a worker thread of extraction-pool.ts');
// Node's compile cache before the engine is imported: each worker would otherwise strip the
// types of and compile every module of the engine, zod and the gazetteer again, about a third
// of what it costs to start. A cache that cannot be written is no error: the worker compiles.
const { compileCache } = (workerData ?? {}) as WorkerData;
if (compileCache) module.enableCompileCache(compileCache);
const { processArticle } = await import('../lib/article/process-article.ts');
// Written now, not when the worker is terminated (the pool stops its workers, which may then
// write nothing).
if (compileCache) module.flushCompileCache();
port.on('message', (batch: readonly ExtractionJob[]) => {
	port.postMessage(batch.map((job) => processArticle(job.file, job.bytes, job.size)));
});
