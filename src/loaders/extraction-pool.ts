/**
 * Extraction of many article files at once, on worker threads (`extraction-worker.ts`) while the
 * loader's thread waits, or on the loader's thread alone for fewer files; the results in the
 * files' order (`src/lib/batch-pool.ts`), each made by the same `processArticle`, so that the
 * collection is the same byte for byte however the work was shared. A worker that fails (it
 * cannot be started, or stops) fails the whole load with the files it held named; a problem of
 * one file never does: `processArticle` turns it into a message of that file.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ProcessedArticle } from '../lib/article/process-article.ts';
import { type BatchRunner, runInBatches, workerCount } from '../lib/batch-pool.ts';

/** One file to extract: its name (relative to the project root), its first bytes, its whole size. */
export interface ExtractionJob {
	readonly file: string;
	readonly bytes: Uint8Array;
	readonly size: number;
}

/** What a worker is started with: where Node keeps the compiled code of its modules, if anywhere. */
export interface WorkerData {
	readonly compileCache?: string;
}

/**
 * The environment variable setting the number of worker threads (0: the loader's thread alone).
 * Unset, it is one per core, for 1,000 files or more each, and none below two (`workerCount`).
 */
export const EXTRACTION_WORKERS = 'EXTRACTION_WORKERS';

// A worker takes about half a second of CPU to start (loading the engine and the gazetteer,
// warming up; less from its second build on, its modules' code cached): what 500-1,000
// articles take to extract.
const FILES_PER_WORKER = 1000;
// About 30 ms of extraction: short enough to share the end of the work out evenly, long enough
// for a message's cost to be small beside it.
const BATCH = 32;

const WORKER_SCRIPT = new URL('./extraction-worker.ts', import.meta.url);

/** The workers' compile cache, in Astro's cache folder `cacheDir` (kept between builds). */
export function compileCacheDir(cacheDir: URL): string {
	return fileURLToPath(new URL('extraction-compile-cache/', cacheDir));
}

/** The number of worker threads for `jobs` files: `EXTRACTION_WORKERS`, or by `workerCount`. */
export function workersFor(jobs: number, env: NodeJS.ProcessEnv = process.env): number {
	const set = env[EXTRACTION_WORKERS];
	if (set === undefined || set === '') return workerCount(jobs, availableParallelism(), FILES_PER_WORKER);
	const n = Number(set);
	if (!Number.isInteger(n) || n < 0)
		throw new Error(`${EXTRACTION_WORKERS} must be a whole number, 0 or more (is "${set}")`);
	return n;
}

/**
 * `processArticle` of each job, in the jobs' order, on `workers` worker threads (on this thread
 * when 0); `done` is told how many are done after each batch. Rejects when a worker fails.
 *
 * This thread does no extraction beside its workers: it holds Astro's whole heap (the data store,
 * Vite), so that its garbage collections, which the engine's garbage sets off, cost far more
 * than a worker's. At 10,000 articles on 2 cores, two workers took less CPU in all than one
 * worker and this thread (13-14 s against 17 s), and this thread's own share fell to 3 s from 8.
 */
export async function extractAll(
	jobs: readonly ExtractionJob[],
	workers: number,
	done?: (count: number) => void,
	options: PoolOptions = {},
): Promise<ProcessedArticle[]> {
	const pool = openPool(jobs.length > 0 ? workers : 0, options);
	try {
		return await pool.extract(jobs, done);
	} finally {
		await pool.close();
	}
}

/** The workers' script (the tests' own) and the folder of their compile cache. */
export type PoolOptions = WorkerData & { readonly script?: URL };

/** Worker threads started before their jobs are known (see `openPool`). */
export interface ExtractionPool {
	/** `processArticle` of each job, in the jobs' order, as `extractAll` gives them. Once only. */
	readonly extract: (jobs: readonly ExtractionJob[], done?: (count: number) => void) => Promise<ProcessedArticle[]>;
	/** Stops the workers; a batch still out fails the extraction. */
	readonly close: () => Promise<void>;
}

/**
 * `workers` worker threads (this thread when 0), started now: a worker takes a while to load the
 * engine, which it does while the caller reads the files to give it.
 */
export function openPool(workers: number, { script = WORKER_SCRIPT, ...data }: PoolOptions = {}): ExtractionPool {
	const threads = Array.from({ length: workers }, () => new ExtractionThread(script, data));
	return {
		extract: (jobs, done) => runInBatches(jobs, threads.length > 0 ? threads : [HERE], BATCH, done),
		close: async () => {
			await Promise.all(threads.map((t) => t.close()));
		},
	};
}

/** This thread as the one runner; the engine is loaded only if it is needed. */
const HERE: BatchRunner<ExtractionJob, ProcessedArticle> = {
	run: async (batch) => {
		const { processArticle } = await import('../lib/article/process-article.ts');
		return batch.map((job) => processArticle(job.file, job.bytes, job.size));
	},
};

interface Pending {
	readonly files: readonly string[];
	readonly resolve: (results: ProcessedArticle[]) => void;
	readonly reject: (error: Error) => void;
}

/** One worker thread: batches are answered in the order they were sent. */
class ExtractionThread implements BatchRunner<ExtractionJob, ProcessedArticle> {
	readonly depth = 2;
	readonly #worker: Worker;
	readonly #pending: Pending[] = [];
	#failure: Error | null = null;

	constructor(script: URL, data: WorkerData) {
		this.#worker = new Worker(script, { workerData: data });
		this.#worker.on('message', (results: ProcessedArticle[]) => this.#pending.shift()?.resolve(results));
		this.#worker.on('error', (e) => this.#fail(e.message));
		this.#worker.on('messageerror', (e) => this.#fail(`an answer could not be read (${e.message})`));
		this.#worker.on('exit', (code) => this.#fail(`it exited with code ${code}`));
	}

	run = (batch: readonly ExtractionJob[]): Promise<ProcessedArticle[]> =>
		new Promise((resolve, reject) => {
			if (this.#failure) return reject(this.#failure);
			this.#pending.push({ files: batch.map((j) => j.file), resolve, reject });
			this.#worker.postMessage(batch);
		});

	#fail(reason: string): void {
		const pending = this.#pending.splice(0);
		const held = pending.flatMap((p) => p.files);
		this.#failure ??= new Error(
			`an extraction worker failed: ${reason}${held.length ? ` (while extracting ${held.join(', ')})` : ''}`,
		);
		for (const p of pending) p.reject(this.#failure);
	}

	async close(): Promise<void> {
		this.#failure ??= new Error('the extraction worker was closed');
		await this.#worker.terminate();
	}
}
