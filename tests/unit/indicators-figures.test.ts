import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findFigures } from '../../src/lib/extract/indicators/figures.ts';

// The figures of a sentence as [value, of, unit, qualifier]; the scanner reads lower-case text.
function figures(s: string): [number, number | null, string | null, string | null][] {
	return findFigures(s.toLowerCase()).map((f) => [f.value, f.of, f.unit, f.qualifier]);
}

describe('findFigures: numbers, scale words and units', () => {
	const cases: [string, [number, number | null, string | null, string | null][]][] = [
		['ước đạt 1.630 tỷ đồng', [[1630, null, 'tỷ đồng', null]]],
		['đạt 1,6 nghìn tỷ đồng', [[1.6, null, 'nghìn tỷ đồng', null]]],
		['đạt 1,6 ngàn tỷ đồng', [[1.6, null, 'ngàn tỷ đồng', null]]],
		['đạt 45 triệu đồng', [[45, null, 'triệu đồng', null]]],
		['tăng lên 211 tỷ', [[211, null, 'tỷ', null]]],
		['120 triệu USD', [[120, null, 'triệu usd', null]]],
		['500.000 đồng', [[500000, null, 'đồng', null]]],
		['500.000đ', [[500000, null, 'đ', null]]],
		['350 tr.đồng', [[350, null, 'tr.đồng', null]]],
		['45 trđ', [[45, null, 'trđ', null]]],
		['24.000 tấn', [[24000, null, 'tấn', null]]],
		['62 tạ/ha', [[62, null, 'tạ/ha', null]]],
		['600ha cây quế', [[600, null, 'ha', null]]],
		['12.100,1ha', [[12100.1, null, 'ha', null]]],
		['1.388 ha rừng', [[1388, null, 'ha', null]]],
		[
			'500 m2 và 30 m²',
			[
				[500, null, 'm2', null],
				[30, null, 'm²', null],
			],
		],
		['20 km đường', [[20, null, 'km', null]]],
		['đạt 113,2% KH', [[113.2, null, '%', null]]],
		['đạt 113,2 % KH', [[113.2, null, '%', null]]],
		['giảm 1,5 điểm phần trăm', [[1.5, null, 'điểm phần trăm', null]]],
		['13,69 tiêu chí/xã', [[13.69, null, 'tiêu chí/xã', null]]],
		['52 triệu đồng/người/năm', [[52, null, 'triệu đồng/người/năm', null]]],
		['kết nạp 165 đảng viên mới', [[165, null, 'đảng viên', null]]],
		['217 quần chúng ưu tú', [[217, null, 'quần chúng', null]]],
		['hơn 100 dự án', [[100, null, 'dự án', 'hơn']]],
		['85.000 con', [[85000, null, 'con', null]]],
		['1,2 triệu lượt khách', [[1.2, null, 'triệu lượt khách', null]]],
		['3 xã đạt chuẩn', [[3, null, 'xã', null]]],
		// A bare count keeps no unit; the extractor decides whether it is anything.
		['phê duyệt 9 đồ án', [[9, null, null, null]]],
	];
	for (const [s, want] of cases) it(s, () => assert.deepEqual(figures(s), want));

	it('keeps a unit word from swallowing a longer word ("ha" is not "hai", "m" is not "mới")', () => {
		assert.deepEqual(figures('5 hai 3 mới'), [
			[5, null, null, null],
			[3, null, null, null],
		]);
	});
});

describe('findFigures: ratios', () => {
	const cases: [string, [number, number | null, string | null, string | null][]][] = [
		['16/33 chỉ tiêu', [[16, 33, 'chỉ tiêu', null]]],
		['45/116 xã đạt chuẩn NTM', [[45, 116, 'xã', null]]],
		['thực hiện được 125/100ha', [[125, 100, 'ha', null]]],
		['5/9 tiêu chí', [[5, 9, 'tiêu chí', null]]],
		['419/419 hộ dân', [[419, 419, 'hộ', null]]],
		['có 22/43 chỉ tiêu đã đạt', [[22, 43, 'chỉ tiêu', null]]],
		// With no unit, a day/month pair is a date and anything else a ratio.
		['đạt 22/43, tăng', [[22, 43, null, null]]],
		['ngày 6/10, đoàn', []],
		['chiều nay (13/6), tổ công tác', []],
		['đến 31/12 đạt', []],
	];
	for (const [s, want] of cases) it(s, () => assert.deepEqual(figures(s), want));

	it('reads a date word before a day/month pair as a date even when a unit word follows', () =>
		assert.deepEqual(figures('Ngày 20/6 xã Phước An tổ chức'), []));
	it('gives the figure span from numerator to unit', () => {
		const t = 'đạt 16/33 chỉ tiêu kế hoạch';
		const [f] = findFigures(t);
		assert.equal(t.slice(f?.start, f?.end), '16/33 chỉ tiêu');
	});
});

