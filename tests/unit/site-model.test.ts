import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import { historyTable } from '../../src/lib/site/model/indicator-series.ts';
import { reportRows } from '../../src/lib/site/model/report-rows.ts';
import type { Briefing, SiteModel } from '../../src/lib/site/model/types.ts';
import { item } from '../support/entries.ts';

const ids = (list: readonly Briefing[]) => list.map((b) => b.id);

function must<T>(value: T | null | undefined, what: string): T {
	assert.ok(value, `${what} is missing`);
	return value;
}

const NAM_PO = '103';
const DIEN_BIEN_DONG = '101';
const DIEN_BIEN = '11';

describe('buildSite: briefings by place and date', () => {
	const site = buildSite([
		item('a', { date: '2024-11-19', time: '15:55' }),
		item('b', { date: '2024-05-02' }),
		item('c', { district: 'Điện Biên Đông', date: '2023-09-29' }),
		item('d', { province: 'Lai Châu', district: 'Mường Tè', date: '2023-10-06' }),
		item('e', { date: null }),
		item('f', { district: 'Điện Biên Đông', date: '2024-11-02' }),
		item('g', { date: '2024-11-19', time: '08:00' }),
	]);
	const b = (id: string) => must(site.byId.get(id), id);

	it('lists briefings newest first, undated last', () =>
		assert.deepEqual(ids(site.briefings), ['a', 'g', 'f', 'b', 'd', 'c', 'e']));

	it('gives each district its own briefings, newest first', () => {
		assert.deepEqual(ids(must(site.districtPage(NAM_PO), 'Nậm Pồ').briefings), ['a', 'g', 'b', 'e']);
		assert.deepEqual(ids(must(site.districtPage(DIEN_BIEN_DONG), 'Điện Biên Đông').briefings), ['f', 'c']);
	});

	it('gives each province every briefing placed in it', () => {
		assert.deepEqual(ids(must(site.provincePage(DIEN_BIEN), 'Điện Biên').briefings), ['a', 'g', 'f', 'b', 'c', 'e']);
		assert.deepEqual(ids(must(site.provincePage('12'), 'Lai Châu').briefings), ['d']);
		assert.equal(site.provincePage('38'), undefined);
	});

	it('lists every district of the province, covered or not', () => {
		const p = must(site.provincePage(DIEN_BIEN), 'Điện Biên');
		assert.equal(p.districts.length, 10);
		assert.equal(p.covered, 2);
		const namPo = must(
			p.districts.find((c) => c.ref.code === NAM_PO),
			'Nậm Pồ',
		);
		assert.equal(namPo.count, 4);
		assert.equal(namPo.latest, '2024-11-19');
		const muongCha = must(
			p.districts.find((c) => c.district.name === 'Mường Chà'),
			'Mường Chà',
		);
		assert.equal(muongCha.page, null);
		assert.equal(muongCha.count, 0);
	});

	it('groups timelines by year, undated last', () => {
		const t = must(site.districtPage(NAM_PO), 'Nậm Pồ').timeline;
		assert.deepEqual(
			t.map((g) => [g.year, ids(g.briefings)]),
			[
				['2024', ['a', 'g', 'b']],
				[null, ['e']],
			],
		);
	});

	it('links previous and next by date in the district, the province and overall', () => {
		const n = site.neighbours(b('g'));
		assert.equal(n.district.prev?.id, 'b');
		assert.equal(n.district.next?.id, 'a', 'same day: by dateline time');
		assert.equal(n.province.prev?.id, 'f');
		assert.equal(n.province.next?.id, 'a');
		assert.equal(n.all.prev?.id, 'f');
		const first = site.neighbours(b('c'));
		assert.equal(first.all.prev, null);
		assert.equal(first.all.next?.id, 'd', 'overall crosses provinces');
		assert.equal(first.province.next?.id, 'b', 'the province skips Lai Châu');
		assert.equal(site.neighbours(b('a')).all.next, null);
	});

	it('gives undated briefings no neighbours and no month', () => {
		const n = site.neighbours(b('e'));
		assert.deepEqual([n.district, n.province, n.all], Array(3).fill({ prev: null, next: null }));
		assert.deepEqual(ids(site.undated), ['e']);
		assert.deepEqual(site.sameMonth(b('e')), { briefings: [], more: false });
		assert.ok(site.months.every((m) => m.days.every((d) => d.briefings.every((x) => x.id !== 'e'))));
	});

	it('lists the other briefings of the same month in date order', () => {
		assert.deepEqual(ids(site.sameMonth(b('a')).briefings), ['f', 'g']);
		assert.equal(site.sameMonth(b('a')).more, false);
		assert.deepEqual(ids(site.sameMonth(b('b')).briefings), []);
	});

	it('buckets months and years', () => {
		assert.deepEqual(
			site.months.map((m) => [m.key, m.count, m.prev, m.next]),
			[
				['2023-09', 1, null, '2023-10'],
				['2023-10', 1, '2023-09', '2024-05'],
				['2024-05', 1, '2023-10', '2024-11'],
				['2024-11', 3, '2024-05', null],
			],
		);
		assert.deepEqual(
			site.years.map((y) => [y.year, y.count, y.months.map((m) => m.key)]),
			[
				['2024', 4, ['2024-05', '2024-11']],
				['2023', 2, ['2023-09', '2023-10']],
			],
		);
		const nov = must(site.monthPage('2024-11'), '2024-11');
		assert.equal(nov.path, '/ngay/2024/11/');
		assert.deepEqual(
			nov.days.map((d) => [d.date, ids(d.briefings)]),
			[
				['2024-11-02', ['f']],
				['2024-11-19', ['g', 'a']],
			],
		);
	});

	it('counts totals and indexes every province of the gazetteer', () => {
		assert.deepEqual(site.totals, { briefings: 7, provinces: 2, districts: 3, officials: 0 });
		assert.equal(site.provinceIndex.length, 63);
		assert.equal(site.provinceIndex.find((p) => p.province.name === 'Điện Biên')?.count, 6);
		assert.equal(site.provinceIndex.find((p) => p.province.name === 'Thanh Hóa')?.page, null);
		assert.deepEqual(
			site.districtIndex.map((g) => [g.province.name, g.districts.map((d) => d.ref.name)]),
			[
				['Điện Biên', ['Điện Biên Đông', 'Nậm Pồ']],
				['Lai Châu', ['Mường Tè']],
			],
		);
	});
});

