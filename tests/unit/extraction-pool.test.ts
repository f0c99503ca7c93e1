/**
 * The loader's extraction on worker threads (src/loaders/extraction-pool.ts): the same articles,
 * in the same order, as `processArticle` on the loader's thread, problems of a file included;
 * a worker that stops or cannot start fails the whole with the files it held named.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { processArticle } from '../../src/lib/article/process-article.ts';
import { EXTRACTION_WORKERS, type ExtractionJob, extractAll, workersFor } from '../../src/loaders/extraction-pool.ts';
import { utf16, windows1258 } from '../support/encodings.ts';
import { expectedSeeds, seedBytes } from '../support/seeds.ts';

const encoder = new TextEncoder();
const seeds = expectedSeeds.map((s) => seedBytes(s.file));
const odd: Uint8Array[] = [
	new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]),
	new Uint8Array(0),
	encoder.encode('---\ntitle: [không đóng\n---\nUBND huyện Mường Chà họp.'),
	encoder.encode('---\nslug: trung-dia-chi\n---\nHuyện Tủa Chùa tổng kết năm 2024.'),
	utf16('Ngày 3/5/2024, huyện Điện Biên Đông họp bàn về ngân sách.'),
	windows1258('Huyện Mường Nhé báo cáo tình hình kinh tế năm 2023.'),
];
// Enough jobs for several batches on each thread.
const jobs: ExtractionJob[] = Array.from({ length: 150 }, (_, i) => {
	const bytes = i % 5 === 4 ? (odd[i % odd.length] as Uint8Array) : (seeds[i % seeds.length] as Uint8Array);
	return { file: `content/articles/${String(i).padStart(3, '0')}.txt`, bytes, size: bytes.length + (i === 7 ? 10 : 0) };
});

describe('extraction on worker threads', () => {
	it('gives what processArticle gives on this thread, in the files’ order', async () => {
		const counts: number[] = [];
		const pooled = await extractAll(jobs, 2, (n) => counts.push(n));
		const here = jobs.map((j) => processArticle(j.file, j.bytes, j.size));
		assert.deepEqual(pooled, here);
		assert.equal(JSON.stringify(pooled), JSON.stringify(here), 'with the same keys in the same order');
		assert.equal(counts.at(-1), jobs.length);
		assert.ok(
			pooled.some((a) => a.status === 'quarantined'),
			'quarantined files come back with their messages',
		);
	});

	it('gives the same with the workers’ compile cache, which it fills and reads again', async () => {
		const cache = mkdtempSync(join(tmpdir(), 'extraction-compile-cache-'));
		try {
			const some = jobs.slice(0, 40);
			const here = some.map((j) => processArticle(j.file, j.bytes, j.size));
			assert.deepEqual(await extractAll(some, 2, undefined, { compileCache: cache }), here);
			const cached = readdirSync(cache, { recursive: true }).length;
			assert.ok(cached > 10, `${cached} files in the cache`);
			assert.deepEqual(await extractAll(some, 1, undefined, { compileCache: cache }), here);
		} finally {
			rmSync(cache, { recursive: true, force: true });
		}
	});

	it('fails the whole, naming the files it held, when a worker stops', async () => {
		const exits = new URL('../fixtures/workers/exits.ts', import.meta.url);
		await assert.rejects(
			extractAll(jobs, 1, undefined, { script: exits }),
			/an extraction worker failed: it exited with code 3 \(while extracting content\/articles\/\d{3}\.txt, /,
		);
	});

	it('fails the whole when a worker cannot start', async () => {
		const missing = new URL('../fixtures/workers/no-such-worker.ts', import.meta.url);
		await assert.rejects(
			extractAll(jobs, 1, undefined, { script: missing }),
			/an extraction worker failed: .*no-such-worker/,
		);
	});

	it('starts no worker for no jobs', async () => {
		const missing = new URL('../fixtures/workers/no-such-worker.ts', import.meta.url);
		assert.deepEqual(await extractAll([], 2, undefined, { script: missing }), []);
	});
});

describe('workersFor', () => {
	it('takes EXTRACTION_WORKERS when set, and refuses a wrong value', () => {
		assert.equal(workersFor(10, { [EXTRACTION_WORKERS]: '3' }), 3);
		assert.equal(workersFor(100_000, { [EXTRACTION_WORKERS]: '0' }), 0);
		assert.throws(() => workersFor(10, { [EXTRACTION_WORKERS]: 'two' }), /EXTRACTION_WORKERS must be a whole number/);
		assert.throws(() => workersFor(10, { [EXTRACTION_WORKERS]: '-1' }), /EXTRACTION_WORKERS/);
	});

	it('starts no worker for a few files', () => {
		assert.equal(workersFor(20, {}), 0);
	});
});
