import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import { rankingCsv, rankingRows } from '../../src/lib/site/outputs/ranking-csv.ts';
import { paths, routeParams } from '../../src/lib/site/paths.ts';
import { parseCsv } from '../support/csv.ts';
import { item } from '../support/entries.ts';

const site = buildSite([
	item('np-2023', {
		date: '2023-10-02',
		period: { year: 2023, months: 9 },
		indicators: [{ key: 'budget-revenue', planPercent: 70, planBasis: 'dự toán giao' }],
	}),
	item('np-2024', {
		date: '2024-12-20',
		period: { year: 2024, months: 12 },
		indicators: [
			{ key: 'budget-revenue', planPercent: 105, hedges: { planPercent: 'trên' }, planBasis: 'dự toán tỉnh giao' },
			{ key: 'food-output', value: 24000, unit: 'tấn', hedges: { value: 'hơn' } },
		],
	}),
	item('dbd', {
		district: 'Điện Biên Đông',
		date: '2024-09-29',
		period: { year: 2024, months: 9 },
		indicators: [{ key: 'budget-revenue', planPercent: 112.77 }],
	}),
	item('mc-floor', {
		district: 'Mường Chà',
		date: '2024-10-01',
		indicators: [{ key: 'budget-revenue', planPercent: 70, hedges: { planPercent: 'từ … trở lên' }, target: true }],
	}),
	item('mt', {
		province: 'Lai Châu',
		district: 'Mường Tè',
		date: '2023-10-06',
		period: { year: 2023, months: 9 },
		indicators: [
			{ key: 'budget-revenue', planPercent: 105 },
			{ key: 'other', label: 'trồng quế', value: 5, unit: 'ha' },
		],
	}),
]);
const page = (key: string) => {
	const p = site.indicators.find((i) => i.key === key);
	assert.ok(p, key);
	return p;
};

describe('indicator pages', () => {
	it('makes one page per known indicator some briefing reports, in key order, none for "other"', () => {
		assert.deepEqual(
			site.indicators.map((i) => [i.key, i.name, i.path]),
			[
				['budget-revenue', 'Thu ngân sách', '/chi-so/budget-revenue/'],
				['food-output', 'Sản lượng lương thực', '/chi-so/food-output/'],
			],
		);
	});

	it("ranks every district's latest result site-wide, largest first, equal values sharing a rank", () => {
		const [m, ...rest] = page('budget-revenue').measures;
		assert.equal(rest.length, 0);
		assert.equal(m?.id, 'budget-revenue|planPercent|%');
		assert.deepEqual(
			m?.rows.map((r) => [r.rank, r.district.name, r.point.value, r.point.hedge ?? null, r.point.briefing.id]),
			[
				[1, 'Điện Biên Đông', 112.77, null, 'dbd'],
				[2, 'Nậm Pồ', 105, 'trên', 'np-2024'],
				[2, 'Mường Tè', 105, null, 'mt'],
			],
			'a threshold (Mường Chà "từ 70% trở lên") is no result and gets no row',
		);
	});

	it('keeps the briefings that report the indicator, newest first, thresholds included', () => {
		assert.deepEqual(
			page('budget-revenue').briefings.map((b) => b.id),
			['np-2024', 'mc-floor', 'dbd', 'mt', 'np-2023'],
		);
	});

	it('ranks within each province on a page of its own, provinces by Vietnamese collation', () => {
		const provinces = page('budget-revenue').provinces;
		assert.deepEqual(
			provinces.map((p) => [p.province.name, p.path]),
			[
				['Điện Biên', '/chi-so/budget-revenue/dien-bien/'],
				['Lai Châu', '/chi-so/budget-revenue/lai-chau/'],
			],
		);
		assert.deepEqual(
			provinces[1]?.measures[0]?.rows.map((r) => [r.rank, r.district.name]),
			[[1, 'Mường Tè']],
		);
		assert.deepEqual(
			provinces[0]?.briefings.map((b) => b.id),
			['np-2024', 'mc-floor', 'dbd', 'np-2023'],
		);
	});

	it('builds its pages at the paths links give', () => {
		assert.deepEqual(routeParams.indicatorProvince('grdp', 'dien-bien'), { key: 'grdp', province: 'dien-bien' });
		assert.equal(paths.rankingCsv(paths.indicator('grdp')), '/chi-so/grdp/ranking.csv');
		assert.equal(paths.indicators(), '/chi-so/');
	});
});

describe('ranking.csv', () => {
	const url = (p: string) => `https://example.org${p}`;
	const text = rankingCsv(rankingRows(page('budget-revenue').measures, url));
	const rows = parseCsv(text);

	it('is exactly the ranked table: one row per district, with hedge, basis, period, day and briefing', () => {
		assert.deepEqual(rows[0], [
			'key',
			'field',
			'unit',
			'rank',
			'province',
			'district',
			'value',
			'hedge',
			'basis',
			'period',
			'date',
			'briefing_id',
			'briefing_url',
		]);
		assert.deepEqual(rows.slice(1), [
			[
				'budget-revenue',
				'planPercent',
				'%',
				'1',
				'Điện Biên',
				'Điện Biên Đông',
				'112.77',
				'',
				'',
				'9 tháng 2024',
				'2024-09-29',
				'dbd',
				'https://example.org/bai-viet/dbd/',
			],
			[
				'budget-revenue',
				'planPercent',
				'%',
				'2',
				'Điện Biên',
				'Nậm Pồ',
				'105',
				'trên',
				'dự toán tỉnh giao',
				'Năm 2024',
				'2024-12-20',
				'np-2024',
				'https://example.org/bai-viet/np-2024/',
			],
			[
				'budget-revenue',
				'planPercent',
				'%',
				'2',
				'Lai Châu',
				'Mường Tè',
				'105',
				'',
				'',
				'9 tháng 2023',
				'2023-10-06',
				'mt',
				'https://example.org/bai-viet/mt/',
			],
		]);
	});

	it('starts with a byte-order mark and ends lines with CRLF', () => {
		assert.ok(text.startsWith('\uFEFFkey,field,'));
		assert.ok(text.endsWith('\r\n'));
		assert.equal(text.split('\r\n').length, 5);
	});
});
