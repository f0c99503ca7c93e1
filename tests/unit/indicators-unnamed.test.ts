import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDocument } from '../../src/lib/extract/document.ts';
import { extractIndicators } from '../../src/lib/extract/indicators/extract-indicators.ts';
import { findFigures } from '../../src/lib/extract/indicators/figures.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';
import type { Indicator } from '../../src/schemas/briefing.ts';

// Sentences of our own, in the styles of district portals, provincial papers and news digests.

function extract(text: string): Indicator[] {
	return extractIndicators(readDocument(normalizeText(text)));
}

/** Each indicator as [key, label, value, unit]. */
function rows(text: string): [string, string, number | undefined, string | undefined][] {
	return extract(text).map((i) => [i.key, i.label, i.value, i.unit]);
}

describe('compound amounts', () => {
	const cases: [string, number, string][] = [
		['ước đạt 512 tỷ 340 triệu đồng', 512.34, 'tỷ đồng'],
		['đạt 87 tỷ 5 triệu đồng', 87.005, 'tỷ đồng'],
		['chi 1 tỷ 278triệu đồng', 1.278, 'tỷ đồng'],
		['hỗ trợ 12 triệu 500 nghìn đồng', 12.5, 'triệu đồng'],
		['thu 2 tỉ 50 triệu', 2.05, 'tỉ'],
	];
	for (const [s, value, unit] of cases) {
		it(s, () => {
			const [f, ...rest] = findFigures(s);
			assert.deepEqual([f?.value, f?.unit, rest.length], [value, unit, 0]);
		});
	}
	it('joins only a smaller scale right after the first ("5 tỷ, 300 triệu" are two)', () => {
		assert.deepEqual(
			findFigures('đạt 5 tỷ, 300 triệu đồng').map((f) => f.value),
			[5, 300],
		);
		assert.deepEqual(
			findFigures('đạt 3 triệu 5 tỷ đồng').map((f) => f.value),
			[3, 5],
		);
		// The rest must be less than one of the first scale.
		assert.deepEqual(
			findFigures('đạt 3 tỷ 5.000 triệu đồng').map((f) => f.value),
			[3, 5000],
		);
	});
	it('reads a compound amount as an indicator value, its unit as written, single-spaced', () => {
		const [i] = extract('Tổng thu ngân sách trên địa bàn ước đạt 512 tỷ 340 triệu đồng.');
		assert.deepEqual([i?.key, i?.value, i?.unit], ['budget-revenue', 512.34, 'tỷ đồng']);
		const [j] = extract('Thu ngân sách nhà nước đạt 45 Tỷ 120 Triệu Đồng.');
		assert.deepEqual([j?.value, j?.unit], [45.12, 'Tỷ Đồng']);
	});
	it('ends a bare scale word at the word, not at the spaces after it', () => {
		const [i] = extract('Thu ngân sách đạt 211 tỷ , tăng 10%.');
		assert.equal(i?.unit, 'tỷ');
	});
});

describe('abbreviated units', () => {
	it('writes "tr.đồng", "tr.đ" and "trđ" out as "triệu đồng"', () => {
		assert.deepEqual(rows('Xã sửa chữa 3 phòng học với tổng kinh phí thực hiện 350 tr.đồng.'), [
			['other', 'tổng kinh phí sửa chữa phòng học', 350, 'triệu đồng'],
		]);
		assert.deepEqual(rows('Thu ngân sách đạt 12.500 Tr.đ.'), [
			['budget-revenue', 'thu ngân sách', 12500, 'triệu đồng'],
		]);
		assert.deepEqual(rows('Huyện hỗ trợ 45 trđ cho các hộ.'), [['other', 'số tiền hỗ trợ', 45, 'triệu đồng']]);
	});
});

