import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDocument } from '../../src/lib/extract/document.ts';
import { extractIndicators } from '../../src/lib/extract/indicators/extract-indicators.ts';
import { actedOn, amountOf, isBare, reorder, uncounted } from '../../src/lib/extract/indicators/label-phrases.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';

// The labels of "other" figures read as noun phrases out of context. Sentences of our own, in
// the styles of a provincial paper, a district portal (terse, list items) and a TV station's site.

/** Each "other" figure as [label, value, unit]. */
function others(text: string): [string, number | undefined, string | undefined][] {
	return extractIndicators(readDocument(normalizeText(text)))
		.filter((i) => i.key === 'other')
		.map((i) => [i.label, i.value, i.unit]);
}

function labelled(cases: [string, [string, number, string][]][]): void {
	for (const [s, want] of cases) it(s, () => assert.deepEqual(others(s), want));
}

describe('a count after a verb: the counted noun, then what befell it', () => {
	labelled([
		// Provincial paper.
		['Qua rà soát, tổ công tác đã kiểm tra được 48/60 hộ nuôi.', [['hộ nuôi được kiểm tra', 48, 'hộ']]],
		[
			'Đoàn liên ngành kiểm tra 36 cơ sở kinh doanh thực phẩm.',
			[['cơ sở kinh doanh thực phẩm được kiểm tra', 36, 'cơ sở']],
		],
		['Năm qua, bộ phận một cửa giải quyết 2.140 hồ sơ đúng hạn.', [['hồ sơ đúng hạn được giải quyết', 2140, 'hồ sơ']]],
		// District portal.
		['- Tiếp nhận 415 hồ sơ.', [['hồ sơ được tiếp nhận', 415, 'hồ sơ']]],
		['Huy động 250 lượt đoàn viên ra quân dọn vệ sinh.', [['lượt đoàn viên ra quân dọn vệ sinh', 250, 'lượt']]],
		// TV station.
		['Lực lượng chức năng đã huy động hơn 120 lượt cán bộ, chiến sĩ.', [['lượt cán bộ được huy động', 120, 'lượt']]],
		['Trận lũ ảnh hưởng đến 640 hộ dân ven sông.', [['hộ dân ven sông bị ảnh hưởng', 640, 'hộ']]],
		['Cơn bão làm ảnh hưởng tới 95 hộ.', [['hộ bị ảnh hưởng', 95, 'hộ']]],
		// Where the counted went follows what befell them.
		['Năm nay xã di dời 27 hộ ra khỏi vùng sạt lở.', [['hộ được di dời ra khỏi vùng sạt lở', 27, 'hộ']]],
		// A verb that gets others to act: what follows says what was done.
		['Hội Phụ nữ vận động 80 hội viên tham gia tổ tiết kiệm.', [['hội viên tham gia tổ tiết kiệm', 80, 'hội viên']]],
		['Đoàn viên giúp 45 hộ gia đình chính sách sửa nhà.', [['hộ gia đình chính sách sửa nhà', 45, 'hộ']]],
	]);
	it('does not take the words after the figure before it into an amount’s label', () => {
		assert.deepEqual(others('Đội kiểm tra liên ngành xử lý 26 vụ buôn lậu, phạt tiền 310 triệu đồng.'), [
			['vụ buôn lậu được xử lý', 26, 'vụ'],
			['phạt tiền', 310, 'triệu đồng'],
		]);
	});
	it('gives each count of an enumeration the verb they share', () => {
		assert.deepEqual(others('Dịp này, Hội trao 120 suất quà, 15 chiếc xe đạp và 10 suất học bổng.'), [
			['suất quà được trao', 120, 'suất quà'],
			['xe đạp được trao', 15, 'chiếc'],
			['suất học bổng được trao', 10, 'suất học bổng'],
		]);
		assert.deepEqual(others('Tổ công tác kiểm tra 52 cơ sở, xử phạt 9 cơ sở.'), [
			['cơ sở được kiểm tra', 52, 'cơ sở'],
			['cơ sở bị xử phạt', 9, 'cơ sở'],
		]);
		// "và" between two clauses with subjects of their own shares no verb.
		assert.deepEqual(others('Trong đó có 210 hộ xây nhà mới và 84 hộ sửa chữa nhà ở.'), [
			['hộ xây nhà mới', 210, 'hộ'],
			['hộ sửa chữa nhà ở', 84, 'hộ'],
		]);
	});
	it('keeps a tail that is a clause of its own as it is ("hộ … có nhu cầu")', () => {
		assert.deepEqual(others('Xã đã khảo sát và hỗ trợ 56 hộ có nhu cầu vay vốn.'), [
			['hộ có nhu cầu vay vốn', 56, 'hộ'],
		]);
		assert.deepEqual(others('Huyện ghi nhận 14 trường hợp mắc tay chân miệng.'), [
			['trường hợp mắc tay chân miệng', 14, 'trường hợp'],
		]);
	});
	it('writes a handed-out count with its recipients, when they are named in few words', () => {
		assert.deepEqual(others('Nhân dịp Tết, Hội Chữ thập đỏ trao 350 phần quà cho hộ nghèo.'), [
			['phần quà trao cho hộ nghèo', 350, 'phần quà'],
		]);
		assert.deepEqual(others('Dịp này, đoàn tặng 40 suất quà cho các em học sinh vượt khó học giỏi trong xã.'), [
			['suất quà được tặng', 40, 'suất quà'],
		]);
	});
	it('leaves the classifier out before the noun it counts ("chiếc xe", "em học sinh")', () => {
		assert.deepEqual(others('Công an tỉnh trao tặng 12 chiếc xe đạp.'), [['xe đạp được trao tặng', 12, 'chiếc']]);
		assert.deepEqual(others('Nhà trường tổ chức tuyên truyền cho 820 em học sinh.'), [
			['học sinh được tuyên truyền', 820, 'em'],
		]);
	});
});

