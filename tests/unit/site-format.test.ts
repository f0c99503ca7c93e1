import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatPeriod, formatSpan } from '../../src/lib/format/dates.ts';
import {
	articleWording,
	formatFigure,
	hedgeOf,
	indicatorName,
	isThreshold,
	measureLabel,
	measureName,
	withHedge,
} from '../../src/lib/format/indicators.ts';
import { formatNumber, formatSigned, WRITTEN_MAX, withUnit } from '../../src/lib/format/numbers.ts';
import { dotJoin, inSentence, placeLabel } from '../../src/lib/format/text.ts';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import { briefingRecords, briefingsJson, briefingsJsonChunks } from '../../src/lib/site/outputs/briefings-json.ts';
import { jsonForWeb } from '../../src/lib/site/outputs/json-for-web.ts';
import { withBase } from '../../src/lib/site/paths.ts';
import { bodyLinks } from '../../src/lib/site/present/body-links.ts';
import { item } from '../support/entries.ts';

describe('figures', () => {
	it('writes numbers the Vietnamese way', () => {
		assert.equal(formatFigure('value', { value: 1401.351 }, 'tỷ đồng'), '1.401,351 tỷ đồng');
		assert.equal(formatFigure('value', { value: 12100.1 }, 'ha'), '12.100,1 ha');
	});
	it('keeps the hedge of each measure', () => {
		assert.equal(formatFigure('value', { value: 1630, hedge: 'gần' }, 'tỷ đồng'), 'gần 1.630 tỷ đồng');
		assert.equal(formatFigure('planPercent', { value: 105, hedge: 'trên' }, '%'), 'trên 105%');
		assert.equal(formatFigure('planPercent', { value: 50, hedge: 'dưới' }, '%'), 'dưới 50%');
		assert.equal(formatFigure('yoyPercent', { value: 110, hedge: 'hơn' }, '%'), 'hơn 110%');
		assert.equal(formatFigure('value', { value: 16, of: 33, hedge: 'hơn' }, 'chỉ tiêu'), 'hơn 16/33 chỉ tiêu');
	});
	it('says a hedged change in words', () => {
		assert.equal(formatFigure('change', { value: 6, hedge: 'gần' }, '%'), 'tăng gần 6%');
		assert.equal(formatFigure('change', { value: -1200, hedge: 'hơn' }, 'tấn'), 'giảm hơn 1.200 tấn');
	});
	it('words a threshold as one, its hedge around the number', () => {
		assert.equal(formatFigure('planPercent', { value: 70, hedge: 'từ … trở lên' }, '%'), 'ngưỡng từ 70% trở lên');
		assert.equal(formatFigure('planPercent', { value: 60, hedge: 'tối thiểu' }, '%'), 'ngưỡng tối thiểu 60%');
		assert.equal(isThreshold('trên'), false);
		assert.equal(isThreshold(undefined), false);
		assert.equal(withHedge('5 ha', 'trở lên …'), 'trở lên 5 ha');
		assert.equal(withHedge('5 ha', '… trở lên'), '5 ha trở lên');
	});
	it('writes counts out of a whole', () => assert.equal(formatFigure('value', { value: 16, of: 33 }, ''), '16/33'));
	it('writes per cents without a space', () => {
		assert.equal(formatFigure('planPercent', { value: 113.2 }, '%'), '113,2%');
		assert.equal(formatFigure('value', { value: 56.4 }, '%'), '56,4%');
	});
	it('signs changes with a true minus', () => {
		assert.equal(formatFigure('change', { value: 1200 }, 'tấn'), '+1.200 tấn');
		assert.equal(formatFigure('change', { value: -2.5 }, '%'), '−2,5%');
		assert.equal(formatSigned(0), '0');
	});
	it('leaves a unitless number bare', () => assert.equal(withUnit('217', ''), '217'));
	it('writes a number the same the second time, zero and minus zero apart, past its memory too', () => {
		const intl = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });
		for (const n of [1401.351, -0, 0, -0, 1401.351, Number.NaN])
			assert.equal(formatNumber(n), intl.format(n), String(n));
		assert.equal(formatNumber(-0), '-0');
		// Past its bound the memory is emptied and begun again: the numbers are still written right.
		for (let i = 1; i <= WRITTEN_MAX + 10; i++) formatNumber(i / 8);
		for (const n of [1 / 8, 3, (WRITTEN_MAX + 10) / 8, 1401.351])
			assert.equal(formatNumber(n), intl.format(n), String(n));
	});
	it('reads the hedge of a measure from hedges, never from the qualifier of version 1', () => {
		assert.equal(hedgeOf({ hedges: { planPercent: 'trên' } }, 'planPercent'), 'trên');
		assert.equal(hedgeOf({ hedges: { planPercent: 'trên' } }, 'value'), undefined);
		assert.equal(hedgeOf({}, 'value'), undefined);
	});
});

