import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import { roundUpRankings } from '../../src/lib/site/model/round-ups.ts';
import { repeatNames } from '../../src/lib/site/present/indicator-rows.ts';
import type { Indicator } from '../../src/schemas/briefing.ts';
import { item } from '../support/entries.ts';

const DISB = 'public-investment-disbursement' as const;

describe('roundUpRankings', () => {
	const site = buildSite([
		item('roundup', {
			date: null,
			province: 'Điện Biên',
			district: null,
			districts: ['Nậm Pồ', 'Điện Biên Đông', 'Mường Chà', 'Tuần Giáo'],
			codes: { province: '11', district: null },
			indicators: [
				{
					key: DISB,
					label: 'giải ngân',
					value: 842,
					unit: 'tỷ đồng',
					planPercent: 21.14,
					planBasis: 'kế hoạch vốn năm',
				},
				{ key: DISB, label: 'tỷ lệ giải ngân', planPercent: 24.5, district: 'Điện Biên Đông' },
				{ key: DISB, label: 'tỷ lệ giải ngân', planPercent: 41.38, district: 'Nậm Pồ' },
				{
					key: DISB,
					label: 'tỷ lệ giải ngân',
					planPercent: 7.5,
					hedges: { planPercent: 'gần' },
					district: 'Mường Chà',
				},
				{ key: DISB, label: 'tỷ lệ giải ngân', planPercent: 24.5, district: 'Tuần Giáo' },
				{ key: DISB, label: 'tỷ lệ giải ngân', planPercent: 99, district: 'Nậm Pồ' },
				{
					key: DISB,
					label: 'mục tiêu',
					planPercent: 60,
					hedges: { planPercent: 'tối thiểu' },
					target: true,
					district: 'Tuần Giáo',
				},
				{ key: 'budget-revenue', planPercent: 80, district: 'Nậm Pồ' },
				{ key: 'other', label: 'trồng quế', value: 3, unit: 'ha', district: 'Nậm Pồ' },
				{ key: 'other', label: 'trồng quế', value: 4, unit: 'ha', district: 'Mường Chà' },
			],
		}),
		item('one', { indicators: [{ key: DISB, planPercent: 40 }] }),
	]);
	const roundup = site.byId.get('roundup');
	assert.ok(roundup);
	const [ranking, ...others] = roundUpRankings(roundup);

	it('ranks the districts a round-up gives one measure for, largest first, ties sharing a rank', () => {
		assert.equal(others.length, 0, 'a measure given for one district, or an "other" wording, is no ranking');
		assert.equal(ranking?.id, `${DISB}|planPercent|%`);
		assert.deepEqual(
			ranking?.rows.map((r) => [r.rank, r.name, r.district?.fullName ?? null, r.value, r.hedge ?? null]),
			[
				[1, 'Nậm Pồ', 'Huyện Nậm Pồ', 41.38, null],
				[2, 'Điện Biên Đông', 'Huyện Điện Biên Đông', 24.5, null],
				[2, 'Tuần Giáo', 'Huyện Tuần Giáo', 24.5, null],
				[4, 'Mường Chà', 'Huyện Mường Chà', 7.5, 'gần'],
			],
			"a district's first figure counts; a threshold is never ranked",
		);
	});

	it("draws the article's figure for the whole province as the reference", () => {
		assert.equal(ranking?.whole?.value, 21.14);
		assert.equal(ranking?.whole?.indicator.planBasis, 'kế hoạch vốn năm');
	});

	it('finds no ranking in a briefing about one district', () => {
		const one = site.byId.get('one');
		assert.ok(one);
		assert.deepEqual(roundUpRankings(one), []);
	});

	it('leaves the reference out when the whole is a threshold', () => {
		const s = buildSite([
			item('r', {
				district: null,
				districts: ['Nậm Pồ', 'Mường Chà'],
				codes: { province: '11', district: null },
				indicators: [
					{ key: DISB, planPercent: 70, hedges: { planPercent: 'từ … trở lên' }, target: true },
					{ key: DISB, planPercent: 30, district: 'Nậm Pồ' },
					{ key: DISB, planPercent: 20, district: 'Mường Chà', hedges: { planPercent: 'trên' } },
				],
			}),
		]);
		const [r] = roundUpRankings(s.byId.get('r') as NonNullable<ReturnType<typeof s.byId.get>>);
		assert.equal(r?.whole, null);
		assert.deepEqual(
			r?.rows.map((x) => [x.name, x.hedge ?? null]),
			[
				['Nậm Pồ', null],
				['Mường Chà', 'trên'],
			],
		);
	});
});

describe('repeatNames', () => {
	const ind = (i: Partial<Indicator> & Pick<Indicator, 'key' | 'label'>): Indicator => i;

	it('names twins of one indicator by their own wording and basis, leaves single rows alone', () => {
		assert.deepEqual(
			repeatNames([
				ind({ key: 'budget-revenue', label: 'thu ngân sách', planPercent: 188, planBasis: 'dự toán tỉnh giao' }),
				ind({ key: 'budget-revenue', label: 'thu ngân sách', planPercent: 182, planBasis: 'dự toán huyện giao' }),
				ind({ key: DISB, label: 'giải ngân', planPercent: 48.7, planBasis: 'kế hoạch' }),
				ind({ key: DISB, label: 'tỷ lệ giải ngân vốn', planPercent: 32, planBasis: 'KH' }),
				ind({ key: 'food-output', label: 'sản lượng lương thực', value: 28300 }),
			]),
			[
				'“thu ngân sách”, so với dự toán tỉnh giao',
				'“thu ngân sách”, so với dự toán huyện giao',
				'“giải ngân”, so với kế hoạch',
				'“tỷ lệ giải ngân vốn”, so với KH',
				null,
			],
		);
	});

	it('numbers twins that wording and basis cannot tell apart, by their place in the article', () => {
		assert.deepEqual(
			repeatNames([
				ind({ key: 'targets-met', label: 'chỉ tiêu đạt và vượt', value: 16 }),
				ind({ key: 'targets-met', label: 'Chỉ tiêu đạt và vượt', value: 15 }),
			]),
			['“chỉ tiêu đạt và vượt” (lần nêu thứ 1)', '“Chỉ tiêu đạt và vượt” (lần nêu thứ 2)'],
		);
	});

	it('tells figures about different districts apart by the district, not as twins', () => {
		assert.deepEqual(
			repeatNames([
				ind({ key: DISB, label: 'tỷ lệ giải ngân', planPercent: 41, district: 'Hoài Ân' }),
				ind({ key: DISB, label: 'tỷ lệ giải ngân', planPercent: 26, district: 'Phù Cát' }),
			]),
			[null, null],
		);
	});

	it('names no row when every indicator is given once, other indicators told apart by their wording', () => {
		assert.deepEqual(
			repeatNames([
				ind({ key: 'other', label: 'số hộ thoát nghèo', value: 120 }),
				ind({ key: 'other', label: 'số km đường bê tông', value: 14 }),
				ind({ key: DISB, label: 'giải ngân', planPercent: 48.7 }),
			]),
			[null, null, null],
		);
	});
});
