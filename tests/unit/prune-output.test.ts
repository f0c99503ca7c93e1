import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pruneOutput } from '../../src/lib/site/outputs/prune-output.ts';

describe('pruning the output folder of what the previous build left', () => {
	const root = mkdtempSync(join(tmpdir(), 'prune-output-'));
	after(() => rmSync(root, { recursive: true, force: true }));
	const since = Date.now() - 60_000;
	const old = (since - 60_000) / 1000;
	/** Writes `files` under a new folder, those named in `stale` dated before `since`. */
	const site = (name: string, files: readonly string[], stale: readonly string[]) => {
		const dir = join(root, name);
		for (const file of files) {
			mkdirSync(dirname(join(dir, file)), { recursive: true });
			writeFileSync(join(dir, file), file);
			if (stale.includes(file)) utimesSync(join(dir, file), old, old);
		}
		return dir;
	};
	const listing = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

	it("removes the previous build's files that this build did not write, and the folders they leave empty", () => {
		const dir = site(
			'a',
			['bai-viet/gone/index.html', 'bai-viet/kept/index.html', 'bai-viet/new/index.html', 'rss.xml', '_astro/old.css'],
			['bai-viet/gone/index.html', 'bai-viet/kept/index.html', '_astro/old.css'],
		);
		const removed = pruneOutput(dir, { since, keep: new Set(['bai-viet/kept/index.html']), skip: 'pagefind' });
		assert.equal(removed, 2);
		assert.deepEqual(listing(dir), [
			'bai-viet',
			'bai-viet/kept',
			'bai-viet/kept/index.html',
			'bai-viet/new',
			'bai-viet/new/index.html',
			'rss.xml',
		]);
	});

	it('never enters the folder it is told to skip', () => {
		const dir = site('b', ['pagefind/0/pagefind.js', 'pagefind/old.pf_index'], ['pagefind/old.pf_index']);
		assert.equal(pruneOutput(dir, { since, keep: new Set(), skip: 'pagefind' }), 0);
		assert.equal(existsSync(join(dir, 'pagefind/old.pf_index')), true);
	});

	it('keeps a folder that still holds a file of this build, and the folder itself', () => {
		const dir = site('c', ['tinh/x/old.csv', 'tinh/x/index.html'], ['tinh/x/old.csv']);
		assert.equal(pruneOutput(dir, { since, keep: new Set(), skip: 'pagefind' }), 1);
		assert.deepEqual(listing(dir), ['tinh', 'tinh/x', 'tinh/x/index.html']);
		assert.equal(existsSync(dir), true);
	});

	it('removes nothing from a folder that is not there', () => {
		assert.equal(pruneOutput(join(root, 'missing'), { since, keep: new Set(), skip: 'pagefind' }), 0);
	});
});