describe('findFigures: hedges', () => {
	const cases: [string, string | null][] = [
		['ước đạt gần 1.630 tỷ đồng', 'gần'],
		['đạt trên 105% kế hoạch', 'trên'],
		['hơn 24.000 tấn', 'hơn'],
		['đạt dưới 50% kế hoạch', 'dưới'],
		['còn khoảng 10% hộ nghèo', 'khoảng'],
		['xấp xỉ 200 tỷ đồng', 'xấp xỉ'],
		['chưa đến 30% kế hoạch', 'chưa đến'],
		['ước 3.500 tấn', 'ước'],
		['ước tính 3.500 tấn', 'ước'],
		['dự kiến 1.700 tỷ đồng', 'dự kiến'],
		['đều đạt từ 70% kế hoạch trở lên', 'từ … trở lên'],
		['đạt 70% kế hoạch', null],
		// The hedge must be a word of its own.
		['thượng 70% kế hoạch', null],
	];
	for (const [s, q] of cases) it(`${s} → ${q}`, () => assert.equal(findFigures(s)[0]?.qualifier ?? null, q));

	it('starts the figure at its hedge', () => {
		const t = 'ước đạt gần 1.630 tỷ đồng';
		const f = findFigures(t)[0];
		assert.equal(t.slice(f?.lead, f?.end), 'gần 1.630 tỷ đồng');
	});
});

describe('findFigures: numbers that are no figure', () => {
	const none = [
		// Years and periods.
		'năm 2024',
		'trong năm 2023, huyện',
		'giai đoạn 2021 - 2025',
		'nhiệm kỳ 2020-2025',
		'năm học 2023-2024',
		'quý I/2025',
		'tháng 12.2025',
		'tháng 7/1931',
		'tháng7/1931',
		'9 tháng đầu năm',
		'6 tháng cuối năm',
		'53 năm ngày giải phóng',
		'khoảng 8 ngày trước tết',
		'hơn 1.000 ngày đêm',
		'3 tháng cuối năm 2024',
		// Dates.
		'ngày 19/11',
		'sáng 8/10',
		'ngày 31/12/2024',
		'(19/4/1972 - 19/4/2025)',
		'chiều 22.4, chủ tịch',
		'đến ngày 10.4, các đơn vị',
		'chiều 10-2, phó chủ tịch',
		// Times.
		'lúc 15:55',
		'15h30',
		// Ordinals, names and references.
		'kỳ họp thứ 15',
		'lần thứ 21',
		'năm thứ 2 liên tiếp',
		'tổ công tác số 1',
		'nghị quyết số 12',
		'Nghị quyết 120',
		'Chương trình 1719',
		'Quyết định 1719/QĐ-TTg',
		'Nghị quyết 120/2020/QH14',
		'Nghị quyết số 12-NQ/TU',
		'Sư đoàn 3 Sao Vàng',
		'nhà ga T3, T4',
		'ĐT 629',
		'quốc lộ 1A',
		'mức độ 2',
		'thôn 5',
		// Ranges.
		'từ 11,5 - 12,4%',
		'80 - 100 tấn/ngày',
		'50-75 triệu hành khách',
	];
	for (const s of none) it(s, () => assert.deepEqual(figures(s), []));

	it('keeps a year-like number that carries a unit', () =>
		assert.deepEqual(figures('đạt 2000 ha'), [[2000, null, 'ha', null]]));
	it('keeps "tổng số 500 hộ" (not the reference word "số")', () =>
		assert.deepEqual(figures('tổng số 500 hộ'), [[500, null, 'hộ', null]]));
	it('keeps an English-style decimal with a unit', () =>
		assert.deepEqual(figures('đạt 1.5 triệu đồng'), [[1.5, null, 'triệu đồng', null]]));
	it('flags an English-style decimal', () => assert.equal(findFigures('đạt 1.5 triệu đồng')[0]?.english, true));
	it('drops the start of "từ X tăng lên Y" and keeps the end', () =>
		assert.deepEqual(figures('từ 124 tỷ đồng tăng lên 211 tỷ'), [[211, null, 'tỷ', null]]));
	it('drops both ends of "từ X đến Y"', () => assert.deepEqual(figures('từ 3 đến 5 ha'), []));
	it('drops the start of "giảm từ X xuống còn Y"', () =>
		assert.deepEqual(figures('giảm từ 15,2% xuống còn 11,8%'), [[11.8, null, '%', null]]));
	it('drops the start of a range with its year in between', () =>
		assert.deepEqual(figures('từ 18,5% năm 2023 giảm xuống còn 14,2%'), [[14.2, null, '%', null]]));
	it('drops a per-unit denominator ("trên 1 ha")', () =>
		assert.deepEqual(figures('giá trị thu được trên 1 ha đạt 95 triệu đồng'), [[95, null, 'triệu đồng', null]]));
	it('keeps a figure after a colon and a space, but not the minutes of a time', () => {
		assert.deepEqual(figures('giải ngân: 320 tỷ đồng'), [[320, null, 'tỷ đồng', null]]);
		assert.deepEqual(figures('lúc 9:30 sáng'), []);
	});
	it('finds nothing in a text without digits', () => assert.deepEqual(figures('không có số'), []));
});
