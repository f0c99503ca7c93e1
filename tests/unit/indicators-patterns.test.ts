import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDocument } from '../../src/lib/extract/document.ts';
import { extractIndicators } from '../../src/lib/extract/indicators/extract-indicators.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';
import type { Indicator } from '../../src/schemas/briefing.ts';

/** Sentences of our own in the style of district reports, each with what it must yield. */
type Summary = Omit<Indicator, 'label' | 'sentence' | 'hedges' | 'target'>;
type Case = readonly [sentence: string, want: readonly Summary[]];

function extract(text: string): Indicator[] {
	return extractIndicators(readDocument(normalizeText(text)));
}

// Everything but the label, the sentence and each measure's hedge, which have tests of their own
// (indicators-hedges.test.ts).
function summary({ label: _l, sentence: _s, hedges: _h, target: _t, ...rest }: Indicator): Summary {
	return rest;
}

function table(cases: readonly Case[]): void {
	for (const [sentence, want] of cases) {
		it(sentence, () => assert.deepEqual(extract(sentence).map(summary), want));
	}
}

describe('indicators: plan, year-on-year and change comparisons', () => {
	table([
		// Growth is a change, never a per cent of plan, unless a plan is named after it.
		['GRDP tăng trưởng đạt 7,8%.', [{ key: 'grdp', change: 7.8, changeUnit: '%' }]],
		[
			'Tổng sản phẩm trên địa bàn (GRDP) tăng trưởng ước đạt 8,2%.',
			[{ key: 'grdp', change: 8.2, changeUnit: '%', qualifier: 'ước' }],
		],
		['GRDP tăng trưởng âm 2,1%.', [{ key: 'grdp', change: -2.1, changeUnit: '%' }]],
		// A growth rate named before its verb: "tốc độ tăng X đạt N%"; not "tốc độ giải ngân".
		[
			'Tốc độ tăng giá trị sản xuất công nghiệp ước đạt 8,9%.',
			[{ key: 'industrial-production-value', change: 8.9, changeUnit: '%', qualifier: 'ước' }],
		],
		['Tốc độ tăng thu ngân sách đạt 12%.', [{ key: 'budget-revenue', change: 12, changeUnit: '%' }]],
		['Tốc độ giải ngân vốn đầu tư công đạt 45%.', [{ key: 'public-investment-disbursement', planPercent: 45 }]],
		[
			'Giá trị sản xuất công nghiệp tăng trưởng 12%.',
			[{ key: 'industrial-production-value', change: 12, changeUnit: '%' }],
		],
		[
			'Giá trị sản xuất công nghiệp tăng trưởng đạt 105% kế hoạch.',
			[{ key: 'industrial-production-value', planPercent: 105, planBasis: 'kế hoạch' }],
		],
		[
			'Thu ngân sách 9 tháng ước đạt 420,5 tỷ đồng, đạt 96% dự toán tỉnh giao.',
			[
				{
					key: 'budget-revenue',
					value: 420.5,
					unit: 'tỷ đồng',
					planPercent: 96,
					planBasis: 'dự toán tỉnh giao',
					qualifier: 'ước',
				},
			],
		],
		[
			'Thu ngân sách nhà nước trên địa bàn đạt 215,6 tỷ đồng, bằng 58,3% dự toán, bằng 112% so với cùng kỳ năm trước.',
			[
				{
					key: 'budget-revenue',
					value: 215.6,
					unit: 'tỷ đồng',
					planPercent: 58.3,
					planBasis: 'dự toán',
					yoyPercent: 112,
				},
			],
		],
		// Two plan comparisons in one clause: two objects, the basis tells them apart.
		[
			'Thu ngân sách ước đạt 812 tỷ đồng, đạt 150% dự toán tỉnh giao và đạt 135% dự toán huyện giao, bằng 121% cùng kỳ.',
			[
				{
					key: 'budget-revenue',
					value: 812,
					unit: 'tỷ đồng',
					planPercent: 150,
					planBasis: 'dự toán tỉnh giao',
					qualifier: 'ước',
				},
				{ key: 'budget-revenue', planPercent: 135, planBasis: 'dự toán huyện giao', yoyPercent: 121 },
			],
		],
		[
			'Tổng sản lượng lương thực có hạt đạt 45.600 tấn, bằng 101,2% kế hoạch.',
			[
				{
					key: 'food-output',
					value: 45600,
					unit: 'tấn',
					planPercent: 101.2,
					planBasis: 'kế hoạch',
				},
			],
		],
		[
			'Sản lượng lương thực đạt 38.500 tấn, tăng 1.200 tấn so với năm trước, đạt 102% KH.',
			[
				{
					key: 'food-output',
					value: 38500,
					unit: 'tấn',
					planPercent: 102,
					planBasis: 'KH',
					change: 1200,
					changeUnit: 'tấn',
				},
			],
		],
		[
			'Toàn huyện đã giải ngân 96,5 tỷ đồng, đạt 61,2% kế hoạch (KH).',
			[
				{
					key: 'public-investment-disbursement',
					value: 96.5,
					unit: 'tỷ đồng',
					planPercent: 61.2,
					planBasis: 'kế hoạch',
				},
			],
		],
		[
			'Giải ngân vốn đầu tư công đến ngày 30/9 đạt 356,2 tỷ đồng, bằng 67,4% kế hoạch vốn được giao.',
			[
				{
					key: 'public-investment-disbursement',
					value: 356.2,
					unit: 'tỷ đồng',
					planPercent: 67.4,
					planBasis: 'kế hoạch vốn được giao',
				},
			],
		],
		['Thu ngân sách so với dự toán đạt 105%.', [{ key: 'budget-revenue', planPercent: 105, planBasis: 'dự toán' }]],
		['Thu ngân sách đạt 120,5% so với cùng kỳ.', [{ key: 'budget-revenue', yoyPercent: 120.5 }]],
		[
			'Tổng diện tích gieo trồng cây hằng năm đạt 8.900 ha, bằng 99,5% so với cùng kỳ.',
			[{ key: 'sown-area', value: 8900, unit: 'ha', yoyPercent: 99.5 }],
		],
		[
			'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 3.400 tỷ đồng, tăng 12,5%.',
			[{ key: 'retail-sales', value: 3400, unit: 'tỷ đồng', change: 12.5, changeUnit: '%' }],
		],
		[
			'Tổng đàn gia súc tăng gần 6% so với năm 2023.',
			[{ key: 'livestock', change: 6, changeUnit: '%', qualifier: 'gần' }],
		],
		[
			'Tỷ lệ hộ nghèo giảm còn 8,5%, giảm 3,2% so với đầu năm.',
			[{ key: 'poverty-rate', value: 8.5, unit: '%', change: -3.2, changeUnit: '%' }],
		],
		['Tỷ lệ hộ nghèo giảm 2,1 điểm phần trăm.', [{ key: 'poverty-rate', change: -2.1, changeUnit: 'điểm phần trăm' }]],
		[
			'Độ che phủ rừng năm 2024 đạt 45%, tăng 0,5% so với năm 2023.',
			[{ key: 'forest-cover', value: 45, unit: '%', change: 0.5, changeUnit: '%' }],
		],
		// "vượt X" is an excess over plan: neither a change nor % of plan.
		['Trồng rừng mới đạt 610 ha (vượt 60 ha).', [{ key: 'afforestation', value: 610, unit: 'ha' }]],
		[
			'Tỷ lệ trường đạt chuẩn quốc gia đạt 61,2%, vượt 3,1% kế hoạch tỉnh giao.',
			[{ key: 'standard-schools', value: 61.2, unit: '%' }],
		],
		[
			'Tốc độ tăng trưởng kinh tế (GRDP) ước đạt 8,2%, vượt 0,7% so với kế hoạch.',
			[{ key: 'grdp', change: 8.2, changeUnit: '%', qualifier: 'ước' }],
		],
		// "bằng X%" with no basis says neither plan nor last year: nothing is claimed.
		['Thu ngân sách đạt 500 tỷ đồng, bằng 110%.', [{ key: 'budget-revenue', value: 500, unit: 'tỷ đồng' }]],
		[
			'Tổng giá trị sản phẩm địa phương quý I đạt 512,3 tỷ đồng, tăng 9,4% so với cùng kỳ, đạt 21,5% kế hoạch năm 2025.',
			[
				{
					key: 'grdp',
					value: 512.3,
					unit: 'tỷ đồng',
					planPercent: 21.5,
					planBasis: 'kế hoạch năm 2025',
					change: 9.4,
					changeUnit: '%',
				},
			],
		],
	]);
});