describe('buildSite: round-ups', () => {
	const site = buildSite([
		item('r', { district: null, districts: ['Nậm Pồ', 'Mường Chà'], codes: { province: '11', district: null } }),
		item('a', { date: '2024-10-01' }),
	]);

	it('puts a round-up under "also in" of each district it reports on', () => {
		assert.deepEqual(ids(must(site.districtPage(NAM_PO), 'Nậm Pồ').alsoIn), ['r']);
		assert.deepEqual(ids(must(site.districtPage(NAM_PO), 'Nậm Pồ').briefings), ['a']);
		const muongCha = must(site.districtPage('097'), 'Mường Chà');
		assert.deepEqual(ids(muongCha.alsoIn), ['r']);
		assert.deepEqual(muongCha.briefings, []);
	});

	it('counts the mention in the province coverage', () => {
		const c = must(site.provincePage(DIEN_BIEN), 'Điện Biên').districts.find((d) => d.ref.code === '097');
		assert.equal(c?.count, 0);
		assert.equal(c?.mentions, 1);
		assert.ok(c?.page);
		const p = must(site.provincePage(DIEN_BIEN), 'Điện Biên');
		assert.deepEqual([p.covered, p.mentionedOnly], [1, 1], 'a round-up mention is not coverage of its own');
	});

	it('gives a round-up no district neighbours', () => {
		const r = must(site.byId.get('r'), 'r');
		assert.deepEqual(site.neighbours(r).district, { prev: null, next: null });
		assert.equal(r.district, null);
		assert.deepEqual(
			r.districts.map((d) => d.name),
			['Nậm Pồ', 'Mường Chà'],
		);
	});
});

describe('reportRows and buildSite: statuses and duplicates', () => {
	const items = [
		item('b-copy', { file: 'content/articles/b-copy.txt', fingerprint: 'same' }),
		item('a-orig', { file: 'content/articles/a-orig.txt', fingerprint: 'same' }),
		item('q', { status: 'quarantined', fingerprint: 'q-text', file: 'content/articles/0-q.txt' }),
		item('q2', { fingerprint: 'q-text', file: 'content/articles/1-q2.txt' }),
		item('w', { status: 'warning' }),
	];

	it('marks the later file of two identical texts a duplicate of the first', () => {
		const rows = reportRows(items);
		assert.deepEqual(
			rows.map((r) => [r.id, r.status, r.duplicateOf]),
			[
				['q', 'quarantined', null],
				['q2', 'published', null],
				['a-orig', 'published', null],
				['b-copy', 'duplicate', 'a-orig'],
				['w', 'warning', null],
			],
		);
	});

	it('publishes published and warning entries only', () => {
		const site = buildSite(items);
		assert.deepEqual(new Set(site.byId.keys()), new Set(['q2', 'a-orig', 'w']));
	});
});

