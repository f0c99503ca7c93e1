/**
 * Under `npm run build` the articles collection's data is in the loader's snapshot, and Astro's
 * data store keeps of each entry only what reusing it takes (src/lib/collection-snapshot.ts,
 * `snapshotOnly`). A cache folder that `astro build` alone used in between (whose store holds
 * the data), or whose kept snapshot is gone, still gives the same pages: an entry held only so is
 * extracted again whenever its snapshot line cannot be had.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import { KEPT_SNAPSHOT } from '../../src/lib/collection-snapshot.ts';
import { type BuiltSite, buildSite, ROOT } from '../support/build-site.ts';

const CACHE = 'collection-store';
const cacheDir = resolve(ROOT, 'tmp/test-cache', CACHE);
const SEEDS = 'tests/fixtures/seeds';
// A phrase of a seed's body: in the snapshot, never in a store that keeps only what reuse takes.
const SEED_TEXT = 'Nậm Pồ';

/** Every page of a built site (its .html files), by path. */
function pages(site: BuiltSite): Map<string, string> {
	const all = new Map<string, string>();
	for (const e of readdirSync(site.dir, { recursive: true, withFileTypes: true })) {
		const path = join(e.parentPath, e.name);
		if (e.isFile() && e.name.endsWith('.html')) all.set(relative(site.dir, path), readFileSync(path, 'utf8'));
	}
	return all;
}

/** The loader's line of how many files it extracted and reused. */
function loaded(site: BuiltSite): string {
	return /\d+ article files: \d+ extracted, \d+ unchanged/.exec(site.log)?.[0] ?? '(no line)';
}

const store = () => readFileSync(join(cacheDir, 'data-store.json'), 'utf8');

let first: Map<string, string>;
before(() => {
	first = pages(buildSite('collection-store', SEEDS, { cache: CACHE, fresh: true }));
});

describe('the collection kept in its snapshot', () => {
	it("leaves in Astro's data store no article's data, only the mark that it is in the snapshot", () => {
		assert.ok(first.size > 20);
		assert.ok(store().includes('inSnapshot'));
		assert.ok(!store().includes(SEED_TEXT));
		assert.ok(readFileSync(join(cacheDir, KEPT_SNAPSHOT), 'utf8').includes(SEED_TEXT));
	});

	it('builds the same pages with the cache of astro build alone, and again after it', () => {
		const alone = buildSite('collection-store-alone', SEEDS, { cache: CACHE, astroAlone: true });
		assert.equal(loaded(alone), '5 article files: 5 extracted, 0 unchanged', 'the store held no data to reuse');
		assert.ok(store().includes(SEED_TEXT), 'astro build alone keeps the data in its store');
		const alonePages = pages(alone);
		assert.deepEqual([...alonePages.keys()].sort(), [...first.keys()].sort());
		for (const [path, html] of alonePages) assert.equal(html, first.get(path), path);
		const again = buildSite('collection-store', SEEDS, { cache: CACHE, keepOutput: true });
		assert.equal(loaded(again), '5 article files: 0 extracted, 5 unchanged');
		assert.ok(!store().includes(SEED_TEXT), 'the data went back to the snapshot');
		assert.deepEqual(pages(again), first);
	});

	it('extracts again the articles whose snapshot line is gone, and builds the same pages', () => {
		rmSync(join(cacheDir, KEPT_SNAPSHOT));
		const without = buildSite('collection-store', SEEDS, { cache: CACHE, keepOutput: true });
		assert.equal(loaded(without), '5 article files: 5 extracted, 0 unchanged');
		assert.deepEqual(pages(without), first);
		assert.ok(existsSync(join(cacheDir, KEPT_SNAPSHOT)));
		const kept = buildSite('collection-store', SEEDS, { cache: CACHE, keepOutput: true });
		assert.equal(loaded(kept), '5 article files: 0 extracted, 5 unchanged');
		assert.deepEqual(pages(kept), first);
	});
});