describe('figures no phrase names: "other" with the article’s words', () => {
	const cases: [string, [string, string, number, string][]][] = [
		['Dịp này, huyện đã trao tặng 2.000 phần quà.', [['other', 'phần quà được trao tặng', 2000, 'phần quà']]],
		[
			'Năm qua toàn huyện khánh thành 44 công trình chào mừng đại hội, tổng kinh phí hơn 600 triệu đồng.',
			[
				['other', 'công trình chào mừng đại hội được khánh thành', 44, 'công trình'],
				['other', 'tổng kinh phí công trình chào mừng đại hội', 600, 'triệu đồng'],
			],
		],
		['Nông dân gieo cấy 4.000 ha lúa hè thu.', [['other', 'diện tích nông dân gieo cấy lúa hè thu', 4000, 'ha']]],
		['Huyện đã gieo cấy 4.000 ha lúa hè thu.', [['other', 'diện tích gieo cấy lúa hè thu', 4000, 'ha']]],
		[
			'Quy mô dân số của thị xã là 98.210 người, tỉ lệ đô thị hóa của thị xã Bến Lức là 48,2%.',
			[
				['other', 'quy mô dân số của thị xã', 98210, 'người'],
				['other', 'tỉ lệ đô thị hóa', 48.2, '%'],
			],
		],
		[
			'Lũy kế thu BHXH, BHYT từ đầu năm đến nay đạt 61 tỷ 250 triệu đồng.',
			[['other', 'thu BHXH, BHYT', 61.25, 'tỷ đồng']],
		],
		[
			'Trong đó, 12 xã đạt chuẩn NTM nâng cao, 4 xã được công nhận NTM kiểu mẫu.',
			[
				['other', 'xã đạt chuẩn NTM nâng cao', 12, 'xã'],
				['other', 'xã được công nhận NTM kiểu mẫu', 4, 'xã'],
			],
		],
		[
			'Toàn huyện có 18.200 ha đất lâm nghiệp, trong đó diện tích đất có rừng trên 9.400 ha.',
			[
				['other', 'diện tích đất lâm nghiệp', 18200, 'ha'],
				['other', 'diện tích đất có rừng', 9400, 'ha'],
			],
		],
		[
			'Lực lượng chức năng phát hiện 7 vụ vi phạm, trong đó vận chuyển gỗ trái phép 04 vụ.',
			[
				['other', 'vụ vi phạm được phát hiện', 7, 'vụ'],
				['other', 'vận chuyển gỗ trái phép', 4, 'vụ'],
			],
		],
		[
			'Trong tháng ghi nhận 23 trường hợp mắc sốt xuất huyết.',
			[['other', 'trường hợp mắc sốt xuất huyết', 23, 'trường hợp']],
		],
		[
			'Đoàn viên thanh niên đã giúp 300 hộ gia đình thu hoạch lúa.',
			[['other', 'hộ gia đình thu hoạch lúa', 300, 'hộ']],
		],
		['Kết quả kiểm tra được 120/150 hộ nuôi tôm.', [['other', 'hộ nuôi tôm được kiểm tra', 120, 'hộ']]],
		// A known verb before a count says what befell it; the subject before the verb is no part of it.
		['Dịp này, Ban tổ chức trao 120 suất học bổng.', [['other', 'suất học bổng được trao', 120, 'suất học bổng']]],
		['Bộ phận một cửa đã tiếp nhận 1.245 hồ sơ.', [['other', 'hồ sơ được tiếp nhận', 1245, 'hồ sơ']]],
		[
			'Chương trình đã hỗ trợ xây dựng 350 căn nhà cho hộ nghèo.',
			[['other', 'căn nhà được hỗ trợ xây dựng', 350, 'căn nhà']],
		],
		[
			'Sau 3 ngày, đã có 12.500 lượt khách đến tham quan.',
			[['other', 'lượt khách đến tham quan', 12500, 'lượt khách']],
		],
		// A verb whose object (a number) is cut off is left out of the label.
		['Huyện có 12 sản phẩm OCOP đạt 3 sao.', [['other', 'sản phẩm OCOP', 12, 'sản phẩm']]],
		// Openers and the district itself are no part of the label.
		['Đến nay, toàn huyện có 1.250 km đường giao thông.', [['other', 'đường giao thông', 1250, 'km']]],
	];
	for (const [s, want] of cases) it(s, () => assert.deepEqual(rows(s), want));

	it('keeps the funding of projects counted before an aside in brackets, which is no figure of its own', () => {
		const got = extract('Huyện triển khai 80 công trình (50 công trình chuyển tiếp) với tổng mức đầu tư 420 tỷ đồng.');
		assert.deepEqual(
			got.map((i) => [i.key, i.value, i.unit]),
			[
				['investment-projects', 80, 'công trình'],
				['investment-projects', 420, 'tỷ đồng'],
			],
		);
	});
	it('reads a list of "label: figure" items, with or without their marks', () => {
		const text = [
			'Huyện sơ kết công tác 6 tháng đầu năm',
			'Sáng 2/7, huyện tổ chức hội nghị sơ kết.',
			'- Sản lượng lúa: 45.000 tấn.',
			'+ Số hộ thoát nghèo: 320 hộ.',
			'• Kinh phí hỗ trợ: 1,2 tỷ đồng.',
			'Số lao động được đào tạo nghề: 410 người.',
			'- Địa chỉ: số 12, đường Lê Lợi.',
		].join('\n');
		assert.deepEqual(rows(text), [
			['other', 'sản lượng lúa', 45000, 'tấn'],
			['other', 'số hộ thoát nghèo', 320, 'hộ'],
			['other', 'kinh phí hỗ trợ', 1.2, 'tỷ đồng'],
			['other', 'số lao động được đào tạo nghề', 410, 'người'],
		]);
	});
	it('joins an amount after a per cent to the indicator it completes, not to an "other" figure', () => {
		assert.deepEqual(rows('Thu ngân sách đạt 105% dự toán, tương đương 320 tỷ đồng.'), [
			['budget-revenue', 'thu ngân sách', 320, 'tỷ đồng'],
		]);
	});
	it('reports a figure no phrase names only from body text, not from the headline or a caption', () => {
		const text =
			'Huyện trao 500 suất quà Tết\n\nSáng 20/1, huyện tổ chức lễ trao quà cho hộ nghèo.\n\nTrao 500 suất quà cho hộ nghèo. Ảnh: Thu Trang';
		assert.deepEqual(extract(text), []);
	});
});

