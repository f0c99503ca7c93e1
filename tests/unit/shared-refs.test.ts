import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { districts, provinceOf, provinces } from '../../src/lib/places/gazetteer.ts';
import { rankedBy } from '../../src/lib/site/model/indicator-series.ts';
import { districtRef, provinceRef } from '../../src/lib/site/model/refs.ts';

// The model keeps one reference per place for the whole rendering (scripts/README.md, "Memory"):
// a copy per mention made some 60,000 objects at 10,000 articles for every garbage collection to
// walk.
describe('references are shared', () => {
	it('a province has one reference, at every call', () => {
		for (const p of provinces) assert.equal(provinceRef(p), provinceRef(p));
		assert.notEqual(
			provinceRef(provinces[0] as (typeof provinces)[0]),
			provinceRef(provinces[1] as (typeof provinces)[0]),
		);
	});

	it("a district has one reference, whose province is its province's reference", () => {
		for (const d of districts) {
			const ref = districtRef(d);
			assert.equal(districtRef(d), ref);
			assert.equal(ref.province, provinceRef(provinceOf(d.provinceCode)));
		}
	});

	it('a shared reference holds what a fresh one did', () => {
		const d = districts[0] as (typeof districts)[0];
		const p = provinceOf(d.provinceCode);
		assert.deepEqual(Object.keys(districtRef(d)), [
			'code',
			'name',
			'type',
			'typeLabel',
			'fullName',
			'slug',
			'path',
			'province',
		]);
		assert.deepEqual(provinceRef(p), {
			code: p.code,
			name: p.name,
			fullName: p.fullName,
			slug: p.slug,
			path: `/tinh/${p.slug}/`,
		});
	});
});

describe('rankedBy', () => {
	const rows = [
		{ name: 'a', v: 1 },
		{ name: 'b', v: 3 },
		{ name: 'c', v: 3 },
		{ name: 'd', v: 2 },
	];

	it('ranks largest first, equal values sharing a rank, the rank first among the properties', () => {
		const ranked = rankedBy(rows, (r) => r.v);
		assert.deepEqual(ranked, [
			{ rank: 1, name: 'b', v: 3 },
			{ rank: 1, name: 'c', v: 3 },
			{ rank: 3, name: 'd', v: 2 },
			{ rank: 4, name: 'a', v: 1 },
		]);
		assert.deepEqual(Object.keys(ranked[0] as object), ['rank', 'name', 'v']);
	});

	it('makes each ranked row with `withRank` when given', () => {
		assert.deepEqual(
			rankedBy(
				rows,
				(r) => r.v,
				(rank, r) => `${rank}:${r.name}`,
			),
			['1:b', '1:c', '3:d', '4:a'],
		);
	});
});