describe('periods and names', () => {
	it('names each period the way reports do', () => {
		assert.deepEqual(
			([3, 6, 9, 12] as const).map((months) => formatPeriod({ year: 2023, months })),
			['quý I/2023', '6 tháng đầu năm 2023', '9 tháng năm 2023', 'năm 2023'],
		);
	});
	it('uses the project name of a known indicator, the article wording of another', () => {
		assert.equal(indicatorName('budget-revenue', 'thu ngân sách nhà nước'), 'Thu ngân sách');
		assert.equal(indicatorName('other', 'trồng mới cây quế'), 'Trồng mới cây quế');
	});
	it('names a measure by its indicator and what it measures, with nothing after a measure of no unit', () => {
		const measure = { key: 'budget-revenue', label: 'thu ngân sách', field: 'value', unit: 'tỷ đồng' } as const;
		assert.equal(measureName(measure), 'Thu ngân sách (tỷ đồng)');
		assert.equal(measureName({ ...measure, field: 'planPercent', unit: '%' }), 'Thu ngân sách % kế hoạch');
		assert.equal(measureName({ ...measure, key: 'other', label: 'số mô hình', unit: '' }), 'Số mô hình');
	});
});

describe('bodyLinks', () => {
	const site = buildSite([
		item('a', {
			district: 'Điện Biên',
			districts: ['Điện Biên', 'Nậm Pồ'],
			officials: [{ name: 'Vừ A Bằng' }],
		}),
	]);
	const b = site.byId.get('a');
	it('links officials, the province and every district, through the base path', () => {
		assert.ok(b);
		assert.deepEqual(
			bodyLinks(b, (p) => withBase('/briefings/', p)).map((l) => [l.text, l.href]),
			[
				['Vừ A Bằng', '/briefings/quan-chuc/dien-bien/vu-a-bang/'],
				['Điện Biên', '/briefings/tinh/dien-bien/'],
				['huyện Điện Biên', '/briefings/tinh/dien-bien/dien-bien/'],
				['Nậm Pồ', '/briefings/tinh/dien-bien/nam-po/'],
			],
		);
	});
});

