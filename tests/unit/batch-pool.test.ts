/**
 * Jobs shared out among runners in batches (src/lib/batch-pool.ts): the results come back in the
 * jobs' order whichever runner finished first, a faster runner takes more batches, a runner is
 * given up to its depth of batches at once, and the first failure rejects the whole with no more
 * batches handed out.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type BatchRunner, runInBatches, workerCount } from '../../src/lib/batch-pool.ts';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A runner that squares its jobs after `ms` milliseconds and records the batches it was given. */
function squarer(ms: number, depth?: number): BatchRunner<number, number> & { batches: number[][]; most: number } {
	let held = 0;
	const runner = {
		batches: [] as number[][],
		most: 0,
		...(depth ? { depth } : {}),
		run: async (batch: readonly number[]) => {
			runner.batches.push([...batch]);
			runner.most = Math.max(runner.most, ++held);
			await tick(ms);
			held--;
			return batch.map((n) => n * n);
		},
	};
	return runner;
}

const jobs = Array.from({ length: 50 }, (_, i) => i);

describe('runInBatches', () => {
	it('gives the results in the jobs’ order, whichever runner did them', async () => {
		const slow = squarer(7);
		const fast = squarer(1);
		const out = await runInBatches(jobs, [slow, fast], 4);
		assert.deepEqual(
			out,
			jobs.map((n) => n * n),
		);
		assert.ok(slow.batches.length > 0 && fast.batches.length > slow.batches.length, 'the faster runner takes more');
		assert.deepEqual(
			[...slow.batches, ...fast.batches].flat().sort((a, b) => a - b),
			jobs,
			'each job is given once',
		);
	});

	it('hands each runner up to its depth of batches at once', async () => {
		const deep = squarer(2, 2);
		const single = squarer(2);
		await runInBatches(jobs, [single, deep], 3);
		assert.equal(deep.most, 2);
		assert.equal(single.most, 1);
	});

	it('tells how many jobs are done after each batch, up to all of them', async () => {
		const counts: number[] = [];
		await runInBatches(jobs, [squarer(0), squarer(0)], 8, (n) => counts.push(n));
		assert.deepEqual(
			counts,
			[...counts].sort((a, b) => a - b),
		);
		assert.equal(counts.at(-1), jobs.length);
		assert.equal(counts.length, Math.ceil(jobs.length / 8));
	});

	it('does nothing for no jobs', async () => {
		const runner = squarer(0);
		assert.deepEqual(await runInBatches([], [runner], 4), []);
		assert.equal(runner.batches.length, 0);
	});

	it('rejects with the first failure and hands out no batch after it', async () => {
		const good = squarer(3);
		let calls = 0;
		const failing: BatchRunner<number, number> = {
			run: async () => {
				calls++;
				await tick(1);
				throw new Error('worker stopped');
			},
		};
		await assert.rejects(runInBatches(jobs, [failing, good], 2), /worker stopped/);
		await tick(10);
		assert.equal(calls, 1);
		assert.ok(good.batches.length < jobs.length / 2, 'the others stop too');
	});

	it('rejects a batch answered with the wrong number of results', async () => {
		const short: BatchRunner<number, number> = { run: async (batch) => batch.slice(1) };
		await assert.rejects(runInBatches(jobs, [short], 5), /a batch of 5 gave 4 results/);
	});

	it('refuses to run without a runner or with a batch size below 1', async () => {
		await assert.rejects(runInBatches(jobs, [], 5), /no runner/);
		await assert.rejects(runInBatches(jobs, [squarer(0)], 0), /batch size 0/);
	});
});

describe('workerCount', () => {
	it('gives one worker a core, each its share of jobs at least, and never one alone', () => {
		assert.equal(workerCount(10_000, 2, 1000), 2);
		assert.equal(workerCount(10_000, 8, 1000), 8);
		assert.equal(workerCount(2_500, 8, 1000), 2);
		assert.equal(workerCount(1_999, 8, 1000), 0);
		assert.equal(workerCount(10_000, 1, 1000), 0);
	});
});