describe('indicators: "đạt X%" with no stated basis', () => {
	table([
		// Quantities: per cent of plan.
		[
			'Các chỉ tiêu chủ yếu, tiêu biểu như: giá trị sản xuất công nghiệp đạt 108,3%; tổng mức bán lẻ hàng hóa đạt 101,7%; thu ngân sách trên địa bàn đạt 97,6%.',
			[
				{ key: 'industrial-production-value', planPercent: 108.3 },
				{ key: 'retail-sales', planPercent: 101.7 },
				{ key: 'budget-revenue', planPercent: 97.6 },
			],
		],
		['Tổng sản lượng lương thực đạt 99,8%.', [{ key: 'food-output', planPercent: 99.8 }]],
		['Tỷ lệ giải ngân vốn đầu tư công đạt 87,5%.', [{ key: 'public-investment-disbursement', planPercent: 87.5 }]],
		// Rates: the value itself.
		['Tỷ lệ che phủ rừng đạt 62,5%.', [{ key: 'forest-cover', value: 62.5, unit: '%' }]],
		['Tỷ lệ hộ nghèo còn 5,2%.', [{ key: 'poverty-rate', value: 5.2, unit: '%' }]],
		['Tỷ lệ trường đạt chuẩn quốc gia đạt 72%.', [{ key: 'standard-schools', value: 72, unit: '%' }]],
		// A rate with a stated basis: per cent of plan.
		[
			'Độ che phủ rừng đạt 51%, đạt 100% KH.',
			[{ key: 'forest-cover', value: 51, unit: '%', planPercent: 100, planBasis: 'KH' }],
		],
		[
			'Tỷ lệ giải ngân vốn các dự án do huyện quản lý còn thấp, đến nay mới đạt 41% KH.',
			[{ key: 'public-investment-disbursement', planPercent: 41, planBasis: 'KH' }],
		],
	]);
});

