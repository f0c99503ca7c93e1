import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import { officialDirectory } from '../../src/lib/site/model/officials.ts';
import { item } from '../support/entries.ts';

// Điện Biên: five officials, named in 1 to 4 briefings ("E" in 4, "A" and "C" in 2); Lai Châu: one.
const site = buildSite([
	item('a1', { officials: [{ name: 'Lò Văn A' }, { name: 'Lò Văn E' }] }),
	item('a2', { officials: [{ name: 'Lò Văn A' }, { name: 'Lò Văn E' }, { name: 'Lò Văn C' }] }),
	item('a3', { officials: [{ name: 'Lò Văn B' }, { name: 'Lò Văn E' }, { name: 'Lò Văn C' }] }),
	item('a4', { officials: [{ name: 'Lò Văn D' }, { name: 'Lò Văn E' }] }),
	item('l1', { province: 'Lai Châu', district: 'Mường Tè', officials: [{ name: 'Lê Văn Lương' }] }),
]);
const names = (g: { officials: readonly { ref: { name: string } }[] } | undefined) =>
	g?.officials.map((o) => o.ref.name);

describe('officialDirectory', () => {
	it('lists every official of a province that has no more than it lists, by name', () => {
		const groups = officialDirectory(site.officialIndex, 5);
		assert.deepEqual(
			groups.map((g) => [g.province.name, g.count]),
			[
				['Điện Biên', 5],
				['Lai Châu', 1],
			],
		);
		assert.deepEqual(names(groups[0]), ['Lò Văn A', 'Lò Văn B', 'Lò Văn C', 'Lò Văn D', 'Lò Văn E']);
		assert.equal(groups[0]?.officials, site.officialIndex[0]?.officials, 'the index’s own list');
	});

	it('lists a larger province’s most named, the most briefings first, ties by name', () => {
		const [dienBien, laiChau] = officialDirectory(site.officialIndex, 3);
		assert.equal(dienBien?.count, 5);
		assert.deepEqual(names(dienBien), ['Lò Văn E', 'Lò Văn A', 'Lò Văn C']);
		assert.deepEqual(names(laiChau), ['Lê Văn Lương']);
		assert.deepEqual(
			names(site.officialIndex[0]),
			['Lò Văn A', 'Lò Văn B', 'Lò Văn C', 'Lò Văn D', 'Lò Văn E'],
			'the index is left in its order',
		);
	});

	it('gives no group when no briefing names an official', () => {
		assert.deepEqual(officialDirectory(buildSite([item('x')]).officialIndex), []);
	});
});
