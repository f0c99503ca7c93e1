/**
 * The incremental build's page keys (src/lib/site/page-keys.ts): a change to one article changes
 * the key of every page that prints it, and of no other, so no stale page survives a rebuild and
 * unrelated pages are copied.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import type { SiteModel } from '../../src/lib/site/model/types.ts';
import { createDigester, pageKeys } from '../../src/lib/site/page-keys.ts';
import { type ItemSpec, item } from '../support/entries.ts';

describe('createDigester', () => {
	const digest = createDigester();

	it('gives equal values equal digests and tells apart any difference deep inside', () => {
		const a = { x: [1, 'hai', { y: null }], z: true };
		assert.equal(digest(a), digest({ x: [1, 'hai', { y: null }], z: true }));
		assert.notEqual(digest(a), digest({ x: [1, 'hai', { y: 0 }], z: true }));
		assert.notEqual(digest({ y: null }), digest({ y: undefined }));
		assert.notEqual(digest(['a,b']), digest(['a', 'b']));
		assert.notEqual(digest(new Map([['k', 1]])), digest(new Set([['k', 1]])));
		assert.notEqual(digest('x'.repeat(100)), digest('x'.repeat(101)));
	});

	it('hashes a shared object holding objects once: its later changes are not seen by the same digester', () => {
		const shared = { place: { text: 'Nậm Pồ' }, list: [1] };
		const first = digest({ a: shared });
		shared.place.text = 'Mường Tè';
		shared.list.push(2);
		assert.equal(digest({ a: shared }), first, 'a build model is immutable: one digest per object');
		assert.notEqual(createDigester()({ a: shared }), first);
	});

	it('keeps no digest of an object holding only values: it is read again from them', () => {
		const leaf = { text: 'Nậm Pồ' };
		const first = digest({ a: leaf });
		leaf.text = 'Mường Tè';
		assert.notEqual(digest({ a: leaf }), first);
		assert.equal(digest({ a: leaf }), createDigester()({ a: { text: 'Mường Tè' } }));
	});

	it('refuses what it cannot cover: functions, symbols and cycles, naming where', () => {
		assert.throws(() => digest({ page: { f: () => 1 } }), /function at value\.page\.f/);
		assert.throws(() => digest([Symbol('s')]), /symbol at value\[0\]/);
		const loop: { self?: unknown } = {};
		loop.self = loop;
		assert.throws(() => digest(loop), /cycle at value\.self/);
	});
});

describe('createDigester with known digests', () => {
	it('takes a known digest for the object, unread, and reads every other object', () => {
		const unread = Object.defineProperty({}, 'body', {
			enumerable: true,
			get: () => assert.fail('an object with a known digest is not read'),
		});
		const known = new Map<object, string>([[unread, 'a'.repeat(43)]]);
		const digest = createDigester((o) => known.get(o));
		const key = digest({ entry: unread, path: '/bai-viet/a/' });
		assert.equal(key, digest({ entry: unread, path: '/bai-viet/a/' }));
		known.set(unread, 'b'.repeat(43));
		assert.notEqual(createDigester((o) => known.get(o))({ entry: unread, path: '/bai-viet/a/' }), key);
		assert.notEqual(digest({ entry: unread, path: '/bai-viet/b/' }), key);
	});

	it('never takes a known digest for the text of another value', () => {
		const object = {};
		const digest = createDigester((o) => (o === object ? 'abc' : undefined));
		assert.notEqual(digest([object]), digest(['abc']));
		assert.notEqual(digest([object]), createDigester()([{}]));
	});
});

/** Every page's key, by its address. */
function allKeys(model: SiteModel, settings: unknown = { name: 'Bản tin' }): Map<string, string> {
	const keys = pageKeys(model, settings);
	return new Map<string, string>([
		...model.briefings.map((b) => [b.path, keys.briefing(b)] as const),
		...model.copies.map((c) => [`copy:${c.id}`, keys.copy(c.original)] as const),
		...[...model.districts, ...model.provinces, ...model.officials].map((p) => [p.ref.path, keys.page(p)] as const),
		...[...model.years, ...model.months].map((p) => [p.path, keys.page(p)] as const),
	]);
}

/** Addresses whose key differs between two builds (or that exist in one only). */
function changed(before: Map<string, string>, after: Map<string, string>): string[] {
	return [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k)).sort();
}

const official = { name: 'Vừ A Bằng', title: 'Phó Chủ tịch UBND tỉnh' };
const specs: Record<string, ItemSpec> = {
	a: { date: '2024-11-19' },
	b: { date: '2024-11-20', officials: [official] },
	c: { date: '2024-11-05', province: 'Lai Châu', district: 'Mường Tè' },
	d: { date: '2023-03-01', province: 'Lai Châu', district: 'Than Uyên', officials: [{ name: 'Lê Văn Lương' }] },
};
const site = (edit: Record<string, ItemSpec> = {}) =>
	buildSite(Object.entries(specs).map(([id, spec]) => item(id, { ...spec, ...edit[id] })));

describe('pageKeys: which pages a change to one article reaches', () => {
	const before = allKeys(site());

	it('are the same for the same articles', () => {
		assert.deepEqual(allKeys(site()), before);
	});

	it('a new headline: its page, its neighbours, the same month, its district, province, official and dates', () => {
		assert.deepEqual(changed(before, allKeys(site({ b: { title: 'Tiêu đề mới' } }))), [
			'/bai-viet/a/', // previous and next, same month
			'/bai-viet/b/',
			'/bai-viet/c/', // same month
			'/ngay/2024/',
			'/ngay/2024/11/',
			'/quan-chuc/dien-bien/vu-a-bang/',
			'/tinh/dien-bien/',
			'/tinh/dien-bien/nam-po/',
		]);
	});

	it('a new body: only the pages that print the body or the briefing whole, not its neighbours', () => {
		const after = changed(
			before,
			allKeys(site({ b: { body: [{ type: 'paragraph', text: 'Một câu mới của bài.' }] } })),
		);
		assert.ok(after.includes('/bai-viet/b/'));
		assert.ok(!after.includes('/bai-viet/a/') && !after.includes('/bai-viet/c/'), after.join(' '));
	});

	it('a new article: pages it joins change; another province, month and official do not', () => {
		const model = buildSite([
			...Object.entries(specs).map(([id, spec]) => item(id, spec)),
			item('e', { date: '2024-11-21' }),
		]);
		const after = changed(before, allKeys(model));
		for (const page of ['/bai-viet/e/', '/bai-viet/b/', '/tinh/dien-bien/nam-po/', '/ngay/2024/11/']) {
			assert.ok(after.includes(page), page);
		}
		for (const page of [
			'/bai-viet/d/',
			'/tinh/lai-chau/than-uyen/',
			'/ngay/2023/03/',
			'/quan-chuc/lai-chau/le-van-luong/',
		]) {
			assert.ok(!after.includes(page), page);
		}
	});

	it('another setting changes every page (the layout prints the settings)', () => {
		const other = allKeys(site(), { name: 'Tên khác' });
		assert.equal(changed(before, other).length, before.size);
	});
});