describe('figures no phrase names: what is not a figure', () => {
	const none: string[] = [
		// Dates, years, times, document numbers, ages, phone numbers, list numbering.
		'Ngày 15/3/2025, UBND huyện ban hành Quyết định số 1250/QĐ-UBND.',
		'Ông sinh năm 1965, năm nay 60 tuổi, có 35 năm tuổi Đảng.',
		'Mọi phản ánh xin gọi số 0912 345 678 hoặc 1900 1234.',
		'1. Về kinh tế; 2. Về văn hóa - xã hội; 3. Về quốc phòng.',
		'Hội nghị bắt đầu lúc 8 giờ 30 phút tại hội trường tầng 3.',
		// Counts with no unit, the parts of a district, a value of each item.
		'Huyện có 12 xã, 2 thị trấn với 145 thôn, bản.',
		'Huyện phê duyệt 9 đồ án quy hoạch.',
		'Mỗi suất quà trị giá 800.000 đồng gồm gạo, dầu ăn và tiền mặt.',
		'Mức hỗ trợ 50 triệu đồng/hộ xây nhà mới.',
		// Floors to reach, ranges, asides and denials.
		'Mỗi xã phải có ít nhất 1 mô hình kinh tế tập thể.',
		'Mỗi địa phương làm được 1 đến 2 tuyến đường là tốt rồi.',
		'Có 5 chỉ tiêu chưa đạt kế hoạch.',
		// A change is no total.
		'Năm nay giảm được 3 chi bộ ghép.',
		// Targets and requests.
		'Huyện phấn đấu năm 2026 trồng mới 500 ha cây ăn quả.',
		'Đề nghị tỉnh hỗ trợ 30 tỷ đồng xây dựng cầu.',
		// Distances, prices per unit.
		'Xã nằm cách trung tâm huyện 30 km.',
		'Giá lúa tươi hiện ở mức 7.000 đồng/kg.',
		// Amounts whose words name no money, or name a person or place.
		'Ông Nguyễn Văn Bình cho Quỹ Phát triển vay 2 tỷ đồng.',
		'Bàn giao nhà tình nghĩa tại xã Tân Phú trị giá 80 triệu đồng, huyện Mỹ Tú trị giá 60 triệu đồng.',
	];
	for (const s of none) it(s, () => assert.deepEqual(rows(s), []));
});