describe('buildSite: officials', () => {
	const site: SiteModel = buildSite([
		item('acting', {
			province: 'Lai Châu',
			district: 'Than Uyên',
			date: '2023-06-13',
			officials: [{ name: 'Tống Thanh Hải', title: 'Quyền Chủ tịch UBND tỉnh' }],
		}),
		item('full', {
			province: 'Lai Châu',
			district: 'Mường Tè',
			date: '2023-10-06',
			officials: [
				{ name: 'Tống Thanh Hải', title: 'Chủ tịch UBND tỉnh' },
				{ name: 'Lê Văn Lương', title: 'Phó Chủ tịch UBND tỉnh', role: 'participant' },
			],
		}),
		item('again', {
			province: 'Lai Châu',
			district: 'Mường Tè',
			date: '2024-01-10',
			officials: [
				{ name: 'TỐNG THANH HẢI'.normalize('NFD'), title: 'Chủ tịch UBND tỉnh' },
				{ name: 'Lê Văn Lương', title: 'Phó Chủ tịch UBND tỉnh' },
				{ name: 'Lê Văn Lường', title: 'Giám đốc Sở Tài chính' },
			],
		}),
		item('db', {
			date: '2024-02-01',
			officials: [{ name: 'Lê Văn Lương', title: 'Bí thư Huyện ủy', level: 'district' }],
		}),
	]);
	const laiChau = (name: string) =>
		must(
			site.officials.find((o) => o.ref.name.normalize('NFC') === name && o.ref.province.name === 'Lai Châu'),
			name,
		);

	it('keys an official by province and name: the same name in two provinces is two people', () => {
		const luong = site.officials.filter((o) => o.ref.name === 'Lê Văn Lương');
		assert.equal(luong.length, 2);
		assert.deepEqual(luong.map((o) => o.ref.path).sort(), [
			'/quan-chuc/dien-bien/le-van-luong/',
			'/quan-chuc/lai-chau/le-van-luong/',
		]);
	});

	it('makes an acting title and the full title later one person with two titles', () => {
		const hai = laiChau('Tống Thanh Hải');
		assert.equal(site.officials.filter((o) => o.ref.key === hai.ref.key).length, 1);
		assert.deepEqual(hai.titles, [
			{ title: 'Quyền Chủ tịch UBND tỉnh', first: '2023-06-13', last: '2023-06-13' },
			{ title: 'Chủ tịch UBND tỉnh', first: '2023-10-06', last: '2024-01-10' },
		]);
		assert.deepEqual(ids(hai.appearances.map((a) => a.briefing)), ['again', 'full', 'acting']);
	});

	it('treats case and Unicode form of a name as the same person', () => {
		const again = must(site.byId.get('again'), 'again');
		assert.equal(again.officials[0]?.ref?.key, laiChau('Tống Thanh Hải').ref.key);
	});

	it('gives names that fold to the same ASCII distinct paths within a province', () => {
		const paths = site.officials.filter((o) => o.ref.province.name === 'Lai Châu').map((o) => o.ref.path);
		assert.equal(new Set(paths).size, paths.length);
		assert.ok(
			paths.includes('/quan-chuc/lai-chau/le-van-luong-2/') || paths.includes('/quan-chuc/lai-chau/le-van-luong/'),
		);
		assert.equal(paths.filter((p) => p.startsWith('/quan-chuc/lai-chau/le-van-luong')).length, 2);
	});

	it('counts who appeared with whom and which districts an official visited', () => {
		const hai = laiChau('Tống Thanh Hải');
		assert.deepEqual(
			hai.companions.map((c) => [c.ref.name, c.count]),
			[
				['Lê Văn Lương', 2],
				['Lê Văn Lường', 1],
			],
		);
		assert.deepEqual(
			hai.districts.map((d) => [d.ref.name, d.count]),
			[
				['Mường Tè', 2],
				['Than Uyên', 1],
			],
		);
	});

	it('lists the officials who came to a district, most appearances first', () => {
		const muongTe = must(site.districtPage('107'), 'Mường Tè');
		assert.deepEqual(
			muongTe.officials.map((o) => [o.ref.name, o.appearances.length]),
			[
				['Lê Văn Lương', 2],
				['Tống Thanh Hải', 2],
				['Lê Văn Lường', 1],
			],
		);
	});

	it('groups officials by province', () => {
		assert.deepEqual(
			site.officialIndex.map((g) => [g.province.name, g.officials.length]),
			[
				['Điện Biên', 1],
				['Lai Châu', 3],
			],
		);
		assert.equal(site.totals.officials, 4);
	});
});

