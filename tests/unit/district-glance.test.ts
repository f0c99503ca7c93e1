import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import { districtGlance, GLANCE_MAX_INDICATORS } from '../../src/lib/site/present/district-glance.ts';
import { item } from '../support/entries.ts';

const site = buildSite([
	item('old', {
		date: '2023-06-13',
		officials: [{ name: 'Vừ A Bằng' }],
		indicators: [{ key: 'budget-revenue', label: 'thu ngân sách', value: 50, unit: 'tỷ đồng', planPercent: 90 }],
	}),
	item('new', {
		date: '2024-11-19',
		officials: [{ name: 'Vừ A Bằng' }, { name: 'Lò Văn Mừng' }],
		indicators: [
			{ key: 'budget-revenue', label: 'thu ngân sách', value: 78, unit: 'tỷ đồng', hedges: { value: 'gần' } },
			{
				key: 'public-investment-disbursement',
				label: 'giải ngân',
				planPercent: 70,
				hedges: { planPercent: 'từ … trở lên' },
				target: true,
			},
			{ key: 'other', label: 'sản lượng chè', value: 3500, unit: 'tấn' },
		],
	}),
	item('other-district', {
		district: 'Điện Biên Đông',
		date: '2024-11-02',
		indicators: [{ key: 'budget-revenue', label: 'thu ngân sách', value: 120, unit: 'tỷ đồng', planPercent: 80 }],
	}),
]);
const namPo = site.districts.find((d) => d.ref.name === 'Nậm Pồ');
const province = site.provinces.find((p) => p.ref.name === 'Điện Biên');
assert.ok(namPo && province);

describe('districtGlance', () => {
	const glance = districtGlance(namPo, province.comparisons);

	it('gives the latest result and share of plan of each known indicator, ranked in the province', () => {
		const revenue = glance.rows.find((r) => r.label === 'Thu ngân sách');
		assert.ok(revenue, JSON.stringify(glance.rows));
		assert.equal(revenue.path, '/chi-so/budget-revenue/dien-bien/', 'the ranking the rank is read from');
		assert.equal(revenue.value?.text, 'gần 78 tỷ đồng');
		assert.equal(revenue.value?.date, '19/11/2024');
		assert.equal(revenue.value?.path, '/bai-viet/new/');
		assert.deepEqual([revenue.value?.rank, revenue.value?.of], [2, 2], 'behind Điện Biên Đông’s 120');
		// The newest briefing gives no share of plan: the latest one that does.
		assert.equal(revenue.plan?.text, '90%');
		assert.deepEqual([revenue.plan?.rank, revenue.plan?.of], [1, 2]);
	});

	it('leaves out the article’s own wordings and targets that are not results', () => {
		assert.deepEqual(
			glance.rows.map((r) => r.label),
			['Thu ngân sách'],
		);
	});

	it('counts briefings and the officials who came, most often first', () => {
		assert.equal(glance.briefings, 2);
		assert.equal(glance.roundUps, 0);
		assert.deepEqual(
			glance.officials.map((o) => [o.name, o.count]),
			[
				['Vừ A Bằng', 2],
				['Lò Văn Mừng', 1],
			],
		);
	});

	it('has no rank where no other district reported the measure, and at most a few rows', () => {
		const dbd = site.districts.find((d) => d.ref.name === 'Điện Biên Đông');
		assert.ok(dbd);
		const alone = districtGlance(dbd, []);
		assert.equal(alone.briefings, 1);
		assert.equal(alone.rows[0]?.value?.rank, null);
		assert.equal(alone.rows[0]?.value?.of, 1);
		assert.ok(GLANCE_MAX_INDICATORS >= 4);
	});
});

describe('districtGlance of a district known from a round-up only', () => {
	it('counts the round-up apart and takes the figures it gives the district', () => {
		const s = buildSite([
			item('ru', {
				district: null,
				districts: ['Tủa Chùa', 'Mường Chà'],
				indicators: [
					{ key: 'public-investment-disbursement', label: 'giải ngân', planPercent: 55, district: 'Tủa Chùa' },
					{ key: 'public-investment-disbursement', label: 'giải ngân', planPercent: 35, district: 'Mường Chà' },
				],
			}),
		]);
		const page = s.districts.find((d) => d.ref.name === 'Tủa Chùa');
		const province = s.provinces[0];
		assert.ok(page && province);
		const g = districtGlance(page, province.comparisons);
		assert.deepEqual([g.briefings, g.roundUps], [0, 1]);
		assert.equal(g.rows[0]?.plan?.text, '55%');
		assert.deepEqual([g.rows[0]?.plan?.rank, g.rows[0]?.plan?.of], [1, 2]);
	});
});