describe('keyed figures across house styles', () => {
	it('reads "tỉ lệ" as "tỷ lệ"', () => {
		const [i] = extract('Tỉ lệ hộ nghèo giảm còn 3,1%.');
		assert.deepEqual([i?.key, i?.value], ['poverty-rate', 3.1]);
		const [j] = extract('Tỉ lệ che phủ rừng đạt 45,6%.');
		assert.deepEqual([j?.key, j?.value], ['forest-cover', 45.6]);
	});
	it('reads the share of communes meeting the new-rural standard as the value, in per cent', () => {
		const [i] = extract('Đến nay, tỉnh có 100% số xã được công nhận đạt chuẩn NTM.');
		assert.deepEqual([i?.key, i?.value, i?.unit, i?.planPercent], ['new-rural-communes', 100, '%', undefined]);
		const [j] = extract('Huyện có 85% xã đạt chuẩn nông thôn mới.');
		assert.deepEqual([j?.key, j?.value], ['new-rural-communes', 85]);
		// Advanced standards are not the new-rural standard.
		assert.equal(extract('Có 40% số xã đạt chuẩn nông thôn mới nâng cao.')[0]?.key, undefined);
	});
	it('leaves out milestones a plan sets', () => {
		const got = extract(
			'Sở đã lên kế hoạch giải ngân theo các mốc tiến độ: đến ngày 30/6/2026 giải ngân đạt 40% kế hoạch; đến ngày 30/9/2026 giải ngân đạt 70%.',
		);
		assert.deepEqual(got, []);
		assert.deepEqual(extract('Mốc thời gian: hết quý III giải ngân đạt 60%.'), []);
	});
	it('leaves out what each of several things reached ("đều"), but not a count’s share', () => {
		assert.deepEqual(extract('Các công trình trọng điểm đều giải ngân đạt 100%.'), []);
		const [i] = extract('Tất cả 20 chỉ tiêu đều đạt từ 80% kế hoạch trở lên.');
		assert.deepEqual([i?.key, i?.value, i?.planPercent], ['targets-met', 20, 80]);
	});
});

describe('figures of one label kept apart', () => {
	it('keeps a count out of another whole under the same label', () => {
		assert.deepEqual(
			extract('Quý I có 16/33 hộ được kiểm tra. Quý II có 16/20 hộ được kiểm tra.').map((i) => [i.value, i.of]),
			[
				[16, 33],
				[16, 20],
			],
		);
	});
	it('keeps two different figures of one label, and drops a figure restated', () => {
		assert.deepEqual(
			rows(
				'Dịp Tết, huyện trao 200 suất quà cho hộ nghèo. Hội Chữ thập đỏ huyện cũng trao 150 suất quà cho hộ nghèo. Như vậy, ngành đã trao 200 suất quà cho hộ nghèo.',
			),
			[
				['other', 'suất quà trao cho hộ nghèo', 200, 'suất quà'],
				['other', 'suất quà trao cho hộ nghèo', 150, 'suất quà'],
			],
		);
	});
});

describe('figures of one label kept whole', () => {
	it('keeps the plan share of a second figure that reaches the same share', () => {
		assert.deepEqual(
			extract(
				'Trong quý I, huyện trao 200 suất quà, đạt 100% kế hoạch. Trong quý II, Hội Chữ thập đỏ trao 150 suất quà, đạt 100% kế hoạch.',
			).map((i) => [i.value, i.planPercent]),
			[
				[200, 100],
				[150, 100],
			],
		);
	});
	it('still drops a share restated without its figure', () => {
		assert.deepEqual(
			extract('Thu ngân sách đạt 120 tỷ đồng, đạt 110% dự toán. Như vậy, thu ngân sách đạt 110% dự toán.').map((i) => [
				i.value,
				i.planPercent,
			]),
			[[120, 110]],
		);
	});
});

describe('an amount after an indicator phrase that cannot hold it', () => {
	it('labels the amount by its own words', () => {
		assert.deepEqual(rows('Nhân dịp này, đoàn tặng 60 suất quà cho các hộ nghèo với tổng kinh phí 30 triệu đồng.'), [
			['other', 'suất quà tặng cho hộ nghèo', 60, 'suất quà'],
			['other', 'tổng kinh phí suất quà', 30, 'triệu đồng'],
		]);
		assert.deepEqual(rows('- Rà soát 45 hộ nghèo, tổng kinh phí hỗ trợ là 200 triệu đồng.').at(-1), [
			'other',
			'tổng kinh phí hỗ trợ',
			200,
			'triệu đồng',
		]);
	});
	it('leaves the figures after it to the key, and never relabels the key phrase', () => {
		const [i, ...rest] = extract('Giải ngân vốn đầu tư công 12 dự án, đạt 85%.');
		assert.deepEqual(
			[i?.key, i?.value, i?.planPercent, rest.length],
			['public-investment-disbursement', undefined, 85, 0],
		);
		assert.deepEqual(rows('Xã đạt chuẩn nông thôn mới được thưởng 1 tỷ đồng.'), [
			['other', 'số tiền thưởng', 1, 'tỷ đồng'],
		]);
		assert.deepEqual(rows('Kinh phí hỗ trợ hộ nghèo 30 triệu đồng.'), [
			['other', 'kinh phí hỗ trợ hộ nghèo', 30, 'triệu đồng'],
		]);
		assert.deepEqual(rows('Đàn gia súc trị giá 5 tỷ đồng.'), [['other', 'trị giá đàn gia súc', 5, 'tỷ đồng']]);
		// Only an amount: a count after the key would take its label from a tail cut short.
		assert.deepEqual(rows('Tỷ lệ hộ nghèo còn cao vì 45 hộ vướng mặt bằng tái định cư.'), []);
	});
	it('reports nothing the words do not name', () => {
		// "thu nhập" after a livestock count names no amount of money spent or given.
		assert.deepEqual(rows('Tổng đàn gia súc đạt 25.000 con, thu nhập 3 tỷ đồng.'), [
			['livestock', 'tổng đàn gia súc', 25000, 'con'],
		]);
		// A rate stays the rate; the count beside it is a bare unit.
		assert.deepEqual(rows('Tỷ lệ hộ nghèo giảm còn 3,2%, tương ứng 1.240 hộ.'), [
			['poverty-rate', 'tỷ lệ hộ nghèo', 3.2, '%'],
		]);
	});
});