describe('indicators: qualifiers', () => {
	table([
		[
			'Tổng giá trị sản xuất ước đạt gần 2.140 tỷ đồng, đạt trên 102% kế hoạch.',
			[
				{
					key: 'production-value',
					value: 2140,
					unit: 'tỷ đồng',
					planPercent: 102,
					planBasis: 'kế hoạch',
					qualifier: 'gần',
				},
			],
		],
		[
			'Tổng sản lượng lương thực ước đạt hơn 31.000 tấn.',
			[{ key: 'food-output', value: 31000, unit: 'tấn', qualifier: 'hơn' }],
		],
		[
			'Tổng sản lượng lương thực ước đạt 31.000 tấn.',
			[{ key: 'food-output', value: 31000, unit: 'tấn', qualifier: 'ước' }],
		],
		[
			'Dự kiến cả năm thu ngân sách đạt 1.700 tỷ đồng.',
			[{ key: 'budget-revenue', value: 1700, unit: 'tỷ đồng', qualifier: 'dự kiến' }],
		],
		[
			'Thu ngân sách đạt khoảng 86% dự toán.',
			[{ key: 'budget-revenue', planPercent: 86, planBasis: 'dự toán', qualifier: 'khoảng' }],
		],
		[
			'Công tác giải ngân vốn sự nghiệp các chương trình MTQG còn chậm (đạt dưới 40% kế hoạch vốn giao).',
			[
				{
					key: 'target-programs-disbursement',
					planPercent: 40,
					planBasis: 'kế hoạch vốn giao',
					qualifier: 'dưới',
				},
			],
		],
		[
			'Đến nay, tất cả 24 chỉ tiêu đề ra đều đạt từ 75% kế hoạch trở lên.',
			[
				{
					key: 'targets-met',
					value: 24,
					unit: 'chỉ tiêu',
					planPercent: 75,
					planBasis: 'kế hoạch',
					qualifier: 'từ … trở lên',
				},
			],
		],
		[
			'Tổng sản lượng lương thực xấp xỉ 20.000 tấn.',
			[{ key: 'food-output', value: 20000, unit: 'tấn', qualifier: 'xấp xỉ' }],
		],
	]);
});

describe('indicators: units', () => {
	table([
		[
			'Tổng thu NSNN ước đạt 1,6 nghìn tỷ đồng.',
			[{ key: 'budget-revenue', value: 1.6, unit: 'nghìn tỷ đồng', qualifier: 'ước' }],
		],
		[
			'Tổng diện tích gieo trồng 12.100,1ha, đạt 100% KH.',
			[{ key: 'sown-area', value: 12100.1, unit: 'ha', planPercent: 100, planBasis: 'KH' }],
		],
		['Tổng đàn gia súc, gia cầm đạt 1,2 triệu con.', [{ key: 'livestock', value: 1.2, unit: 'triệu con' }]],
		['Tổng đàn trâu, bò 25.000 con.', [{ key: 'livestock', value: 25000, unit: 'con' }]],
		['Kim ngạch xuất khẩu ước đạt 120 triệu USD.', [{ key: 'other', value: 120, unit: 'triệu USD', qualifier: 'ước' }]],
		['Năng suất lúa bình quân đạt 62 tạ/ha.', [{ key: 'other', value: 62, unit: 'tạ/ha' }]],
		[
			'GRDP bình quân đầu người đạt 45,6 triệu đồng/người/năm.',
			[{ key: 'other', value: 45.6, unit: 'triệu đồng/người/năm' }],
		],
		// A unit that does not suit the key is no value of it.
		['Thu ngân sách đạt 300 hộ.', []],
		['Giải ngân vốn đầu tư công còn chậm do 5 dự án vướng mặt bằng.', []],
		['Tổng sản lượng lương thực đạt 500 ha.', []],
	]);
});

describe('indicators: ratios', () => {
	table([
		[
			'Trong đó, 18/25 chỉ tiêu chủ yếu đạt và vượt kế hoạch.',
			[{ key: 'targets-met', value: 18, unit: 'chỉ tiêu', of: 25 }],
		],
		['Huyện đã hoàn thành 18/20 chỉ tiêu chủ yếu.', [{ key: 'targets-met', value: 18, unit: 'chỉ tiêu', of: 20 }]],
		[
			'Đến hết tháng 10, toàn tỉnh có 45/116 xã đạt chuẩn NTM.',
			[{ key: 'new-rural-communes', value: 45, unit: 'xã', of: 116 }],
		],
		[
			'Lũy kế đến nay, toàn huyện có 9/14 xã được công nhận đạt chuẩn nông thôn mới.',
			[{ key: 'new-rural-communes', value: 9, unit: 'xã', of: 14 }],
		],
		[
			'Trồng rừng năm 2023 thực hiện được 140/120ha, đạt 116,7% kế hoạch.',
			[{ key: 'afforestation', value: 140, unit: 'ha', of: 120, planPercent: 116.7, planBasis: 'kế hoạch' }],
		],
		// A per cent that restates the ratio is no plan figure.
		[
			'Đến nay, huyện có 8/10 xã đạt chuẩn nông thôn mới (đạt 80%).',
			[{ key: 'new-rural-communes', value: 8, unit: 'xã', of: 10 }],
		],
		// A rank is no ratio.
		[
			'Tỷ lệ giải ngân đạt 63,2%, xếp thứ 5/13 huyện, thị xã.',
			[{ key: 'public-investment-disbursement', planPercent: 63.2 }],
		],
		[
			'Giải ngân được 85/120 tỷ đồng kế hoạch vốn.',
			[{ key: 'public-investment-disbursement', value: 85, unit: 'tỷ đồng', of: 120 }],
		],
		[
			'Có 35/42 trường đạt chuẩn quốc gia, đạt tỷ lệ 83,3%.',
			[
				{ key: 'standard-schools', value: 35, unit: 'trường', of: 42 },
				{ key: 'standard-schools', value: 83.3, unit: '%' },
			],
		],
	]);
});