describe('what a count says nothing of is left out, not shown under a thin label', () => {
	const none = [
		// A bare "hộ dân", "người" with no verb: it would read as the district's households.
		'Chương trình đã đến với 419 hộ dân.',
		'Buổi lễ có 300 người dân.',
		// "lượt" with only a verb that says a count was made, and no "số …" naming it.
		'Đến nay mới tiến hành được 9 lượt.',
		'Trong quý ghi nhận 14 trường hợp.',
		// Recipients with no verb of the list to say what they got.
		'Huyện ủy chuyển đảng chính thức cho 9 đảng viên.',
	];
	for (const s of none) it(s, () => assert.deepEqual(others(s), []));
	it('reports a count of recipients equal to what was handed to them once', () => {
		assert.deepEqual(others('Đoàn trao 30 suất quà cho 30 gia đình chính sách.'), [
			['suất quà trao cho gia đình chính sách', 30, 'suất quà'],
		]);
	});
	it('labels recipients of another number by what they were given', () => {
		assert.deepEqual(others('Hội trao 200 suất quà cho 150 hộ nghèo.'), [
			['suất quà trao cho hộ nghèo', 200, 'suất quà'],
			['hộ nghèo được trao suất quà', 150, 'hộ'],
		]);
	});
});

describe('a count after "của": those counted have what comes before', () => {
	labelled([
		['Sai phạm của 4 cán bộ địa chính xảy ra từ năm 2019.', [['cán bộ địa chính có sai phạm', 4, 'cán bộ']]],
		['Nhà của 65 hộ bị ngập sâu sau trận mưa lớn.', [['hộ có nhà bị ngập sâu', 65, 'hộ']]],
		['Buổi lễ diễn ra với sự tham gia của 230 đoàn viên.', [['đoàn viên tham gia', 230, 'đoàn viên']]],
	]);
	it('leaves the count out when what they have takes too many words to name', () => {
		assert.deepEqual(others('Theo báo cáo, kết quả thẩm định hồ sơ đề nghị của 18 hộ còn chậm.'), []);
	});
});

describe('a measure after a verb: the thing measured, then what befell it', () => {
	labelled([
		['Kiểm lâm tịch thu 12,5 m3 gỗ lim.', [['gỗ lim bị tịch thu', 12.5, 'm3']]],
		['Vụ này huyện hỗ trợ 80 ha giống ngô lai.', [['diện tích giống ngô lai được hỗ trợ', 80, 'ha']]],
		// No verb of the list: the words stay as written.
		['Xã đã bê tông hóa 3,6 km đường ngõ xóm.', [['bê tông hóa đường ngõ xóm', 3.6, 'km']]],
	]);
});

describe('"số …" names a bare event count after it', () => {
	it('takes the noun from "số …" with the same unit before it in the sentence', () => {
		assert.deepEqual(others('Số tiếp công dân tối thiểu 40 lượt nhưng mới tiến hành được 12 lượt.'), [
			['lượt tiếp công dân', 12, 'lượt'],
		]);
		assert.deepEqual(others('Theo kế hoạch, số lượt kiểm tra tối thiểu 12 lượt, mới thực hiện được 5 lượt.'), [
			['lượt kiểm tra', 5, 'lượt'],
		]);
	});
	it('does not take a "số …" of another unit', () => {
		assert.deepEqual(others('Số đơn thư ít nhất 40 lá nhưng mới tiến hành được 12 lượt.'), []);
	});
});