describe('briefingRecords', () => {
	const site = buildSite([
		item('a', {
			title: 'Làm việc với huyện Nậm Pồ',
			officials: [{ name: 'Vừ A Bằng', title: 'Phó Chủ tịch UBND tỉnh' }],
			indicators: [{ key: 'budget-revenue', label: 'thu ngân sách', planPercent: 78 }],
			period: { year: 2024, months: 12 },
			source: { outlet: 'Điện Biên TV', url: null, author: 'Chí Công' },
		}),
		item('r', { district: null, districts: ['Nậm Pồ'], codes: { province: '11', district: null } }),
	]);
	const records = briefingRecords(site.briefings, (p) => new URL(withBase('/briefings/', p), 'https://x.org').href);
	it("makes briefings.json of the records, put together from each record's bytes", () => {
		const url = (p: string) => new URL(withBase('/briefings/', p), 'https://x.org').href;
		const hostile = buildSite([item('h', { title: 'Tít <script>"&"</script>\nhai dòng', body: [] })]).briefings;
		for (const list of [site.briefings, [...site.briefings].reverse(), [], hostile]) {
			const file = jsonForWeb(briefingRecords(list, url));
			const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
			assert.equal(text(briefingsJson(list, url)), file);
			assert.equal(text(briefingsJson(list, url)), file, 'from the records made the first time');
			assert.equal(text(Buffer.concat([...briefingsJsonChunks(list, url)])), file, 'in pieces');
		}
	});

	it('gives the contract facts with absolute URLs', () => {
		const a = records.find((r) => r.id === 'a');
		assert.deepEqual(a, {
			id: 'a',
			url: 'https://x.org/briefings/bai-viet/a/',
			title: 'Làm việc với huyện Nậm Pồ',
			date: '2024-11-19',
			province: { name: 'Điện Biên', url: 'https://x.org/briefings/tinh/dien-bien/' },
			district: { name: 'Nậm Pồ', url: 'https://x.org/briefings/tinh/dien-bien/nam-po/' },
			districts: ['Nậm Pồ'],
			kind: 'working-visit',
			period: { year: 2024, months: 12 },
			officials: [
				{
					name: 'Vừ A Bằng',
					title: 'Phó Chủ tịch UBND tỉnh',
					level: 'province',
					role: 'lead',
					url: 'https://x.org/briefings/quan-chuc/dien-bien/vu-a-bang/',
				},
			],
			indicators: [{ key: 'budget-revenue', label: 'thu ngân sách', planPercent: 78 }],
			source: { outlet: 'Điện Biên TV', url: null, author: 'Chí Công' },
		});
	});
	it('gives a round-up a null district', () => assert.equal(records.find((r) => r.id === 'r')?.district, null));
});

describe('list lines', () => {
	const site = buildSite([
		item('a'),
		item('r', { district: null, districts: ['Nậm Pồ', 'Mường Chà'], codes: { province: '11', district: null } }),
	]);
	const a = site.byId.get('a');
	const r = site.byId.get('r');
	it('says where a briefing is, as much as the list needs', () => {
		assert.ok(a && r);
		assert.equal(placeLabel(a, 'full'), 'Huyện Nậm Pồ, Điện Biên');
		assert.equal(placeLabel(a, 'district'), 'Huyện Nậm Pồ');
		assert.equal(placeLabel(a, 'none'), null);
		assert.equal(placeLabel(r, 'full'), '2 huyện, Điện Biên');
	});
	it('joins the parts that are present', () =>
		assert.equal(dotJoin(['Hội nghị', null, '', false, 'năm 2024']), 'Hội nghị · năm 2024'));
	it('writes a span of days', () => {
		assert.equal(formatSpan({ first: '2023-06-13', last: '2024-11-19' }), '13/06/2023 – 19/11/2024');
		assert.equal(formatSpan({ first: '2023-06-13', last: '2023-06-13' }), '13/06/2023');
		assert.equal(formatSpan(null), 'Chưa rõ ngày');
	});
	it('puts a place name inside a sentence', () => assert.equal(inSentence('Tỉnh Điện Biên'), 'tỉnh Điện Biên'));
	it('names measures', () => {
		assert.deepEqual(
			[
				measureLabel('value', 'tấn'),
				measureLabel('planPercent', '%'),
				measureLabel('change', '%'),
				measureLabel('value', ''),
			],
			['(tấn)', '% kế hoạch', 'tăng, giảm (%)', ''],
		);
		assert.equal(articleWording('budget-revenue', 'Thu ngân sách'), null);
		assert.equal(articleWording('budget-revenue', 'thu ngân sách trên địa bàn'), 'thu ngân sách trên địa bàn');
	});
	it('compares wordings the same once it has remembered many', () => {
		for (let n = 0; n < 10_050; n++) articleWording('budget-revenue', `thu ngân sách ${n}`);
		assert.equal(articleWording('budget-revenue', '  THU   Ngân sách '), null);
		assert.equal(articleWording('budget-revenue', 'thu ngân sách 7'), 'thu ngân sách 7');
	});
});
