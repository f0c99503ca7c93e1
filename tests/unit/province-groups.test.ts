/**
 * The downloads' groups by province (src/lib/site/outputs/province-groups.ts): every province,
 * district, briefing and official page exactly once, each in its province's group in the model's
 * order, and those of no province in a last group only when there are any.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import type { SiteModel } from '../../src/lib/site/model/types.ts';
import { provinceGroups } from '../../src/lib/site/outputs/province-groups.ts';
import { item } from '../support/entries.ts';

const site = buildSite([
	item('a', { officials: [{ name: 'Vừ A Bằng' }] }),
	item('b', { district: 'Mường Chà', date: '2024-10-02' }),
	item('c', { province: 'Hà Nội', district: 'Ba Vì', date: '2023-06-13', officials: [{ name: 'Nguyễn Văn Ba' }] }),
	item('d', { province: 'Lai Châu', district: 'Mường Tè', date: '2023-10-06' }),
	item('e', { province: 'Điện Biên', district: null, date: '2024-01-05', officials: [{ name: 'Lò Văn Mừng' }] }),
	item('n', { province: null, district: null, date: '2024-02-01', officials: [{ name: 'Không Tỉnh' }] }),
]);

/** The model's own pages of each kind, in its order, by a name of each. */
const names = (model: Pick<SiteModel, 'provinces' | 'districts' | 'briefings' | 'officials'>) => ({
	provinces: model.provinces.map((p) => p.ref.path),
	districts: model.districts.map((d) => d.ref.path),
	briefings: model.briefings.map((b) => b.id),
	officials: model.officials.map((o) => o.ref.path),
});

describe('provinceGroups', () => {
	const groups = provinceGroups(site);

	it('holds every page exactly once, each kind in the model order within a group', () => {
		const all = names(site);
		const flat = {
			provinces: groups.flatMap((g) => g.provinces.map((p) => p.ref.path)),
			districts: groups.flatMap((g) => g.districts.map((d) => d.ref.path)),
			briefings: groups.flatMap((g) => g.briefings.map((b) => b.id)),
			officials: groups.flatMap((g) => g.officials.map((o) => o.ref.path)),
		};
		for (const kind of ['provinces', 'districts', 'briefings', 'officials'] as const) {
			assert.deepEqual([...flat[kind]].sort(), [...all[kind]].sort(), kind);
			for (const g of groups) {
				const mine = names(g)[kind];
				assert.deepEqual(
					mine,
					all[kind].filter((x) => mine.includes(x)),
					`${kind} in the model's order`,
				);
			}
		}
	});

	it("groups by province, in the model's order of provinces, the briefings without one last", () => {
		assert.deepEqual(
			groups.slice(0, -1).map((g) => g.provinces.map((p) => p.ref.name)),
			site.provinces.map((p) => [p.ref.name]),
		);
		for (const g of groups.slice(0, -1)) {
			const province = g.provinces[0]?.ref.path;
			assert.ok(g.districts.every((d) => d.ref.province.path === province));
			assert.ok(g.briefings.every((b) => b.province?.path === province));
			assert.ok(g.officials.every((o) => o.ref.province.path === province));
		}
		const dienBien = groups.find((g) => g.provinces[0]?.ref.name === 'Điện Biên');
		assert.deepEqual(dienBien?.briefings.map((b) => b.id).sort(), ['a', 'b', 'e']);
		assert.deepEqual(groups.at(-1)?.provinces, []);
		assert.deepEqual(
			groups.at(-1)?.briefings.map((b) => b.id),
			['n'],
		);
	});

	it('has no last group when every page has a province', () => {
		const placed = buildSite([item('a'), item('c', { province: 'Hà Nội', district: 'Ba Vì' })]);
		assert.deepEqual(
			provinceGroups(placed).map((g) => g.provinces.length),
			[1, 1],
		);
		assert.deepEqual(provinceGroups(buildSite([])), []);
	});

	it('puts a page of a province the model does not list in the last group', () => {
		const [province] = site.provinces;
		assert.ok(province);
		const withoutProvinces = { ...site, provinces: [] };
		const [only] = provinceGroups(withoutProvinces);
		assert.equal(provinceGroups(withoutProvinces).length, 1);
		assert.deepEqual(names(only ?? withoutProvinces), { ...names(site), provinces: [] });
	});
});
