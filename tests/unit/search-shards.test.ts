/**
 * The search index's shards (src/lib/site/search/shards.ts) and the date-ordered merge of their
 * results (merge-sorted.ts): the shards a cold and an incremental build cut must be the same,
 * change with the site's size only at doublings, and a merge must give every result once, in
 * the order one index would.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inOrder, mergeSorted } from '../../src/lib/site/search/merge-sorted.ts';
import { doubtfulWords, prefixesFound, queryWords, shardsToKeep } from '../../src/lib/site/search/shard-fallback.ts';
import {
	MAX_SHARDS,
	SHARD_PAGES,
	shardCount,
	shardDir,
	shardGroups,
	shardOf,
	shardPagesSetting,
} from '../../src/lib/site/search/shards.ts';

const ids = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `gen-${String(from + i).padStart(6, '0')}`);

describe('shardCount', () => {
	it('is one index up to SHARD_PAGES briefings, then doubles only as the site doubles', () => {
		assert.equal(shardCount(0), 1);
		assert.equal(shardCount(SHARD_PAGES), 1);
		assert.equal(shardCount(SHARD_PAGES + 1), 2);
		assert.equal(shardCount(2000), 2);
		assert.equal(shardCount(2 * SHARD_PAGES), 2);
		assert.equal(shardCount(2 * SHARD_PAGES + 1), 4);
		assert.equal(shardCount(10_000), 8);
		assert.equal(shardCount(10_001), 8, 'adding one article to 10,000 keeps the shards');
		assert.equal(shardCount(9_999), 8, 'deleting one keeps them too');
	});

	it('stops at MAX_SHARDS, the shards growing instead', () => {
		assert.equal(shardCount(50_000), MAX_SHARDS);
		assert.equal(shardCount(1_000_000), MAX_SHARDS);
	});
});

describe('shardOf and shardGroups', () => {
	it('puts each id in one shard, the same every time, and keeps the order given', () => {
		const all = ids(3000);
		const groups = shardGroups(all, 4);
		assert.equal(groups.length, 4);
		assert.deepEqual(groups.flat().sort(), [...all].sort());
		for (const [k, group] of groups.entries()) {
			for (const id of group) assert.equal(shardOf(id, 4), k, id);
			assert.deepEqual(group, [...group].sort(), `shard ${k} in id order`);
		}
		assert.deepEqual(shardGroups(all, 4), groups);
	});

	it('spreads ids evenly (within 10% of the mean)', () => {
		for (const shards of [2, 8, 16]) {
			const sizes = shardGroups(ids(10_000), shards).map((g) => g.length);
			const mean = 10_000 / shards;
			for (const size of sizes) assert.ok(Math.abs(size - mean) < mean * 0.1, `${shards} shards: ${sizes.join(', ')}`);
		}
	});

	it('moves a briefing only to the half of its shard when the count doubles', () => {
		for (const id of ids(500)) {
			const k = shardOf(id, 4);
			assert.ok([k, k + 4].includes(shardOf(id, 8)), id);
		}
	});

	it('depends on the id only: adding a briefing changes one shard', () => {
		const before = shardGroups(ids(2000), 2);
		const after = shardGroups([...ids(2000), 'nam-po-2024-1a2b3c'], 2);
		const changed = after.filter((g, k) => g.join() !== before[k]?.join());
		assert.equal(changed.length, 1);
		assert.ok(shardOf('Nậm Pồ', 8) >= 0 && shardOf('Nậm Pồ', 8) < 8);
	});

	it('names the folder of a shard', () => {
		assert.equal(shardDir(3), '3/');
	});
});

describe('mergeSorted', () => {
	interface R {
		readonly url: string;
		readonly date: string;
	}
	const r = (url: string, date: string): R => ({ url, date });
	const shardA = [r('a1', '2024-11-19'), r('a2', '2024-03-02'), r('a3', '2023-01-05')];
	const shardB = [r('b1', '2024-12-01'), r('b2', '2024-03-02'), r('b3', '0000-00-00')];
	const shardC: R[] = [];

	it('merges lists in date order, newest first, ties in list order', async () => {
		const read: string[] = [];
		const merged = mergeSorted(
			[shardA, shardB, shardC],
			async (x) => {
				read.push(x.url);
				return x.date;
			},
			'desc',
		);
		assert.equal(merged.count, 6);
		assert.deepEqual(
			(await merged.next(2)).map((x) => x.url),
			['b1', 'a1'],
		);
		// Only the heads of the lists were read, each once: not the whole lists.
		assert.deepEqual(read.sort(), ['a1', 'b1', 'b2']);
		assert.deepEqual(
			(await merged.next(10)).map((x) => x.url),
			['a2', 'b2', 'a3', 'b3'],
		);
		assert.deepEqual(await merged.next(10), []);
	});

	it('merges oldest first, undated first as Pagefind sorts them', async () => {
		const asc = (list: R[]) => [...list].reverse();
		const merged = mergeSorted([asc(shardA), asc(shardB)], async (x) => x.date, 'asc');
		assert.deepEqual(
			(await merged.next(6)).map((x) => x.url),
			['b3', 'a3', 'a2', 'b2', 'a1', 'b1'],
		);
	});

	it('gives the order one sorted list of all results would', async () => {
		const dates = Array.from(
			{ length: 60 },
			(_, i) => `2024-${String((i % 12) + 1).padStart(2, '0')}-${String(((i * 7) % 28) + 1).padStart(2, '0')}`,
		);
		const all = dates.map((d, i) => r(`p${i}`, d));
		const byDate = (list: R[]) => [...list].sort((x, y) => y.date.localeCompare(x.date));
		const lists = [0, 1, 2, 3].map((k) => byDate(all.filter((_, i) => i % 4 === k)));
		const merged = mergeSorted(lists, async (x) => x.date, 'desc');
		const out = [...(await merged.next(25)), ...(await merged.next(100))];
		assert.deepEqual(
			out.map((x) => x.date),
			byDate(all).map((x) => x.date),
		);
		assert.deepEqual(new Set(out.map((x) => x.url)).size, all.length);
	});
});

describe('inOrder', () => {
	it('gives a list a page at a time', async () => {
		const list = inOrder(['a', 'b', 'c']);
		assert.equal(list.count, 3);
		assert.deepEqual(await list.next(2), ['a', 'b']);
		assert.deepEqual(await list.next(2), ['c']);
		assert.deepEqual(await list.next(2), []);
	});
});

describe('shardPagesSetting', () => {
	it('reads SEARCH_SHARD_PAGES when it is a whole number above 0', () => {
		assert.equal(shardPagesSetting({ SEARCH_SHARD_PAGES: '2' }), 2);
		assert.equal(shardCount(5, shardPagesSetting({ SEARCH_SHARD_PAGES: '2' })), 4);
		for (const v of [undefined, '', '0', '-3', '2.5', 'many']) {
			assert.equal(shardPagesSetting({ SEARCH_SHARD_PAGES: v }), SHARD_PAGES, String(v));
		}
	});
});

describe('a shard that matched a word by a shorter one', () => {
	it('reads the query as folded prefixes', () => {
		assert.deepEqual(
			queryWords('  Nậm  Pồ, 1.630 – Đông ').map((w) => w.prefix),
			['nam', 'po', '1630', 'dong'],
		);
		assert.deepEqual(
			queryWords('Nậm Pồ').map((w) => w.word),
			['Nậm', 'Pồ'],
		);
	});

	it('finds a word starting with each prefix in the text or metadata, loosely', () => {
		const texts = ['Huyện Nậm-Pồ đạt 1.630 tỷ đồng', 'Vu A Bang'];
		assert.deepEqual(prefixesFound(texts, ['nam', 'po', 'nampo', '163', 'dong', 'bang', 'pa']), [
			true,
			true,
			true,
			true,
			true,
			true,
			false,
		]);
	});

	it('doubts the words some shard’s first result lacks', () => {
		assert.deepEqual(doubtfulWords([null, null]), []);
		assert.deepEqual(doubtfulWords([[true, true], null, [true, false]]), [1]);
	});

	it('drops a shard that lacks a word the site has, keeps all when the site lacks it', () => {
		const heads = [[true, true], null, [true, false]];
		// "po" is in the site (shard 0 has it): shard 2 matched "p" instead, as one index would not.
		assert.deepEqual(shardsToKeep(heads, [true, true]), [true, false, false]);
		// No page has it: every shard fell back, as one index does.
		assert.deepEqual(shardsToKeep(heads, [true, false]), [true, false, true]);
	});
});