describe('buildSite: indicator history and comparisons', () => {
	const site = buildSite([
		item('np1', {
			date: '2024-05-02',
			indicators: [
				{ key: 'budget-revenue', planPercent: 60, planBasis: 'dự toán' },
				{ key: 'food-output', value: 20000, unit: 'tấn', qualifier: 'hơn', hedges: { value: 'hơn' } },
				{ key: 'other', label: 'trồng quế', value: 600, unit: 'ha' },
			],
		}),
		item('np2', {
			date: '2024-11-19',
			indicators: [
				{ key: 'budget-revenue', planPercent: 78 },
				{ key: 'budget-revenue', planPercent: 99 },
				{ key: 'targets-met', value: 16, of: 33 },
				{ key: 'other', label: 'Trồng quế', value: 1500, unit: 'ha' },
			],
		}),
		item('np0', { date: null, indicators: [{ key: 'budget-revenue', planPercent: 10 }] }),
		item('dbd', {
			district: 'Điện Biên Đông',
			date: '2023-09-29',
			indicators: [
				{ key: 'budget-revenue', planPercent: 112.77 },
				{ key: 'food-output', value: 20000, unit: 'ha' },
				{ key: 'other', label: 'trồng quế', value: 5, unit: 'ha' },
			],
		}),
	]);
	const namPo = must(site.districtPage(NAM_PO), 'Nậm Pồ');
	const series = (id: string) =>
		must(
			namPo.history.find((s) => s.id === id),
			id,
		);

	it('makes one series per indicator, measure and unit, oldest first, undated last', () => {
		const budget = series('budget-revenue|planPercent|%');
		assert.deepEqual(
			budget.points.map((p) => [p.briefing.id, p.value]),
			[
				['np1', 60],
				['np2', 78],
				['np0', 10],
			],
			'one figure per briefing: the first the article gives',
		);
		assert.equal(budget.points[0]?.basis, 'dự toán');
		assert.equal(series('food-output|value|tấn').points[0]?.hedge, 'hơn');
		assert.equal(series('targets-met|value|').points[0]?.of, 33);
	});

	it('keys "other" indicators by their wording, ignoring case', () => {
		assert.deepEqual(
			series('other:trồng quế|value|ha').points.map((p) => p.value),
			[600, 1500],
		);
	});

	it('lays the history out as a table: a column per briefing, empty cells where nothing was reported', () => {
		const table = historyTable(namPo.history);
		assert.deepEqual(ids(table.columns), ['np1', 'np2', 'np0']);
		const food = must(
			table.rows.find((r) => r.series.key === 'food-output'),
			'food row',
		);
		assert.deepEqual(
			food.cells.map((c) => c?.value ?? null),
			[20000, null, null],
		);
	});

	it('compares districts on the same measure with the latest dated value, largest first', () => {
		const p = must(site.provincePage(DIEN_BIEN), 'Điện Biên');
		const budget = must(
			p.comparisons.find((c) => c.id === 'budget-revenue|planPercent|%'),
			'budget comparison',
		);
		assert.deepEqual(
			budget.rows.map((r) => [r.district.name, r.point.value, r.point.briefing.id]),
			[
				['Điện Biên Đông', 112.77, 'dbd'],
				['Nậm Pồ', 78, 'np2'],
			],
		);
	});

	it('compares only known indicators reported in the same unit by two districts or more', () => {
		const p = must(site.provincePage(DIEN_BIEN), 'Điện Biên');
		assert.deepEqual(
			p.comparisons.map((c) => c.id),
			['budget-revenue|planPercent|%'],
		);
	});
});

