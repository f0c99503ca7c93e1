import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
	contentDigest,
	fileFacts,
	parseShardRecord,
	recordedDigest,
	recordedDigests,
	recordedPage,
	shardStamp,
} from '../../src/lib/site/search/shard-record.ts';

describe("the record of a search shard's pages", () => {
	const a = { size: 120, mtimeMs: 1765000000123.5, ino: 77 };
	const record = parseShardRecord(
		JSON.stringify({
			x: { file: fileFacts(a), digest: contentDigest('Huyện Nậm Pồ') },
			y: { file: fileFacts({ ...a, ino: 78 }), digest: contentDigest('Tỉnh Điện Biên') },
		}),
	);
	const same = (id: string) => fileFacts(id === 'x' ? a : { ...a, ino: 78 });

	it('gives the recorded digests when every page file is the one read', () => {
		assert.deepEqual(recordedDigests(record, ['x', 'y'], same), [
			{ id: 'x', digest: contentDigest('Huyện Nậm Pồ') },
			{ id: 'y', digest: contentDigest('Tỉnh Điện Biên') },
		]);
	});

	it('gives none when a page was written again, is gone, or was never read', () => {
		assert.equal(
			recordedDigests(record, ['x', 'y'], (id) => (id === 'y' ? fileFacts({ ...a, mtimeMs: 1 }) : same(id))),
			null,
		);
		assert.equal(
			recordedDigests(record, ['x', 'y'], (id) => (id === 'y' ? null : same(id))),
			null,
		);
		assert.equal(recordedDigests(record, ['x', 'z'], same), null);
		assert.equal(
			recordedDigests(record, ['toString'], () => 'x'),
			null,
		);
	});

	it("gives a page's record while its file is the one read, a copy's as a copy with no digest", () => {
		const withCopy = parseShardRecord(
			JSON.stringify({
				x: { file: fileFacts(a), digest: contentDigest('Huyện Nậm Pồ') },
				c: { file: 'f', copy: true },
			}),
		);
		assert.deepEqual(recordedPage(withCopy, 'c', 'f'), { file: 'f', copy: true });
		assert.equal(recordedDigest(recordedPage(withCopy, 'c', 'f')), undefined);
		assert.equal(recordedDigest(recordedPage(withCopy, 'x', fileFacts(a))), contentDigest('Huyện Nậm Pồ'));
		assert.equal(recordedPage(withCopy, 'c', 'g'), undefined, 'written again');
		assert.equal(recordedPage(withCopy, 'c', null), undefined, 'gone');
		assert.equal(recordedPage(withCopy, 'z', 'f'), undefined, 'never read');
		assert.equal(
			recordedDigests(withCopy, ['x', 'c'], (id) => (id === 'c' ? 'f' : same(id))),
			null,
			'a copy has no digest',
		);
	});

	it('tells files apart by size, time and inode', () => {
		const facts = new Set(
			[a, { ...a, size: 121 }, { ...a, mtimeMs: a.mtimeMs + 0.5 }, { ...a, ino: 76 }].map(fileFacts),
		);
		assert.equal(facts.size, 4);
	});

	it('stamps a shard by its code, its number of shards, and its pages in order', () => {
		const pages = [
			{ id: 'x', digest: contentDigest('một') },
			{ id: 'y', digest: contentDigest('hai') },
		];
		const stamp = shardStamp('code', 8, pages);
		assert.match(stamp ?? '', /^[0-9a-f]{64}$/);
		assert.equal(
			shardStamp(
				'code',
				8,
				pages.map((p) => ({ ...p })),
			),
			stamp,
		);
		assert.notEqual(shardStamp('code2', 8, pages), stamp);
		assert.notEqual(shardStamp('code', 16, pages), stamp);
		assert.notEqual(shardStamp('code', 8, [...pages].reverse()), stamp);
		assert.notEqual(
			shardStamp('code', 8, [pages[0] as (typeof pages)[0], { id: 'y', digest: contentDigest('ba') }]),
			stamp,
		);
		assert.equal(shardStamp(null, 8, pages), null);
	});

	it('reads anything unreadable as no record', () => {
		for (const text of [null, '', 'not json', '[]', 'null', '42']) assert.deepEqual(parseShardRecord(text), {});
		assert.deepEqual(
			parseShardRecord(
				'{"x":{"file":1,"digest":"d"},"y":null,"z":{"file":"f","digest":"d"},"c":{"file":"f","copy":true},"k":{"file":"f","copy":1}}',
			),
			{ z: { file: 'f', digest: 'd' }, c: { file: 'f', copy: true } },
		);
	});
});