describe('amounts named only "kinh phí", "trị giá", "quy mô": completed by what they pay for', () => {
	labelled([
		[
			'Huyện đầu tư nâng cấp tuyến đường liên xã với kinh phí 12,5 tỷ đồng.',
			[['kinh phí đầu tư nâng cấp tuyến đường liên xã', 12.5, 'tỷ đồng']],
		],
		[
			'Tháng này, huyện chi trả trợ cấp hằng tháng với số tiền hơn 2 tỷ 150 triệu đồng.',
			[['số tiền chi trả trợ cấp hằng tháng', 2.15, 'tỷ đồng']],
		],
		[
			'Đơn vị trao tặng 20 chiếc xe lăn trị giá 60 triệu đồng.',
			[
				['xe lăn được trao tặng', 20, 'chiếc'],
				['trị giá xe lăn', 60, 'triệu đồng'],
			],
		],
		[
			'Ban tổ chức trao 150 suất quà cho người cao tuổi neo đơn trong các thôn, với tổng trị giá 75 triệu đồng.',
			[
				['suất quà được trao', 150, 'suất quà'],
				['tổng trị giá suất quà', 75, 'triệu đồng'],
			],
		],
		[
			'Ngân hàng chính sách cho vay 85 hộ với số tiền 4 tỷ đồng.',
			[
				['hộ được cho vay', 85, 'hộ'],
				['số tiền cho vay hộ', 4, 'tỷ đồng'],
			],
		],
		[
			'Xã hoàn thành 6 km đường bê tông với tổng kinh phí 3,1 tỷ đồng.',
			[
				['đường bê tông được hoàn thành', 6, 'km'],
				['tổng kinh phí hoàn thành đường bê tông', 3.1, 'tỷ đồng'],
			],
		],
		[
			'Xã xây dựng mới nhà văn hóa thôn với tổng kinh phí thực hiện 900 triệu đồng.',
			[['tổng kinh phí xây dựng mới nhà văn hóa thôn', 900, 'triệu đồng']],
		],
	]);
	it('leaves out a bare amount whose action is not found, or belongs to an amount before it', () => {
		assert.deepEqual(others('Công trình Nhà văn hóa Trung tâm với tổng mức đầu tư 15 tỷ đồng.'), []);
		assert.deepEqual(
			others('Huyện xây dựng mới cầu Khe Lim trị giá 14 tỷ đồng và tuyến kè bờ sông với vốn đầu tư 9 tỷ đồng.'),
			[],
		);
		assert.deepEqual(others('Tổng kinh phí thực hiện 350 tr.đồng.'), []);
		assert.deepEqual(others('- Tổng kinh phí: 2,5 tỷ đồng.'), []);
	});
});

describe('areas, sizes and measures in noun-phrase order', () => {
	labelled([
		['Năm nay bà con trồng mới 320 ha cà phê.', [['diện tích bà con trồng mới cà phê', 320, 'ha']]],
		['Huyện thực hiện chuyển đổi 150 ha đất lúa.', [['diện tích chuyển đổi đất lúa', 150, 'ha']]],
		['Khu công nghiệp rộng 450 ha.', [['diện tích khu công nghiệp', 450, 'ha']]],
		['Tuyến kè dài 2,4 km.', [['chiều dài tuyến kè', 2.4, 'km']]],
		['Nhà máy có tổng vốn đầu tư khoảng 300 triệu USD.', [['tổng vốn đầu tư của nhà máy', 300, 'triệu USD']]],
		['Các hộ thu hoạch 620 tấn cam.', [['sản lượng các hộ thu hoạch cam', 620, 'tấn']]],
		// A size word with nothing it measures is no label.
		['Cầu dài 120 m, rộng 9 m.', [['chiều dài cầu', 120, 'm']]],
	]);
	it('leaves out a subject that points back into the article ("địa phương này")', () => {
		assert.deepEqual(others('Đến cuối năm, địa phương này còn nợ các nhà thầu gần 95 tỷ đồng.'), [
			['nợ các nhà thầu', 95, 'tỷ đồng'],
		]);
	});
	it('makes a bare verb of money a noun ("số tiền vận động")', () => {
		assert.deepEqual(others('Mặt trận huyện đã vận động được 650 triệu đồng để xây nhà Đại đoàn kết.'), [
			['số tiền vận động', 650, 'triệu đồng'],
		]);
	});
});