describe('indicators: keys and their phrasings', () => {
	table([
		[
			'Tổng sản phẩm trên địa bàn (GRDP) năm 2024 ước đạt 5.230 tỷ đồng.',
			[{ key: 'grdp', value: 5230, unit: 'tỷ đồng', qualifier: 'ước' }],
		],
		['GRDP ước đạt 5.230 tỷ đồng.', [{ key: 'grdp', value: 5230, unit: 'tỷ đồng', qualifier: 'ước' }]],
		[
			'Tổng giá trị sản xuất theo giá so sánh đạt 3.100 tỷ đồng.',
			[{ key: 'production-value', value: 3100, unit: 'tỷ đồng' }],
		],
		[
			'Giá trị sản xuất công nghiệp - xây dựng ước đạt 1.250 tỷ đồng.',
			[{ key: 'industrial-production-value', value: 1250, unit: 'tỷ đồng', qualifier: 'ước' }],
		],
		// A sector's production value is no total: "other".
		[
			'Giá trị sản xuất nông, lâm, thủy sản ước đạt 2.150 tỷ đồng.',
			[{ key: 'other', value: 2150, unit: 'tỷ đồng', qualifier: 'ước' }],
		],
		[
			'Tổng thu ngân sách trên địa bàn huyện năm 2023 là 320 tỷ đồng.',
			[{ key: 'budget-revenue', value: 320, unit: 'tỷ đồng' }],
		],
		[
			'Về thu ngân sách, 9 tháng ước đạt 1.400 tỷ đồng.',
			[{ key: 'budget-revenue', value: 1400, unit: 'tỷ đồng', qualifier: 'ước' }],
		],
		['Thu NSNN đạt 640 tỷ đồng.', [{ key: 'budget-revenue', value: 640, unit: 'tỷ đồng' }]],
		[
			'Vốn các chương trình mục tiêu quốc gia đã giải ngân được 45,6%.',
			[{ key: 'target-programs-disbursement', planPercent: 45.6 }],
		],
		[
			'Huyện đã giải ngân 120 tỷ đồng vốn sự nghiệp các chương trình MTQG.',
			[{ key: 'target-programs-disbursement', value: 120, unit: 'tỷ đồng' }],
		],
		[
			'Chương trình MTQG giảm nghèo bền vững đã giải ngân 25,6 tỷ đồng, đạt 55%.',
			[{ key: 'target-programs-disbursement', value: 25.6, unit: 'tỷ đồng', planPercent: 55 }],
		],
		[
			'Giải ngân vốn 3 chương trình mục tiêu quốc gia đạt 38%.',
			[{ key: 'target-programs-disbursement', planPercent: 38 }],
		],
		['Diện tích gieo trồng đạt 9.800 ha.', [{ key: 'sown-area', value: 9800, unit: 'ha' }]],
		// A single crop's area is not the total sown area.
		['Diện tích gieo trồng lúa vụ đông xuân đạt 5.200 ha.', [{ key: 'other', value: 5200, unit: 'ha' }]],
		[
			'Toàn huyện trồng mới được 850 ha rừng tập trung, đạt 106% kế hoạch.',
			[{ key: 'afforestation', value: 850, unit: 'ha', planPercent: 106, planBasis: 'kế hoạch' }],
		],
		['Diện tích rừng trồng mới đạt 1.200 ha.', [{ key: 'afforestation', value: 1200, unit: 'ha' }]],
		[
			'Trồng 430 ha rừng sản xuất, đạt 95% KH.',
			[{ key: 'afforestation', value: 430, unit: 'ha', planPercent: 95, planBasis: 'KH' }],
		],
		// Trees that are not forest are not afforestation: an "other" figure.
		['Huyện trồng mới trên 600ha cây quế.', [{ key: 'other', value: 600, unit: 'ha', qualifier: 'trên' }]],
		['Đàn gia cầm đạt 420.000 con.', [{ key: 'livestock', value: 420000, unit: 'con' }]],
		[
			'Về nông thôn mới, huyện duy trì 4 xã đạt chuẩn; bình quân đạt 14,2 tiêu chí/xã.',
			[
				{ key: 'new-rural-communes', value: 4, unit: 'xã' },
				{ key: 'new-rural-criteria', value: 14.2, unit: 'tiêu chí/xã' },
			],
		],
		['Bình quân mỗi xã đạt 16,5 tiêu chí.', [{ key: 'new-rural-criteria', value: 16.5, unit: 'tiêu chí' }]],
		['Năm 2024 có thêm 2 xã về đích nông thôn mới.', [{ key: 'new-rural-communes', value: 2, unit: 'xã' }]],
		['Số xã đạt chuẩn nông thôn mới là 12 xã.', [{ key: 'new-rural-communes', value: 12, unit: 'xã' }]],
		['Toàn huyện có 12 xã, thị trấn đạt chuẩn nông thôn mới.', [{ key: 'new-rural-communes', value: 12, unit: 'xã' }]],
		[
			'Năm 2024, huyện có thêm 3 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn lên 15/21 xã.',
			[
				{ key: 'new-rural-communes', value: 3, unit: 'xã' },
				{ key: 'new-rural-communes', value: 15, unit: 'xã', of: 21 },
			],
		],
		// Not every standard is the new-rural one.
		['Tổng số xã đạt chuẩn quốc gia về y tế lên 18 xã.', [{ key: 'other', value: 18, unit: 'xã' }]],
		// Advanced standards are another indicator: an "other" figure.
		['Toàn huyện có 3 xã đạt chuẩn nông thôn mới nâng cao.', [{ key: 'other', value: 3, unit: 'xã' }]],
		[
			'Toàn Đảng bộ đã kết nạp 198 quần chúng ưu tú vào Đảng.',
			[{ key: 'party-admissions', value: 198, unit: 'quần chúng' }],
		],
		[
			'Trong năm, toàn Đảng bộ kết nạp được 312 đảng viên mới, đạt 104% chỉ tiêu.',
			[{ key: 'party-admissions', value: 312, unit: 'đảng viên', planPercent: 104, planBasis: 'chỉ tiêu' }],
		],
		['Phát triển được 56 đảng viên mới.', [{ key: 'party-admissions', value: 56, unit: 'đảng viên' }]],
		[
			'Toàn huyện hiện có 1.250 hộ nghèo, chiếm 5,6%.',
			[
				{ key: 'other', value: 1250, unit: 'hộ' },
				{ key: 'poverty-rate', value: 5.6, unit: '%' },
			],
		],
		['Tỷ lệ hộ nghèo theo chuẩn đa chiều còn 9,1%.', [{ key: 'poverty-rate', value: 9.1, unit: '%' }]],
		['Tỷ lệ hộ nghèo từ 18,5% năm 2023 giảm xuống còn 14,2%.', [{ key: 'poverty-rate', value: 14.2, unit: '%' }]],
		[
			'Giải ngân vốn đầu tư công: 320/450 tỷ đồng, đạt 71,1%.',
			[{ key: 'public-investment-disbursement', value: 320, unit: 'tỷ đồng', of: 450, planPercent: 71.1 }],
		],
		[
			'Tập trung triển khai hơn 80 dự án, với tổng kinh phí thực hiện hơn 310 tỷ đồng.',
			[
				{ key: 'investment-projects', value: 80, unit: 'dự án', qualifier: 'hơn' },
				{ key: 'investment-projects', value: 310, unit: 'tỷ đồng', qualifier: 'hơn' },
			],
		],
		[
			'Đã khởi công mới 25 công trình, tổng vốn đầu tư 320 tỷ đồng.',
			[
				{ key: 'investment-projects', value: 25, unit: 'công trình' },
				{ key: 'investment-projects', value: 320, unit: 'tỷ đồng' },
			],
		],
		// Funding with no count of projects before it is not the projects' funding: an "other" figure.
		[
			'Dự án có tổng vốn đầu tư khoảng 500 tỷ đồng.',
			[{ key: 'other', value: 500, unit: 'tỷ đồng', qualifier: 'khoảng' }],
		],
		['Nâng cấp tuyến đường với kinh phí 45,5 tỷ đồng.', [{ key: 'other', value: 45.5, unit: 'tỷ đồng' }]],
	]);
});

