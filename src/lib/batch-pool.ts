/**
 * Jobs shared out among several runners (the loader's extraction workers) in batches, with the
 * results given back in the jobs' order, whichever runner did which batch and whenever it
 * finished: what is made of the results is the same as when one runner did them all.
 */

/** Does a batch of jobs: one result per job, in the batch's order. */
export interface BatchRunner<J, R> {
	readonly run: (batch: readonly J[]) => Promise<readonly R[]>;
	/**
	 * How many batches it is given at once (1 by default). A worker thread is given 2, so that it
	 * has its next batch at hand while its last answer is on its way.
	 */
	readonly depth?: number;
}

/**
 * The results of `jobs`, in their order. Each runner is handed the next `batchSize` jobs
 * whenever it has fewer than its `depth` batches in hand, so a faster runner does more of them.
 * `done` is told the number of jobs done after each batch. The first failure of a runner (or a
 * batch whose result count is wrong) rejects the whole, and no more batches are handed out.
 */
export async function runInBatches<J, R>(
	jobs: readonly J[],
	runners: readonly BatchRunner<J, R>[],
	batchSize: number,
	done: (count: number) => void = () => {},
): Promise<R[]> {
	if (runners.length === 0) throw new Error('runInBatches: no runner');
	if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`runInBatches: batch size ${batchSize}`);
	const results = new Array<R>(jobs.length);
	let next = 0;
	let finished = 0;
	let failed = false;
	const lane = async (runner: BatchRunner<J, R>): Promise<void> => {
		while (next < jobs.length && !failed) {
			const start = next;
			const batch = jobs.slice(start, start + batchSize);
			next = start + batch.length;
			let out: readonly R[];
			try {
				out = await runner.run(batch);
				if (out.length !== batch.length) throw new Error(`a batch of ${batch.length} gave ${out.length} results`);
			} catch (e) {
				failed = true;
				throw e;
			}
			for (let i = 0; i < out.length; i++) results[start + i] = out[i] as R;
			finished += out.length;
			done(finished);
		}
	};
	await Promise.all(runners.flatMap((r) => Array.from({ length: Math.max(1, r.depth ?? 1) }, () => lane(r))));
	return results;
}

/**
 * How many worker threads to give `jobs` jobs while the calling thread waits: one per core, each
 * with `perWorker` jobs at least (a worker's start-up costs about as much as that many), and none
 * when fewer than two would do (one worker alone is no faster than the caller doing the jobs).
 */
export function workerCount(jobs: number, cores: number, perWorker: number): number {
	const n = Math.min(cores, Math.floor(jobs / perWorker));
	return n >= 2 ? n : 0;
}
