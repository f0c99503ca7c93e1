/**
 * A cold build's head start on extraction (src/loaders/head-start.ts): the loader takes the
 * folder read as it reads it itself (src/loaders/read-articles.ts) and the articles
 * `processArticle` gives, in the files' order; a head start of another folder or engine is not
 * taken, and one not taken is stopped.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { processArticle } from '../../src/lib/article/process-article.ts';
import { engineDigest } from '../../src/loaders/engine-digest.ts';
import { EXTRACTION_WORKERS } from '../../src/loaders/extraction-pool.ts';
import { dropHeadStart, startHeadStart, takeHeadStart } from '../../src/loaders/head-start.ts';
import { type ReadArticle, readFolder } from '../../src/loaders/read-articles.ts';
import { expectedSeeds, seedBytes } from '../support/seeds.ts';

const ROOT = process.cwd();
const engine = engineDigest(ROOT);
let work: string;
let dir: string;
let cache: string;
const workersBefore = process.env[EXTRACTION_WORKERS];

before(() => {
	work = mkdtempSync(join(tmpdir(), 'head-start-'));
	dir = join(work, 'articles');
	cache = join(work, 'compile-cache');
	mkdirSync(join(dir, 'nested'), { recursive: true });
	// Enough files for several batches on each worker, a link (refused) and a nested folder.
	for (let i = 0; i < 90; i++) {
		const seed = expectedSeeds[i % expectedSeeds.length]?.file as string;
		writeFileSync(join(dir, i % 7 === 0 ? 'nested' : '', `a-${String(i).padStart(3, '0')}.txt`), seedBytes(seed));
	}
	writeFileSync(join(dir, 'empty.txt'), '');
	symlinkSync(join(dir, 'a-001.txt'), join(dir, 'link.txt'));
	process.env[EXTRACTION_WORKERS] = '2';
});

after(() => {
	if (workersBefore === undefined) delete process.env[EXTRACTION_WORKERS];
	else process.env[EXTRACTION_WORKERS] = workersBefore;
	dropHeadStart();
	rmSync(work, { recursive: true, force: true });
});

const isRead = (r: ReadArticle): r is ReadArticle & { bytes: Uint8Array; size: number } => 'bytes' in r;

describe('the head start of a cold build', () => {
	it('gives the folder read as the loader reads it, and each file’s article in order', async () => {
		startHeadStart(ROOT, dir, cache);
		const head = await takeHeadStart(dir, engine);
		assert.ok(head, 'taken');
		const reads = await readFolder(ROOT, dir, engine);
		assert.deepEqual(head.reads, reads);
		assert.ok(
			reads.some((r) => 'refused' in r && r.refused === 'symlink'),
			'the link is listed as refused',
		);
		const counts: number[] = [];
		const articles = await head.extracted((n) => counts.push(n));
		const files = reads.filter(isRead);
		assert.deepEqual(
			articles,
			files.map((r) => processArticle(r.file, r.bytes, r.size)),
		);
		assert.equal(counts.at(-1), files.length);
		assert.equal(await takeHeadStart(dir, engine), null, 'taken once');
	});

	it('is not taken for another folder or another engine, and is then stopped', async () => {
		startHeadStart(ROOT, dir, cache);
		assert.equal(await takeHeadStart(join(work, 'other'), engine), null);
		assert.equal(await takeHeadStart(dir, engine), null, 'dropped');
		startHeadStart(ROOT, dir, cache);
		assert.equal(await takeHeadStart(dir, `${engine}0`), null);
		assert.equal(await takeHeadStart(dir, engine), null, 'dropped');
	});

	it('starts nothing for files too few for workers', async () => {
		process.env[EXTRACTION_WORKERS] = '0';
		try {
			startHeadStart(ROOT, dir, cache);
			assert.equal(await takeHeadStart(dir, engine), null);
		} finally {
			process.env[EXTRACTION_WORKERS] = '2';
		}
	});

	it('is not taken once dropped (its workers stopped)', async () => {
		startHeadStart(ROOT, dir, cache);
		dropHeadStart();
		assert.equal(await takeHeadStart(dir, engine), null);
	});
});