describe('a list of the measures of one thing', () => {
	it('gives each measure its owner', () => {
		assert.deepEqual(rows('Dự án có tổng diện tích 120 ha, tổng vốn đầu tư 2.300 tỷ đồng.'), [
			['other', 'tổng diện tích của dự án', 120, 'ha'],
			['other', 'tổng vốn đầu tư của dự án', 2300, 'tỷ đồng'],
		]);
		assert.deepEqual(rows('Khu công nghiệp mới có diện tích 300 ha và tổng vốn 1.500 tỷ đồng.').at(-1), [
			'other',
			'tổng vốn của khu công nghiệp mới',
			1500,
			'tỷ đồng',
		]);
	});
	it('needs the thing to have the first measure', () => {
		// "phòng học" is no measure the school has: the amount after it has no owner to take.
		assert.deepEqual(rows('Trường học có 20 phòng học, tổng vốn đầu tư 15 tỷ đồng.'), []);
	});
});

describe('"nâng cấp", "cung cấp" before a figure', () => {
	it('reads the figure: "cấp" is half of a verb', () => {
		assert.deepEqual(rows('Năm nay huyện nâng cấp 12 km đường giao thông nông thôn.'), [
			['other', 'đường giao thông nông thôn được nâng cấp', 12, 'km'],
		]);
		assert.deepEqual(
			findFigures('cung cấp 3.000 tấn gạo').map((f) => [f.value, f.unit]),
			[[3000, 'tấn']],
		);
	});
	it('still reads "cấp" before a number as a level', () => {
		assert.deepEqual(findFigures('trường cấp 3 xã'), []);
		assert.deepEqual(findFigures('đạt chuẩn cấp 2 xã'), []);
	});
});

describe('rates and damages no phrase names', () => {
	it('reads a rate by the noun phrase right before it', () => {
		assert.deepEqual(rows('Toàn huyện gieo trồng 33.500 ha lúa vụ Đông Xuân, năng suất bình quân 7,8 tấn/ha.'), [
			['other', 'diện tích gieo trồng lúa vụ Đông Xuân', 33500, 'ha'],
			['other', 'năng suất bình quân', 7.8, 'tấn/ha'],
		]);
		assert.deepEqual(rows('Thu nhập bình quân 52 triệu đồng/người/năm.'), [
			['other', 'thu nhập bình quân', 52, 'triệu đồng/người/năm'],
		]);
	});
	it('reads no rate an action names: what each got is no measure', () => {
		assert.deepEqual(rows('Huyện hỗ trợ các hộ 2 triệu đồng/hộ.'), []);
		assert.deepEqual(rows('Hỗ trợ 2 triệu đồng/hộ.'), []);
	});
	it('reads damage as an amount of money, its estimate word left out of the label', () => {
		assert.deepEqual(rows('Mưa lũ làm hư hỏng 45 nhà dân; thiệt hại ước tính khoảng 15 tỷ đồng.').at(-1), [
			'other',
			'thiệt hại',
			15,
			'tỷ đồng',
		]);
		assert.deepEqual(rows('Bão làm tốc mái nhiều nhà, ước thiệt hại khoảng 45 tỷ đồng.'), [
			['other', 'thiệt hại', 45, 'tỷ đồng'],
		]);
		assert.deepEqual(rows('Tổng tổn thất về tài sản 3,5 tỷ đồng.'), [
			['other', 'tổng tổn thất về tài sản', 3.5, 'tỷ đồng'],
		]);
	});
});