describe('label bounds', () => {
	labelled([
		// "nhà ở" is one noun: its "ở" stays; "trị" of "chính trị" is no "trị giá".
		['Trong đó có 75 hộ sửa chữa nhà ở.', [['hộ sửa chữa nhà ở', 75, 'hộ']]],
		[
			'Huyện cử 9 đồng chí đi học cao cấp lý luận chính trị.',
			[['đồng chí đi học cao cấp lý luận chính trị', 9, 'đồng chí']],
		],
	]);
	it('leaves out a count whose words run on past what a label can hold (it would be cut mid-phrase)', () => {
		assert.deepEqual(others('Có 40 hộ đồng bào dân tộc thiểu số sinh sống ven suối lâu năm nay đã được di dời.'), []);
	});
	it('ends no label on a link word, an auxiliary or punctuation', () => {
		for (const s of [
			'Đã có 412 hộ gia đình thoát nghèo và.',
			'Tổ chức 6 cuộc họp dân, với.',
			'Khánh thành 12 công trình phúc lợi được.',
		]) {
			for (const [label] of others(s)) assert.doesNotMatch(label, /(?:\s(?:với|và|được|đã)|[,;:.])$/u, s);
		}
	});
});

describe('label-phrases rules on their own', () => {
	it('orders a verb after its counted noun by the kind of verb', () => {
		assert.equal(actedOn('hộ', '', 'kiểm tra', ''), 'hộ được kiểm tra');
		assert.equal(actedOn('hộ', 'dân', 'ảnh hưởng đến', ''), 'hộ dân bị ảnh hưởng');
		assert.equal(actedOn('phần quà', '', 'trao', 'hộ nghèo'), 'phần quà trao cho hộ nghèo');
		assert.equal(actedOn('phần quà', '', 'kiểm tra', 'hộ nghèo'), 'phần quà được kiểm tra');
		assert.equal(actedOn('trường hợp', '', 'ghi nhận', ''), 'trường hợp');
		assert.equal(actedOn('hộ', 'đã thoát nghèo', 'hỗ trợ', ''), 'hộ đã thoát nghèo');
		assert.equal(actedOn('chiếc', 'xe máy', 'tặng', ''), 'xe máy được tặng');
		assert.equal(actedOn('hộ', 'về nơi ở mới', 'di dời', ''), 'hộ được di dời về nơi ở mới');
		assert.equal(
			actedOn('hộ', 'dân tộc thiểu số sống ven suối lâu năm', 'thăm', ''),
			'hộ dân tộc thiểu số sống ven suối lâu năm',
		);
	});
	it('completes a generic amount by the thing handed over, else by the verb and its object', () => {
		assert.equal(amountOf('tổng trị giá', 'trao', 'suất quà'), 'tổng trị giá suất quà');
		assert.equal(amountOf('kinh phí', 'nâng cấp', 'tuyến đường'), 'kinh phí nâng cấp tuyến đường');
		assert.equal(amountOf('tổng kinh phí', 'xây dựng', 'căn nhà'), 'tổng kinh phí xây dựng căn nhà');
	});
	it('drops classifiers and names bare counts', () => {
		assert.equal(uncounted('chiếc xe máy'), 'xe máy');
		assert.equal(uncounted('chiếc'), 'chiếc');
		assert.equal(isBare('Hộ dân'), true);
		assert.equal(isBare('hộ dân tộc thiểu số'), false);
	});
	it('reorders measures and trims loose ends', () => {
		assert.equal(reorder('Dự án có tổng vốn đầu tư'), 'tổng vốn đầu tư của dự án');
		assert.equal(reorder('đường dài'), 'chiều dài đường');
		assert.equal(reorder('xã đạt chuẩn NTM nâng cao'), 'xã đạt chuẩn NTM nâng cao');
		assert.equal(reorder('Ô tô trị giá'), 'trị giá ô tô');
		assert.equal(reorder('tổng trị giá'), 'tổng trị giá');
		assert.equal(reorder('và hộ nghèo được hỗ trợ với,'), 'hộ nghèo được hỗ trợ');
		assert.equal(reorder('thực hiện trồng mới cây quế'), 'trồng mới cây quế');
		assert.equal(reorder('hộ sửa nhà ở'), 'hộ sửa nhà ở');
		assert.equal(reorder('hộ sống ở'), 'hộ sống');
		assert.equal(reorder('huyện này còn nợ nhà thầu'), 'nợ nhà thầu');
	});
});