describe('indicators: other figures', () => {
	table([
		[
			'Sản lượng chè búp tươi ước đạt 4.100 tấn, tăng 900 tấn so với cùng kỳ năm trước.',
			[{ key: 'other', value: 4100, unit: 'tấn', change: 900, changeUnit: 'tấn', qualifier: 'ước' }],
		],
		[
			'Sản lượng thủy sản đạt 12.500 tấn, giảm 5% so với cùng kỳ.',
			[{ key: 'other', value: 12500, unit: 'tấn', change: -5, changeUnit: '%' }],
		],
		['Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95,2%.', [{ key: 'other', value: 95.2, unit: '%' }]],
		[
			'Lượt khách du lịch đạt 1,2 triệu lượt, doanh thu du lịch đạt 850 tỷ đồng.',
			[
				{ key: 'other', value: 1.2, unit: 'triệu lượt' },
				{ key: 'other', value: 850, unit: 'tỷ đồng' },
			],
		],
		['Giải quyết việc làm cho 2.300 lao động.', [{ key: 'other', value: 2300, unit: 'lao động' }]],
		[
			'Tổng vốn đầu tư toàn xã hội ước đạt 4.500 tỷ đồng.',
			[{ key: 'other', value: 4500, unit: 'tỷ đồng', qualifier: 'ước' }],
		],
		// A breakdown after "trong đó" is a part, not another total.
		[
			'Tỷ lệ lao động qua đào tạo đạt 68%, trong đó có bằng cấp chứng chỉ đạt 28%.',
			[{ key: 'other', value: 68, unit: '%' }],
		],
		[
			'Thu ngân sách đạt 500 tỷ đồng, trong đó thu nội địa 300 tỷ đồng.',
			[{ key: 'budget-revenue', value: 500, unit: 'tỷ đồng' }],
		],
		// No verb joins the phrase and the figure: still the phrase's figure.
		['Chi ngân sách 420 tỷ đồng.', [{ key: 'other', value: 420, unit: 'tỷ đồng' }]],
		[
			'Tổng vốn đầu tư ban đầu khoảng 500 triệu USD.',
			[{ key: 'other', value: 500, unit: 'triệu USD', qualifier: 'khoảng' }],
		],
		// The parts a district is made of are no figure; a count of gifts is, the value of each is not.
		['Huyện có 8 xã, 1 thị trấn với 120 thôn, bản.', []],
		['Đoàn đã trao 50 suất quà, mỗi suất trị giá 500.000 đồng.', [{ key: 'other', value: 50, unit: 'suất quà' }]],
		// No unit: nothing says what is counted.
		['UBND huyện đã phê duyệt 9 đồ án quy hoạch.', []],
		['Huyện đứng thứ nhất trong 8 huyện, thành phố về chỉ số cải cách hành chính.', []],
		['Có 120 hộ thoát nghèo.', [{ key: 'other', value: 120, unit: 'hộ' }]],
		['Huyện có 3.500 ha rừng.', [{ key: 'other', value: 3500, unit: 'ha' }]],
		['Đề nghị thành phố hỗ trợ 62 tỷ đồng nâng cấp khu trung tâm văn hóa.', []],
	]);
});