describe('buildSite: one unit however its scale word is spelled', () => {
	const site = buildSite([
		item('np', { date: '2024-05-02', indicators: [{ key: 'budget-revenue', value: 240, unit: 'tỷ đồng' }] }),
		item('dbd', {
			district: 'Điện Biên Đông',
			date: '2024-05-03',
			indicators: [
				{ key: 'budget-revenue', value: 235, unit: 'tỉ đồng' },
				{ key: 'budget-revenue', value: 1.2, unit: 'ngàn tỷ đồng' },
			],
		}),
		item('np2', { date: '2024-06-02', indicators: [{ key: 'budget-revenue', value: 1.1, unit: 'nghìn tỷ đồng' }] }),
	]);
	it('compares "tỉ đồng" with "tỷ đồng" and "ngàn tỷ" with "nghìn tỷ", never one scale with another', () => {
		const p = must(site.provincePage(DIEN_BIEN), 'Điện Biên');
		assert.deepEqual(
			p.comparisons.map((c) => [c.id, c.rows.map((r) => [r.district.name, r.point.value])]),
			[
				[
					'budget-revenue|value|nghìn tỷ đồng',
					[
						['Điện Biên Đông', 1.2],
						['Nậm Pồ', 1.1],
					],
				],
				[
					'budget-revenue|value|tỷ đồng',
					[
						['Nậm Pồ', 240],
						['Điện Biên Đông', 235],
					],
				],
			],
		);
	});
});

describe('buildSite: a threshold is no result to compare', () => {
	const site = buildSite([
		item('np-early', { date: '2024-05-02', indicators: [{ key: 'budget-revenue', planPercent: 50 }] }),
		item('np-floor', {
			date: '2024-10-01',
			indicators: [{ key: 'budget-revenue', planPercent: 70, hedges: { planPercent: 'từ … trở lên' }, target: true }],
		}),
		item('dbd-result', {
			district: 'Điện Biên Đông',
			date: '2024-09-29',
			indicators: [{ key: 'budget-revenue', planPercent: 80, hedges: { planPercent: 'gần' } }],
		}),
	]);
	it('compares the latest result, not a later threshold, and keeps each hedge', () => {
		const p = must(site.provincePage(DIEN_BIEN), 'Điện Biên');
		const budget = must(
			p.comparisons.find((c) => c.id === 'budget-revenue|planPercent|%'),
			'budget comparison',
		);
		assert.deepEqual(
			budget.rows.map((r) => [r.district.name, r.point.value, r.point.hedge ?? null]),
			[
				['Điện Biên Đông', 80, 'gần'],
				['Nậm Pồ', 50, null],
			],
		);
	});
});

describe('buildSite: a round-up ranking districts', () => {
	const site = buildSite([
		item('np', { date: '2024-10-01', indicators: [{ key: 'public-investment-disbursement', planPercent: 40 }] }),
		item('roundup', {
			date: '2024-11-01',
			district: null,
			districts: ['Nậm Pồ', 'Điện Biên Đông', 'Mường Chà'],
			codes: { province: '11', district: null },
			indicators: [
				{ key: 'public-investment-disbursement', planPercent: 30 },
				{ key: 'public-investment-disbursement', planPercent: 55, district: 'Nậm Pồ' },
				{ key: 'public-investment-disbursement', planPercent: 41, district: 'Điện Biên Đông' },
				{ key: 'public-investment-disbursement', planPercent: 12, district: 'Mường Chà' },
			],
		}),
	]);

	it("puts a round-up's figure about a district in that district's history, and only that one", () => {
		const namPo = must(site.districtPage(NAM_PO), 'Nậm Pồ');
		const s = must(
			namPo.history.find((x) => x.id === 'public-investment-disbursement|planPercent|%'),
			'disbursement',
		);
		assert.deepEqual(
			s.points.map((p) => [p.briefing.id, p.value]),
			[
				['np', 40],
				['roundup', 55],
			],
		);
	});

	it('compares the districts of the ranking on the province page', () => {
		const p = must(site.provincePage(DIEN_BIEN), 'Điện Biên');
		const c = must(
			p.comparisons.find((x) => x.id === 'public-investment-disbursement|planPercent|%'),
			'comparison',
		);
		assert.deepEqual(
			c.rows.map((r) => [r.district.name, r.point.value]),
			[
				['Nậm Pồ', 55],
				['Điện Biên Đông', 41],
				['Mường Chà', 12],
			],
		);
	});
});
