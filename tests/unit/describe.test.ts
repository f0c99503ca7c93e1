import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import {
	briefingDescription,
	clip,
	DESCRIPTION_MAX,
	districtDescription,
	homeDescription,
	monthDescription,
	provinceDescription,
	yearDescription,
} from '../../src/lib/site/present/page-descriptions.ts';
import { item } from '../support/entries.ts';

const site = buildSite([
	item('a', {
		date: '2024-11-19',
		summary: 'Ngày 19/11, Tổ công tác của UBND tỉnh đã làm việc với huyện Nậm Pồ.',
		officials: [{ name: 'Vừ A Bằng' }],
		indicators: [
			{ key: 'budget-revenue', label: 'thu ngân sách', value: 78 },
			{ key: 'other', label: 'sản lượng chè', value: 3500 },
		],
	}),
	item('b', { date: '2023-06-13', title: 'Tít bài b' }),
	item('c', { district: 'Điện Biên Đông', date: '2024-11-02' }),
	item('r', { district: null, districts: ['Mường Nhé', 'Tủa Chùa'], date: '2024-10-01' }),
]);
const must = <T>(v: T | undefined): T => {
	assert.ok(v);
	return v;
};

describe('page descriptions', () => {
	it('a briefing: its lede, or its title', () => {
		assert.equal(
			briefingDescription(must(site.byId.get('a'))),
			'Ngày 19/11, Tổ công tác của UBND tỉnh đã làm việc với huyện Nậm Pồ.',
		);
		assert.equal(briefingDescription(must(site.byId.get('b'))), 'Tít bài b');
	});

	it('a district: its briefings, figures and officials', () => {
		assert.equal(
			districtDescription(must(site.districtPage('103'))),
			'Huyện Nậm Pồ (Điện Biên): 2 bài viết, 13/06/2023 – 19/11/2024. Số liệu đã báo cáo: thu ngân sách, sản lượng chè. Quan chức làm việc: Vừ A Bằng.',
		);
		assert.equal(
			districtDescription(must(site.districts.find((d) => d.ref.name === 'Tủa Chùa'))),
			'Huyện Tủa Chùa (Điện Biên) chưa có bài riêng; được nhắc trong 1 bài tổng hợp của tỉnh.',
		);
	});

	it('a province: briefings, districts covered, officials', () => {
		assert.equal(
			provinceDescription(must(site.provincePage('11'))),
			'Tỉnh Điện Biên: 4 bài viết về 2/10 huyện (Điện Biên Đông, Nậm Pồ). 1 quan chức được nêu.',
		);
	});

	it('home, month and year', () => {
		assert.match(homeDescription(site.totals), /: 4 bài viết về 4 huyện của 1 tỉnh, thành/);
		assert.equal(
			monthDescription(must(site.monthPage('2024-11'))),
			'2 bài viết tháng 11/2024, về huyện Điện Biên Đông, huyện Nậm Pồ; theo ngày.',
		);
		assert.equal(
			yearDescription(must(site.years[0])),
			'3 bài viết năm 2024, trong 2 tháng (tháng 10, 11); theo tháng.',
		);
	});

	it('clips long text at a word, with an ellipsis', () => {
		const long = `${'từ '.repeat(200)}cuối`;
		const c = clip(long);
		assert.ok(c.length <= DESCRIPTION_MAX, String(c.length));
		assert.ok(c.endsWith('từ…'));
		assert.equal(clip('  ngắn \n gọn '), 'ngắn gọn');
	});
});