describe('indicators: targets, forecasts, requests, negations and other people’s figures', () => {
	table([
		['Dự kiến đến ngày 31/12/2024, huyện sẽ giải ngân vốn đầu tư công đạt 98% kế hoạch.', []],
		['Huyện phấn đấu đến cuối năm giải ngân 100% kế hoạch vốn.', []],
		['Năm 2025, huyện đặt mục tiêu thu ngân sách đạt 500 tỷ đồng.', []],
		['Kế hoạch năm 2025, tỉnh giao chỉ tiêu thu ngân sách 450 tỷ đồng.', []],
		['Chủ tịch UBND tỉnh yêu cầu huyện phải đảm bảo thu ngân sách đạt 100% dự toán.', []],
		['Phấn đấu tăng trưởng GRDP năm 2025 đạt từ 11,5 - 12,4% trở lên.', []],
		['Trong thời gian tới, huyện cần nâng tỷ lệ che phủ rừng lên 55%.', []],
		['Dự toán tỉnh giao thu ngân sách năm 2024 là 300 tỷ đồng.', []],
		['Có 5 chỉ tiêu chưa đạt kế hoạch.', []],
		['Chưa có xã nào đạt chuẩn nông thôn mới kiểu mẫu.', []],
		['Còn thiếu 2 chỉ tiêu: chưa đủ 100% trường đạt chuẩn quốc gia.', []],
		['Thu ngân sách xã Nà Khoa đạt 2 tỷ đồng.', []],
		['Toàn xã hiện còn khoảng 12% hộ nghèo.', []],
		['Ví dụ, xã Phước Hải chỉ đạt 15/19 tiêu chí.', []],
		// Counting targets needs a count.
		['Các chỉ tiêu phát triển kinh tế - xã hội của năm cơ bản đạt trên 80%.', []],
		// The reported figure before the target stays.
		[
			'Thu ngân sách đạt 120 tỷ đồng; năm 2025 phấn đấu đạt 150 tỷ đồng.',
			[{ key: 'budget-revenue', value: 120, unit: 'tỷ đồng' }],
		],
		// A marker reaches to the next ";" only, unless a ":" list follows it.
		[
			'Huyện sẽ tập trung chỉ đạo giải ngân; đến nay đã giải ngân 70% kế hoạch.',
			[{ key: 'public-investment-disbursement', planPercent: 70, planBasis: 'kế hoạch' }],
		],
		['Mục tiêu năm 2025: tốc độ tăng trưởng kinh tế đạt 8%; thu ngân sách đạt 500 tỷ đồng.', []],
		// …and over the clauses after ";" that go on with its list, but not one that reports.
		['Năm 2024, huyện phấn đấu thu ngân sách đạt 30 tỷ đồng; giảm tỷ lệ hộ nghèo xuống dưới 4%.', []],
		['Năm 2025, huyện đề ra mục tiêu tăng trưởng 8%; thu ngân sách 50 tỷ đồng; trồng mới 500 ha rừng.', []],
		[
			'Huyện phấn đấu giải ngân 100% kế hoạch vốn; thu ngân sách 9 tháng đạt 35 tỷ đồng.',
			[{ key: 'budget-revenue', value: 35, unit: 'tỷ đồng' }],
		],
		// A request or a must ("cần", "yêu cầu", also the noun of "đạt yêu cầu") opens no list.
		[
			'Có 15/17 chỉ tiêu đạt yêu cầu; tỷ lệ hộ nghèo giảm còn 30%.',
			[
				{ key: 'targets-met', value: 15, unit: 'chỉ tiêu', of: 17 },
				{ key: 'poverty-rate', value: 30, unit: '%' },
			],
		],
		['Huyện cần quan tâm hơn; tỷ lệ hộ nghèo còn 30%.', [{ key: 'poverty-rate', value: 30, unit: '%' }]],
		[
			'Huyện đã thu ngân sách đạt 30 tỷ đồng; giảm tỷ lệ hộ nghèo xuống 4,5%.',
			[
				{ key: 'budget-revenue', value: 30, unit: 'tỷ đồng' },
				{ key: 'poverty-rate', value: 4.5, unit: '%' },
			],
		],
		// "nhằm" makes only its own clause a purpose.
		[
			'Nhằm nâng cao chất lượng đội ngũ, năm qua huyện đã kết nạp 150 đảng viên.',
			[{ key: 'party-admissions', value: 150, unit: 'đảng viên' }],
		],
		['Huyện triển khai nhiều giải pháp nhằm nâng tỷ lệ che phủ rừng lên 55%.', []],
		// Shortcomings "to be fixed" are reported figures.
		[
			'Những tồn tại cần khắc phục: tỷ lệ giải ngân vốn đầu tư công còn thấp (đạt 45%).',
			[{ key: 'public-investment-disbursement', planPercent: 45 }],
		],
		// The plan itself, handed down, is no result; the result after it is.
		[
			'Kế hoạch vốn đầu tư công năm 2024 được giao 450 tỷ đồng, đến nay đã giải ngân 320 tỷ đồng, đạt 71%.',
			[{ key: 'public-investment-disbursement', value: 320, unit: 'tỷ đồng', planPercent: 71 }],
		],
		// "nỗ lực phấn đấu" looks back on work done; "chương trình mục tiêu quốc gia" is a name.
		[
			'Sau 9 tháng nỗ lực phấn đấu, thu ngân sách đạt 95% dự toán.',
			[{ key: 'budget-revenue', planPercent: 95, planBasis: 'dự toán' }],
		],
	]);
});

