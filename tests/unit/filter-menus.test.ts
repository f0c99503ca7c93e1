import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import {
	officialMenuOf,
	officialMenuValue,
	readOfficialMenu,
	searchMenus,
} from '../../src/lib/site/search/filter-menus.ts';
import { searchFacets } from '../../src/lib/site/search/index-fields.ts';
import { item } from '../support/entries.ts';

const site = buildSite([
	item('a', { officials: [{ name: 'Vừ A Bằng', title: 'Phó Chủ tịch UBND tỉnh' }] }),
	item('b', { officials: [{ name: 'Vừ A Bằng' }, { name: 'Lò Văn Mừng' }] }),
	item('c', { province: 'Lai Châu', district: 'Mường Tè', officials: [{ name: 'Lê Văn Lương' }] }),
	item('d', { province: null, district: null, officials: [{ name: 'Nguyễn Văn Nơi' }] }),
]);
const { menus, officials } = searchMenus(site);
const menu = (key: string) => {
	const m = menus.find((x) => x.key === key);
	assert.ok(m, key);
	return m;
};
const province = (name: string) => {
	const p = site.provinces.find((x) => x.ref.name === name);
	assert.ok(p, name);
	return p;
};

describe('searchMenus', () => {
	it('gives the four menus their form names, in the page’s order', () => {
		assert.deepEqual(
			menus.map((m) => [m.key, m.name, m.all]),
			[
				['province', 'tinh', 'Mọi tỉnh, thành'],
				['district', 'huyen', 'Mọi huyện'],
				['official', 'quan-chuc', 'Mọi quan chức'],
				['year', 'nam', 'Mọi năm'],
			],
		);
	});

	it('names each province’s menu file of officials, in its page’s folder', () => {
		assert.deepEqual(
			menu('province').groups.flatMap((g) => g.options.map((o) => [o.value, o.officials])),
			[
				['Điện Biên', '/tinh/dien-bien/quan-chuc.json'],
				['Lai Châu', '/tinh/lai-chau/quan-chuc.json'],
			],
		);
	});

	it('keeps in the page only the officials of no province; each province’s are its own', () => {
		assert.deepEqual(
			menu('official').groups.flatMap((g) => g.options.map((o) => o.value)),
			['Nguyễn Văn Nơi'],
		);
		assert.deepEqual(
			officialMenuOf({ menus, officials }, province('Điện Biên')).map((o) => [o.value, o.label, o.count]),
			[
				['Lò Văn Mừng (Điện Biên)', 'Lò Văn Mừng', 1],
				['Vừ A Bằng (Điện Biên)', 'Vừ A Bằng', 2],
			],
		);
		assert.deepEqual(
			officialMenuOf({ menus, officials }, province('Lai Châu')).map((o) => o.value),
			['Lê Văn Lương (Lai Châu)'],
		);
	});

	it('loses no option of the one menu it replaces', () => {
		const before = searchFacets(site).official.flatMap((g) => g.options);
		const after = [
			...menu('official').groups.flatMap((g) => g.options),
			...site.provinces.flatMap((p) => officialMenuOf({ menus, officials }, p)),
		];
		assert.deepEqual(after.map((o) => o.value).sort(), before.map((o) => o.value).sort());
	});

	it('gives a province with no official an empty menu', () => {
		const quiet = buildSite([item('x')]);
		const m = searchMenus(quiet);
		assert.deepEqual(officialMenuOf(m, quiet.provinces[0] ?? assert.fail('a province')), []);
	});
});

describe('readOfficialMenu', () => {
	it('reads back what officialMenuValue writes', () => {
		const options = officialMenuOf({ menus, officials }, province('Điện Biên'));
		assert.deepEqual(readOfficialMenu(JSON.parse(JSON.stringify(officialMenuValue(options)))), options);
	});

	it('keeps only well-formed options, and none of what is no menu', () => {
		assert.deepEqual(
			readOfficialMenu({
				officials: [
					{ value: 'A (B)', label: 'A', count: 2 },
					{ value: '', label: 'empty', count: 1 },
					{ value: 'C', label: 3, count: 1 },
					{ value: 'D', label: 'D', count: 1.5 },
					null,
					'E',
				],
			}),
			[{ value: 'A (B)', label: 'A', count: 2 }],
		);
		for (const junk of [null, 'x', [], {}, { officials: 'x' }]) assert.deepEqual(readOfficialMenu(junk), []);
	});
});
