import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readDocument } from '../../src/lib/extract/document.ts';
import { extractIndicators } from '../../src/lib/extract/indicators/extract-indicators.ts';
import { isThreshold } from '../../src/lib/format/indicators.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';
import { type Indicator, IndicatorSchema } from '../../src/schemas/briefing.ts';
import { FIXTURES } from '../support/seeds.ts';

/** Each measure's hedge and the target mark: what these tests are about. */
type Hedged = Pick<Indicator, 'key' | 'hedges' | 'target'>;
type Case = readonly [sentence: string, want: readonly Hedged[]];

function extract(text: string): Indicator[] {
	return extractIndicators(readDocument(normalizeText(text)));
}

function hedged({ key, hedges, target }: Indicator): Hedged {
	return { key, ...(hedges ? { hedges } : {}), ...(target ? { target } : {}) };
}

function table(cases: readonly Case[]): void {
	for (const [sentence, want] of cases) {
		it(sentence, () => {
			const got = extract(sentence);
			for (const i of got) IndicatorSchema.parse(i);
			assert.deepEqual(got.map(hedged), want);
		});
	}
}

describe('indicators: each measure keeps its own hedge (sentences of the samples)', () => {
	table([
		[
			'Theo đó, tổng giá trị sản xuất theo giá thực tế ước đạt gần 1.630 tỷ đồng, đạt trên 105% kế hoạch; thu ngân sách đạt gần 78% dự toán giao; tổng sản lượng lương thực có hạt ước đạt hơn 24.000 tấn, vượt so với kế hoạch đề ra; tổng đàn gia súc tăng gần 6% so với năm 2023.',
			[
				{ key: 'production-value', hedges: { value: 'gần', planPercent: 'trên' } },
				{ key: 'budget-revenue', hedges: { planPercent: 'gần' } },
				{ key: 'food-output', hedges: { value: 'hơn' } },
				{ key: 'livestock', hedges: { change: 'gần' } },
			],
		],
		[
			'Công tác giải ngân nguồn vốn sự nghiệp 3 chương trình MTQG còn chậm (đạt dưới 50% kế hoạch vốn giao).',
			[{ key: 'target-programs-disbursement', hedges: { planPercent: 'dưới' } }],
		],
		[
			'Thu ngân sách trên địa bàn ước đạt 1.401,351 tỷ đồng, đạt 188% dự toán tỉnh giao.',
			[{ key: 'budget-revenue', hedges: { value: 'ước' } }],
		],
	]);
});

describe('indicators: hedges of each measure (sentences of our own)', () => {
	table([
		['Giải ngân vốn đầu tư công đạt 320 tỷ đồng, bằng 64% kế hoạch.', [{ key: 'public-investment-disbursement' }]],
		[
			'Tổng giá trị sản xuất đạt 2.140 tỷ đồng, đạt khoảng 102% kế hoạch, bằng hơn 110% so với cùng kỳ.',
			[{ key: 'production-value', hedges: { planPercent: 'khoảng', yoyPercent: 'hơn' } }],
		],
		[
			'Tổng sản lượng lương thực ước đạt 31.000 tấn, tăng hơn 1.200 tấn so với cùng kỳ.',
			[{ key: 'food-output', hedges: { value: 'ước', change: 'hơn' } }],
		],
		['Tổng đàn gia súc giảm gần 3% so với cùng kỳ.', [{ key: 'livestock', hedges: { change: 'gần' } }]],
		['Dự kiến cả năm thu ngân sách đạt 1.700 tỷ đồng.', [{ key: 'budget-revenue', hedges: { value: 'dự kiến' } }]],
		// Preliminary and provisional figures are estimates.
		['Thu ngân sách sơ bộ đạt 45 tỷ đồng.', [{ key: 'budget-revenue', hedges: { value: 'sơ bộ' } }]],
		['Thu ngân sách tạm tính đạt 45 tỷ đồng.', [{ key: 'budget-revenue', hedges: { value: 'tạm tính' } }]],
		['Tỷ lệ che phủ rừng đạt xấp xỉ 45%.', [{ key: 'forest-cover', hedges: { value: 'xấp xỉ' } }]],
		// "trên dưới" is about, never "dưới" (under); "ngót", "chừng": nearly, about.
		['Thu ngân sách ước đạt trên dưới 300 tỷ đồng.', [{ key: 'budget-revenue', hedges: { value: 'trên dưới' } }]],
		[
			'Tổng giá trị sản xuất đạt ngót 2.000 tỷ đồng, tăng chừng 8% so với cùng kỳ.',
			[{ key: 'production-value', hedges: { value: 'ngót', change: 'chừng' } }],
		],
	]);
});

describe('indicators: a floor to reach is a target, not a result', () => {
	table([
		[
			// Sample 004.
			'Đến nay, tất cả 27 chỉ tiêu đề ra đều đạt từ 70% kế hoạch trở lên; dự kiến đến cuối năm tất cả các chỉ tiêu đều hoàn thành và hoàn thành vượt mức.',
			[{ key: 'targets-met', hedges: { planPercent: 'từ … trở lên' }, target: true }],
		],
		[
			'Các xã giải ngân vốn đầu tư công đạt tối thiểu 60% kế hoạch.',
			[{ key: 'public-investment-disbursement', hedges: { planPercent: 'tối thiểu' }, target: true }],
		],
		[
			// "từ … đến" is a range's start: no figure, so nothing to mark.
			'Thu ngân sách tăng từ 124 tỷ đồng lên 211 tỷ đồng.',
			[{ key: 'budget-revenue' }],
		],
		[
			// A hedge that is no floor ("trên") never makes a target.
			'Giải ngân vốn đầu tư công đạt trên 90% kế hoạch.',
			[{ key: 'public-investment-disbursement', hedges: { planPercent: 'trên' } }],
		],
	]);
});

describe('indicators: the samples as a whole', () => {
	it('every qualifier of version 1 is one of the hedges, and every target has a threshold hedge', () => {
		for (const name of ['000_bcc1ecf503c2fdd8', '002_849f52437cbddd86', '004_9da10d9c084d8620']) {
			const text = readFileSync(join(FIXTURES, 'seeds', `${name}.txt`), 'utf8');
			for (const i of extract(text)) {
				if (i.qualifier !== undefined) assert.ok(Object.values(i.hedges ?? {}).includes(i.qualifier), i.sentence);
				if (i.target) assert.ok(Object.values(i.hedges ?? {}).some(isThreshold), i.sentence);
			}
		}
	});
});