describe('indicators: rankings and places singled out', () => {
	it('gives each entry of a ranking its place', () => {
		const got = extract(
			'Có 4 địa phương có tỷ lệ giải ngân vốn cao hơn bình quân, trong đó huyện An Lão dẫn đầu với 38,2%, tiếp đến là huyện Tây Sơn đạt 30,1%, TX An Nhơn 27,5%, Phù Cát 25%.',
		);
		assert.deepEqual(
			got.map((i) => [i.key, i.label, i.district, i.planPercent]),
			[
				['public-investment-disbursement', 'tỷ lệ giải ngân vốn', 'huyện An Lão', 38.2],
				['public-investment-disbursement', 'tỷ lệ giải ngân vốn', 'huyện Tây Sơn', 30.1],
				['public-investment-disbursement', 'tỷ lệ giải ngân vốn', 'TX An Nhơn', 27.5],
				['public-investment-disbursement', 'tỷ lệ giải ngân vốn', 'Phù Cát', 25],
			],
		);
	});
	it('gives a place singled out with "Riêng" its place', () => {
		const [i] = extract('Riêng huyện Hoài Nhơn mới giải ngân được 9,2% kế hoạch vốn năm 2025.');
		assert.equal(i?.label, 'giải ngân');
		assert.equal(i?.district, 'huyện Hoài Nhơn');
		assert.equal(i?.planPercent, 9.2);
		assert.equal(i?.planBasis, 'kế hoạch vốn năm 2025');
	});
	it("does not give a district named before its own figure in one clause as the figure's place", () => {
		const [i] = extract('Thu ngân sách trên địa bàn huyện Mường Lát đạt 60 tỷ đồng.');
		assert.equal(i?.key, 'budget-revenue');
		assert.equal(i?.district, undefined);
	});
});

describe('indicators: labels and sentences', () => {
	it('labels an indicator in the article’s words, lower-cased at the start', () => {
		const [i] = extract('Thu ngân sách nhà nước trên địa bàn đạt 98 tỷ đồng.');
		assert.equal(i?.label, 'thu ngân sách nhà nước trên địa bàn');
	});
	it('keeps an abbreviation opening the label', () => {
		const [i] = extract('GRDP ước đạt 5.230 tỷ đồng.');
		assert.equal(i?.label, 'GRDP');
	});
	it('labels an "other" figure with its noun phrase, period words left out', () => {
		const [i] = extract('Sản lượng chè búp tươi 6 tháng đầu năm ước đạt 3.900 tấn.');
		assert.equal(i?.label, 'sản lượng chè búp tươi');
	});
	it('labels anchored figures', () => {
		assert.equal(extract('Trồng 430 ha rừng sản xuất.')[0]?.label, 'trồng rừng sản xuất');
		assert.equal(extract('Đã kết nạp 165 đảng viên mới.')[0]?.label, 'kết nạp đảng viên mới');
		assert.equal(extract('Triển khai 12 dự án.')[0]?.label, 'triển khai dự án');
		assert.equal(extract('Có 3 xã đạt chuẩn nông thôn mới.')[0]?.label, 'xã đạt chuẩn nông thôn mới');
	});
	it('keeps a crop’s season, written with capitals, in the words after a count', () => {
		const label = (text: string) => extract(text)[0]?.label;
		assert.equal(
			label('Huyện đã gieo trồng được 1.850 ha cây vụ Đông, đạt 37% kế hoạch.'),
			'diện tích gieo trồng cây vụ Đông',
		);
		assert.equal(label('Huyện đã gieo cấy 4.300 ha lúa vụ Mùa.'), 'diện tích gieo cấy lúa vụ Mùa');
		assert.equal(label('Huyện thu hoạch 2.100 ha lúa Đông Xuân.'), 'diện tích thu hoạch lúa Đông Xuân');
		// A name after the count still ends its words, and "vụ" cut off from its season goes too.
		assert.equal(label('Xã gieo cấy 120 ha lúa vụ tại Phú Lộc.'), 'diện tích gieo cấy lúa');
	});
	it('labels a projects’ funding with its funding phrase', () => {
		const got = extract('Triển khai 30 dự án với tổng mức đầu tư 410 tỷ đồng.');
		assert.equal(got[1]?.label, 'tổng mức đầu tư');
	});
	it('keeps the sentence as the article writes it', () => {
		const text = 'Hội nghị diễn ra sáng nay.\n\nThu ngân sách đạt 98 tỷ đồng, đạt 105% dự toán.';
		const [i] = extract(text);
		assert.equal(i?.sentence, 'Thu ngân sách đạt 98 tỷ đồng, đạt 105% dự toán.');
	});
	it('keeps the tone placement and case of the article in the unit and basis', () => {
		const [i] = extract('Kim ngạch xuất khẩu đạt 12 triệu USD.');
		assert.equal(i?.unit, 'triệu USD');
	});
	it('matches phrases in either tone placement ("hoá" and "hóa")', () => {
		const [i] = extract('Tổng mức bán lẻ hàng hoá đạt 101%.');
		assert.equal(i?.key, 'retail-sales');
	});
	it('leaves every unset field out of the object', () => {
		const [i] = extract('Thu ngân sách đạt 98% dự toán.');
		assert.deepEqual(Object.keys(i ?? {}).sort(), ['key', 'label', 'planBasis', 'planPercent', 'sentence']);
		for (const v of Object.values(i ?? {})) assert.notEqual(v, undefined);
	});
});

describe('indicators: repeats', () => {
	it('counts a figure repeated in a caption once, keeping the body’s', () => {
		const text = [
			'Huyện làm việc với đoàn công tác',
			'',
			'Về nông thôn mới, huyện duy trì 4 xã đạt chuẩn; bình quân đạt 14,2 tiêu chí/xã.',
			'',
			'Huyện duy trì 4 xã đạt chuẩn nông thôn mới, bình quân đạt 14,2 tiêu chí/xã. Ảnh: Minh Anh',
		].join('\n');
		const got = extract(text);
		assert.deepEqual(
			got.map((i) => [i.key, i.value]),
			[
				['new-rural-communes', 4],
				['new-rural-criteria', 14.2],
			],
		);
		assert.match(got[0]?.sentence ?? '', /^Về nông thôn mới/);
	});
	it('prefers the body’s exact figure over the headline’s rounded one', () => {
		const text = [
			'Khối huyện giải ngân trên 21% kế hoạch vốn đầu tư công',
			'',
			'Các huyện đã giải ngân được 842 tỷ đồng, đạt 21,14% kế hoạch vốn.',
		].join('\n');
		assert.deepEqual(
			extract(text).map((i) => [i.key, i.value, i.planPercent]),
			[['public-investment-disbursement', 842, 21.14]],
		);
	});
	it('counts a figure repeated in a later paragraph once and adds what is new to it', () => {
		const text = [
			'Thu ngân sách đạt 500 tỷ đồng.',
			'',
			'Trong đó đáng chú ý, thu ngân sách đạt 500 tỷ đồng, bằng 120% so với cùng kỳ.',
		].join('\n');
		assert.deepEqual(extract(text).map(summary), [
			{ key: 'budget-revenue', value: 500, unit: 'tỷ đồng', yoyPercent: 120 },
		]);
	});
	it('keeps different figures of one key', () => {
		const text = 'Thu ngân sách quý I đạt 100 tỷ đồng.\n\nThu ngân sách quý II đạt 120 tỷ đồng.';
		assert.deepEqual(
			extract(text).map((i) => i.value),
			[100, 120],
		);
	});
	it('orders indicators as the article does', () => {
		const text = 'Độ che phủ rừng đạt 60%.\n\nThu ngân sách đạt 98 tỷ đồng.';
		assert.deepEqual(
			extract(text).map((i) => i.key),
			['forest-cover', 'budget-revenue'],
		);
	});
});

describe('indicators: articles without figures', () => {
	it('gives nothing for an empty article', () => assert.deepEqual(extract(''), []));
	it('gives nothing for a ceremony', () =>
		assert.deepEqual(
			extract(
				'Lễ kỷ niệm 50 năm ngày giải phóng huyện\n\nSáng 18/4, huyện long trọng tổ chức lễ kỷ niệm 50 năm Ngày giải phóng (19/4/1975 - 19/4/2025). Hơn 1.000 ngày đêm, quân và dân kiên cường bám trụ.',
			),
			[],
		));
});
