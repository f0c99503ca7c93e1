import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDocument } from '../../src/lib/extract/document.ts';
import { extractOfficials, type OfficialsContext } from '../../src/lib/extract/officials/extract-officials.ts';
import { quoteDepthAt, quotedTokens } from '../../src/lib/extract/officials/quotes.ts';
import { tokenizeText } from '../../src/lib/extract/officials/tokens.ts';
import { findTriggers } from '../../src/lib/extract/officials/triggers.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';
import type { Official } from '../../src/schemas/briefing.ts';
import { expectedSeeds, seedText } from '../support/seeds.ts';

const DIEN_BIEN: OfficialsContext = { province: 'Điện Biên', district: 'Nậm Pồ' };
const HEADLINE = 'Tin hoạt động trong tuần của huyện';
const LEDE = 'Ngày 2/3, huyện tổ chức hội nghị sơ kết công tác quý I với nhiều nội dung quan trọng.';

/** Officials of an article made of these lines (the first is the headline, the second the lede). */
function officials(lines: readonly string[], context: OfficialsContext = DIEN_BIEN): Official[] {
	return extractOfficials(readDocument(normalizeText(lines.join('\n'))), context);
}

/** Officials of an article whose body paragraphs are these (after a neutral headline and lede). */
function inBody(paragraphs: readonly string[], context: OfficialsContext = DIEN_BIEN): Official[] {
	const doc = readDocument(normalizeText([HEADLINE, LEDE, ...paragraphs].join('\n')));
	// The neutral lines must stay headline and lede for the tests to say what they mean.
	assert.deepEqual(
		doc.blocks.slice(0, 2).map((b) => b.type),
		['headline', 'lede'],
	);
	return extractOfficials(doc, context);
}

/** "name | title | level | role" of each official, in order. */
function rows(list: readonly Official[]): string[] {
	return list.map((o) => `${o.name} | ${o.title} | ${o.level} | ${o.role}`);
}

function names(list: readonly Official[]): string[] {
	return list.map((o) => o.name);
}

describe('extractOfficials: TITLE NAME', () => {
	const cases: [string, string][] = [
		[
			'Phó Chủ tịch UBND tỉnh Vừ A Bằng phát biểu tại buổi làm việc.',
			'Vừ A Bằng | Phó Chủ tịch UBND tỉnh | province | speaker',
		],
		[
			'Bí thư Huyện ủy Lương Thị Hoa yêu cầu các cấp ủy tiếp tục cố gắng.',
			'Lương Thị Hoa | Bí thư Huyện ủy | district | speaker',
		],
		[
			'Sáng 6/10, Chủ tịch UBND tỉnh Lai Châu Lê Văn Lương cùng đoàn công tác đã kiểm tra tiến độ dự án.',
			'Lê Văn Lương | Chủ tịch UBND tỉnh | province | lead',
		],
		[
			'Tại buổi làm việc, Bí thư Tỉnh uỷ Cà Mau Dương Thanh Bình nhắc nhở Đảng bộ xã phải tính toán lại.',
			'Dương Thanh Bình | Bí thư Tỉnh ủy | province | speaker',
		],
		[
			'Giám đốc Sở Xây dựng Hà Nội Lê Văn Dục cho biết, việc ách tắc kéo dài khoảng 8 ngày.',
			'Lê Văn Dục | Giám đốc Sở Xây dựng | province | speaker',
		],
		[
			'Phó Giám đốc Sở Tài chính Trần Vũ Thanh Hùng cho biết, khối huyện đã giải ngân hơn 21% kế hoạch.',
			'Trần Vũ Thanh Hùng | Phó Giám đốc Sở Tài chính | province | speaker',
		],
		[
			'Chủ tịch UBND huyện Điện Biên Đông Lò Văn Phương cho biết, huyện còn nhiều khó khăn.',
			'Lò Văn Phương | Chủ tịch UBND huyện | district | speaker',
		],
		[
			'Chủ tịch UBND xã Nà Khoa Giàng A Tông báo cáo tình hình sản xuất vụ đông, xuân.',
			'Giàng A Tông | Chủ tịch UBND xã | commune | speaker',
		],
		[
			'Sau đó, Bí thư Đảng ủy xã Lường Văn Thắng khẳng định sẽ tiếp tục nhân rộng mô hình.',
			'Lường Văn Thắng | Bí thư Đảng ủy xã | commune | speaker',
		],
		[
			'Bí thư Đảng ủy xã Mường Phăng Lò Văn Ón phát biểu chào mừng, cảm ơn các đại biểu.',
			'Lò Văn Ón | Bí thư Đảng ủy xã | commune | speaker',
		],
		[
			'Phó Trưởng ban Kinh tế - Ngân sách HĐND tỉnh Lý Văn Tư đề nghị làm rõ nguyên nhân, trách nhiệm.',
			'Lý Văn Tư | Phó Trưởng ban Kinh tế - Ngân sách HĐND tỉnh | province | speaker',
		],
		[
			'Giám đốc Trung tâm Y tế huyện Tuần Giáo Lò Văn Kim báo cáo, tình hình dịch bệnh được kiểm soát.',
			'Lò Văn Kim | Giám đốc Trung tâm Y tế huyện | district | speaker',
		],
		[
			'Chủ tịch UBND phường Tân Thanh Đặng Văn Dần báo cáo, phường đã hoàn thành 12 chỉ tiêu.',
			'Đặng Văn Dần | Chủ tịch UBND phường | commune | speaker',
		],
		[
			'Đại biểu Quốc hội Lò Thị Luyến phát biểu, ghi nhận các kiến nghị của cử tri.',
			'Lò Thị Luyến | Đại biểu Quốc hội | national | speaker',
		],
		[
			'Đồng chí Phó Chủ tịch UBND tỉnh Lê Thành Đô phát biểu, chỉ đạo tại hội nghị.',
			'Lê Thành Đô | Phó Chủ tịch UBND tỉnh | province | speaker',
		],
	];
	for (const [sentence, row] of cases) it(sentence, () => assert.deepEqual(rows(inBody([sentence])), [row]));
});

describe('extractOfficials: NAME SEP TITLE', () => {
	const cases: [string, string][] = [
		[
			'Tại buổi làm việc, đồng chí Tống Thanh Hải - Quyền Chủ tịch UBND tỉnh đánh giá cao sự nỗ lực của huyện.',
			'Tống Thanh Hải | Quyền Chủ tịch UBND tỉnh | province | speaker',
		],
		[
			'Trong buổi làm việc, ông Lê Văn Hùng – Phó Chánh Thanh tra TP.HCM cũng thừa nhận đây là vụ khiếu nại kéo dài.',
			'Lê Văn Hùng | Phó Chánh Thanh tra TP | province | speaker',
		],
		[
			'Ông Phạm Quang Ân, Trưởng Phòng NN&PTNT huyện Tuy Phước, cho biết: Huyện đã đạt 5/9 tiêu chí.',
			'Phạm Quang Ân | Trưởng Phòng NN&PTNT huyện | district | speaker',
		],
		[
			'Ông Nguyễn Văn An, Chủ tịch UBND xã Ân Hữu, huyện Hoài Ân, cho biết xã đã hoàn thành kế hoạch.',
			'Nguyễn Văn An | Chủ tịch UBND xã | commune | speaker',
		],
		[
			'Bà Lương Thị Hoa – Bí thư Huyện ủy Như Xuân nhấn mạnh, cần quyết liệt hơn nữa.',
			'Lương Thị Hoa | Bí thư Huyện ủy | district | speaker',
		],
		[
			'Theo ông Nguyễn Văn Am, Chủ tịch UBND huyện, năm nay huyện đạt 12 chỉ tiêu.',
			'Nguyễn Văn Am | Chủ tịch UBND huyện | district | speaker',
		],
		[
			'Cũng tại buổi làm việc, ông Nguyễn Văn Kha (Chủ tịch UBND xã Phước Hòa) cho biết xã đã có đường.',
			'Nguyễn Văn Kha | Chủ tịch UBND xã | commune | speaker',
		],
		[
			'Đại tá Nguyễn Văn Giang, Chỉ huy trưởng Bộ CHQS tỉnh phát biểu, giao nhiệm vụ cho các đơn vị.',
			'Nguyễn Văn Giang | Chỉ huy trưởng Bộ CHQS tỉnh | province | speaker',
		],
		[
			'Đồng chí Rah Lan Lâm-Phó Bí thư Thường trực Huyện ủy phát biểu, đề nghị các xã đẩy nhanh tiến độ.',
			'Rah Lan Lâm | Phó Bí thư Thường trực Huyện ủy | district | speaker',
		],
		[
			'Thiếu tướng Trần Văn Giang, Phó Tư lệnh Quân khu 4 dự và phát biểu tại buổi diễn tập.',
			'Trần Văn Giang | Phó Tư lệnh Quân khu 4 | national | speaker',
		],
		[
			'Cũng trong buổi sáng, ông Huỳnh Cách Mạng, phó chủ tịch UBND TP.HCM, cho biết thành phố sẽ hỗ trợ.',
			'Huỳnh Cách Mạng | phó chủ tịch UBND TP | province | speaker',
		],
		[
			'Báo cáo tại hội nghị, Trưởng Công an huyện, Thượng tá Nguyễn Văn Cường cho biết, tình hình ổn định.',
			'Nguyễn Văn Cường | Trưởng Công an huyện | district | speaker',
		],
	];
	for (const [sentence, row] of cases) it(sentence, () => assert.deepEqual(rows(inBody([sentence])), [row]));
});

describe('extractOfficials: lists of who attended', () => {
	it('reads "NAME - TITLE" entries separated by semicolons', () =>
		assert.deepEqual(
			rows(
				inBody([
					'Dự lễ có các đồng chí: Lê Kim Hòa - Phó Bí thư Thường trực Tỉnh ủy, Trưởng đoàn Đoàn ĐBQH tỉnh; Đoàn Văn Phú - Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh; Nguyễn Tuấn Anh - Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh.',
				]),
			),
			[
				'Lê Kim Hòa | Phó Bí thư Thường trực Tỉnh ủy, Trưởng đoàn Đoàn ĐBQH tỉnh | province | participant',
				'Đoàn Văn Phú | Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh | province | participant',
				'Nguyễn Tuấn Anh | Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh | province | participant',
			],
		));
	it('reads "đồng chí NAME, TITLE" entries', () =>
		assert.deepEqual(
			rows(
				inBody([
					'Tham dự hội nghị có đồng chí Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Trần Thị Lan, Ủy viên BTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.',
				]),
			),
			[
				'Nguyễn Văn Sơn | Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh | province | participant',
				'Trần Thị Lan | Ủy viên BTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy | province | participant',
			],
		));
	it('reads a list opened by "có đồng chí" after the hosts', () =>
		assert.deepEqual(
			rows(
				inBody([
					'Làm việc với đoàn có đồng chí Vàng A Chá, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Nậm Pồ và lãnh đạo các phòng, ban.',
				]),
			),
			['Vàng A Chá | Phó Bí thư Huyện ủy, Chủ tịch UBND huyện | district | participant'],
		));
	it('reads entries with the abbreviated "UVBTV" and a shared verb at the end', () =>
		assert.deepEqual(
			rows(
				inBody([
					'Các đồng chí Hoàng Trọng Lý, UVBTV, Phó Chủ tịch Thường trực HĐND huyện; Dương Thị Vân Anh, UVBTV, Phó Chủ tịch UBND huyện cùng tham dự.',
				]),
			),
			[
				'Hoàng Trọng Lý | UVBTV, Phó Chủ tịch Thường trực HĐND huyện | district | participant',
				'Dương Thị Vân Anh | UVBTV, Phó Chủ tịch UBND huyện | district | participant',
			],
		));
	it('gives a plural title to each name after it', () =>
		assert.deepEqual(rows(inBody(['Tham dự có các Phó Chủ tịch UBND tỉnh Lê Thành Đô, Vừ A Bằng và Lò Văn Tiến.'])), [
			'Lê Thành Đô | Phó Chủ tịch UBND tỉnh | province | participant',
			'Vừ A Bằng | Phó Chủ tịch UBND tỉnh | province | participant',
			'Lò Văn Tiến | Phó Chủ tịch UBND tỉnh | province | participant',
		]));
	it('reads those who accompany a visit ("Cùng đi có", "tháp tùng") as at it, a minister too', () =>
		assert.deepEqual(
			rows(
				inBody([
					'Cùng đi có Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng, Bí thư Tỉnh ủy Lai Châu Giàng Páo Mỷ.',
					'Thứ trưởng Bộ Tài chính Võ Thành Hưng tháp tùng đoàn.',
				]),
			),
			[
				'Nguyễn Chí Dũng | Bộ trưởng Bộ Kế hoạch và Đầu tư | national | participant',
				'Giàng Páo Mỷ | Bí thư Tỉnh ủy | province | participant',
				'Võ Thành Hưng | Thứ trưởng Bộ Tài chính | national | participant',
			],
		));
	it('reads one title before a colon and the names that hold it', () =>
		assert.deepEqual(rows(inBody(['Các đồng chí Phó Chủ tịch UBND huyện: Lò Văn Tiến, Nguyễn Thị Hoa cùng dự.'])), [
			'Lò Văn Tiến | Phó Chủ tịch UBND huyện | district | participant',
			'Nguyễn Thị Hoa | Phó Chủ tịch UBND huyện | district | participant',
		]));
	it('reads co-chairs listed before "chủ trì"', () =>
		assert.deepEqual(
			rows(
				inBody([
					'Các đồng chí: Hồ Quốc Dũng - Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh và các Phó Chủ tịch HĐND tỉnh Đoàn Văn Phi, Huỳnh Thúy Vân - Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh, chủ trì kỳ họp.',
				]),
			),
			[
				'Hồ Quốc Dũng | Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh | province | lead',
				'Đoàn Văn Phi | Phó Chủ tịch HĐND tỉnh | province | lead',
				'Huỳnh Thúy Vân | Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh | province | lead',
			],
		));
	it('shares the verb after "A và B"', () =>
		assert.deepEqual(
			rows(
				inBody([
					'Phó Chủ tịch UBND tỉnh Vừ A Bằng và Giám đốc Sở Tài chính Nguyễn Văn Phúc cùng dự, chứng kiến lễ ký kết.',
				]),
			),
			[
				'Vừ A Bằng | Phó Chủ tịch UBND tỉnh | province | participant',
				'Nguyễn Văn Phúc | Giám đốc Sở Tài chính | province | participant',
			],
		));
});

describe('extractOfficials: chains of posts', () => {
	it('keeps a chain before the name as one title', () =>
		assert.deepEqual(
			rows(inBody(['Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện Lê Văn Thuận thông qua báo cáo 9 tháng.'])),
			['Lê Văn Thuận | Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện | district | speaker'],
		));
	it('keeps a chain with an elided body', () =>
		assert.deepEqual(
			rows(
				inBody([
					'Đồng chí Cầm Văn Phúc, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, Trưởng Ban Pháp chế HĐND tỉnh chủ trì hội nghị.',
				]),
			),
			[
				'Cầm Văn Phúc | Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, Trưởng Ban Pháp chế HĐND tỉnh | province | lead',
			],
		));
	it('joins a post written after the name', () =>
		assert.deepEqual(
			rows(inBody(['Sau đó, Bí thư Huyện ủy Lương Thị Hoa, Chủ tịch HĐND huyện phát biểu, chỉ đạo các xã.'])),
			['Lương Thị Hoa | Bí thư Huyện ủy, Chủ tịch HĐND huyện | district | speaker'],
		));
	it('reads "kiêm" as a chain', () =>
		assert.deepEqual(
			rows(
				inBody(['Phó Chủ tịch UBND huyện kiêm Trưởng Công an huyện Nguyễn Văn Long kiểm tra địa bàn, nắm tình hình.']),
			),
			['Nguyễn Văn Long | Phó Chủ tịch UBND huyện kiêm Trưởng Công an huyện | district | participant'],
		));
	it('takes the tier of the office after a committee seat', () =>
		assert.deepEqual(
			rows(inBody(['Đồng chí Nguyễn Văn Hòa - Tỉnh ủy viên, Bí thư Huyện ủy Điện Biên Đông phát biểu, tổng kết.'])),
			['Nguyễn Văn Hòa | Tỉnh ủy viên, Bí thư Huyện ủy | district | speaker'],
		));
	it('takes the tier of the first office of a chain', () =>
		assert.deepEqual(
			rows(inBody(['Bí thư Đảng ủy, Chủ tịch UBND xã Phú Hữu Nguyễn Văn Dũng cho biết, có 3 căn nhà bị sập.'])),
			['Nguyễn Văn Dũng | Bí thư Đảng ủy, Chủ tịch UBND xã | commune | speaker'],
		));
});

describe('extractOfficials: tiers', () => {
	const hanoi: OfficialsContext = { province: 'Hà Nội', district: 'Phúc Thọ' };
	const camau: OfficialsContext = { province: 'Cà Mau', district: 'Phú Tân' };
	it('reads "Thành ủy" of a centrally-run city as the province tier', () =>
		assert.deepEqual(rows(inBody(['Bí thư Thành ủy Hoàng Trung Hải phát biểu, chỉ đạo nhiều nội dung.'], hanoi)), [
			'Hoàng Trung Hải | Bí thư Thành ủy | province | speaker',
		]));
	it('reads "Thành ủy" of a provincial city as the district tier', () =>
		assert.deepEqual(rows(inBody(['Bí thư Thành ủy Lê Văn Sáu phát biểu, chỉ đạo nhiều nội dung.'], camau)), [
			'Lê Văn Sáu | Bí thư Thành ủy | district | speaker',
		]));
	it('reads the city named in the title over the article', () =>
		assert.deepEqual(rows(inBody(['Phó Chủ tịch UBND TP.HCM Huỳnh Cách Mạng đề nghị, huyện phải đi cơ sở.'], camau)), [
			'Huỳnh Cách Mạng | Phó Chủ tịch UBND TP | province | speaker',
		]));
	it('reads "Phòng" as the district tier and "Sở" as the province tier', () =>
		assert.deepEqual(
			rows(
				inBody([
					'Trưởng phòng Tài chính - Kế hoạch Lê Thị Mai báo cáo, còn Giám đốc Sở Tài chính Phạm Văn Tùng phát biểu tại hội nghị.',
				]),
			),
			[
				'Lê Thị Mai | Trưởng phòng Tài chính - Kế hoạch | district | speaker',
				'Phạm Văn Tùng | Giám đốc Sở Tài chính | province | speaker',
			],
		));
	it('falls back on the district tier in a district story when no word says the tier', () =>
		assert.deepEqual(rows(inBody(['Đồng chí Lê Văn Bảy, Trưởng ban Dân vận phát biểu, quán triệt nghị quyết.'])), [
			'Lê Văn Bảy | Trưởng ban Dân vận | district | speaker',
		]));
	it('falls back on the province tier in a province-wide story', () =>
		assert.deepEqual(
			rows(
				inBody(['Đồng chí Lê Văn Bảy, Trưởng ban Dân vận phát biểu, quán triệt nghị quyết.'], {
					province: 'Điện Biên',
					district: null,
				}),
			),
			['Lê Văn Bảy | Trưởng ban Dân vận | province | speaker'],
		));
	it('reads national offices as the national tier', () =>
		assert.deepEqual(rows(officials(['Phó Thủ tướng Trần Lưu Quang làm việc với tỉnh Điện Biên', LEDE])), [
			'Trần Lưu Quang | Phó Thủ tướng | national | lead',
		]));
});

describe('extractOfficials: roles', () => {
	it('reads "do … làm trưởng đoàn" as lead', () =>
		assert.deepEqual(
			rows(
				officials([
					HEADLINE,
					'Ngày 6/10, đoàn công tác UBND tỉnh do ông Lê Văn Lương, Chủ tịch UBND tỉnh làm trưởng đoàn đã làm việc với huyện Mường Tè.',
				]),
			),
			['Lê Văn Lương | Chủ tịch UBND tỉnh | province | lead'],
		));
	it('reads "làm Tổ trưởng" as lead', () =>
		assert.equal(
			inBody([
				'Tổ công tác số 1 do đồng chí Tống Thanh Hải - Quyền Chủ tịch UBND tỉnh làm Tổ trưởng đã kiểm tra tại huyện.',
			])[0]?.role,
			'lead',
		));
	it('reads "chủ trì" as lead', () =>
		assert.equal(
			inBody(['Hội nghị do đồng chí Nguyễn Văn Bình, Bí thư Huyện ủy chủ trì, có 200 đại biểu.'])[0]?.role,
			'lead',
		));
	it('reads "dưới sự chủ trì của" as lead', () =>
		assert.equal(
			inBody(['Dưới sự chủ trì của đồng chí Trần Văn Cao, Chủ tịch HĐND huyện, kỳ họp đã thông qua 12 nghị quyết.'])[0]
				?.role,
			'lead',
		));
	it('reads an opening "Phát biểu kết luận …," as lead', () =>
		assert.equal(
			inBody([
				'Phát biểu kết luận buổi làm việc, đồng chí Vừ A Bằng, Phó Chủ tịch UBND tỉnh đề nghị huyện bám sát chỉ đạo của tỉnh.',
			])[0]?.role,
			'lead',
		));
	it('reads a chain with the Secretariat’s standing member, and the head of the delegation as lead', () => {
		const got = inBody([
			'Đoàn công tác Trung ương do đồng chí Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư làm trưởng đoàn làm việc tại huyện. Tiếp đoàn có đồng chí Hầu A Lềnh, Bí thư Tỉnh ủy.',
		]);
		assert.deepEqual(
			got.map((o) => [o.name, o.title, o.level, o.role]),
			[
				['Trần Cẩm Tú', 'Ủy viên Bộ Chính trị, Thường trực Ban Bí thư', 'national', 'lead'],
				['Hầu A Lềnh', 'Bí thư Tỉnh ủy', 'province', 'participant'],
			],
		);
	});
	it('reads the clause that presents a mention: "Chủ trì hội nghị có …" as lead, "Dự … có …" not', () => {
		const role = (sentence: string) => inBody([sentence])[0]?.role;
		assert.equal(role('Chủ trì hội nghị có đồng chí Nguyễn Văn Hòa, Tỉnh ủy viên, Bí thư Huyện ủy.'), 'lead');
		assert.equal(role('Chủ trì buổi làm việc là đồng chí Nguyễn Văn Hòa, Bí thư Huyện ủy.'), 'lead');
		assert.equal(role('Dự hội nghị có đồng chí Nguyễn Văn Hòa, Bí thư Huyện ủy.'), 'participant');
		assert.equal(role('Tại huyện có đồng chí Nguyễn Văn Hòa, Bí thư Huyện ủy.'), 'participant');
	});
	it('reads who chairs a council’s session ("điều hành kỳ họp") as lead', () => {
		const role = (sentence: string) => inBody([sentence])[0]?.role;
		assert.equal(role('Chủ tịch HĐND thành phố Bảo Lộc Nguyễn Văn Triệu điều hành kỳ họp.'), 'lead');
		assert.equal(role('Điều hành kỳ họp có đồng chí Nguyễn Văn Triệu, Chủ tịch HĐND huyện.'), 'lead');
	});
	it('reads "phát biểu kết luận" after the name as lead', () =>
		assert.equal(
			inBody(['Bí thư Huyện ủy Lương Thị Hoa phát biểu kết luận hội nghị, giao nhiệm vụ.'])[0]?.role,
			'lead',
		));
	it('reads the visitor who "làm việc với" the district as lead', () =>
		assert.equal(
			inBody(['Chiều 10/2, Phó Chủ tịch UBND tỉnh Lê Thành Đô đã có buổi làm việc với UBND huyện Nậm Pồ.'])[0]?.role,
			'lead',
		));
	it('reads "tại buổi làm việc với" after the name as lead', () =>
		assert.equal(
			officials([
				'Phú Tân cần kiểm soát tốt việc nuôi tôm',
				'Đó là chỉ đạo của Bí thư Tỉnh ủy Cà Mau Dương Thanh Bình tại buổi làm việc với huyện Phú Tân chiều 26/7.',
			])[0]?.role,
			'lead',
		));
	const speakers: string[] = [
		'Ông Nguyễn Xuân Phong, Phó Chủ tịch Thường trực UBND huyện, nhấn mạnh: Huyện luôn xác định hạ tầng là nền tảng.',
		'Ông Võ Văn Quân, Phó chủ tịch UBND huyện Bình Đại cho biết, các túi hóa chất đã được thu gom.',
		'Chủ tịch UBND tỉnh Nguyễn Tiến Hải bày tỏ quan ngại và yêu cầu huyện phải làm rõ nguyên nhân.',
		'Thay mặt lãnh đạo tỉnh, đồng chí Lê Thành Đô, Phó Chủ tịch UBND tỉnh trao quà cho các hộ nghèo.',
		'Phó Chủ tịch UBND tỉnh Lê Thành Đô trình bày tờ trình, các đại biểu thảo luận sôi nổi.',
		// Directing does not say who presides.
		'Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Lê Thành Đô đề nghị huyện rà soát các chỉ tiêu.',
		'Đồng chí Dương Thanh Bình, Bí thư Tỉnh ủy chỉ đạo nhiều nội dung tại hội nghị.',
	];
	for (const s of speakers) it(`reads a speaker: ${s}`, () => assert.equal(inBody([s])[0]?.role, 'speaker'));
	it('reads an attendee as participant', () =>
		assert.equal(
			inBody(['Giám đốc Sở Y tế Trần Thị Nhị Hà cũng tham dự, cùng nhiều đại biểu.'])[0]?.role,
			'participant',
		));
	it('reads the stronger of two joined verbs', () =>
		assert.equal(inBody(['Phó Thủ tướng Trần Lưu Quang dự và chủ trì hội nghị, đánh giá cao tỉnh.'])[0]?.role, 'lead'));
	it('keeps the strongest role over all mentions', () =>
		assert.deepEqual(
			rows(
				inBody([
					'Dự hội nghị có đồng chí Lò Văn Mừng, Bí thư Huyện ủy và lãnh đạo các xã, thị trấn.',
					'Phát biểu kết luận hội nghị, đồng chí Lò Văn Mừng yêu cầu các xã tập trung thu ngân sách.',
				]),
			),
			['Lò Văn Mừng | Bí thư Huyện ủy | district | lead'],
		));
	it('gives a title standing for its holder the holder\'s role ("Chủ tịch UBND tỉnh Lai Châu nhấn mạnh")', () =>
		assert.deepEqual(
			rows(
				inBody([
					'Dự buổi làm việc có ông Lê Văn Lương, Chủ tịch UBND tỉnh và các sở, ngành liên quan.',
					'Phát biểu kết luận, Chủ tịch UBND tỉnh Lai Châu nhấn mạnh, huyện cần khai thác tốt các tiềm năng.',
				]),
			),
			['Lê Văn Lương | Chủ tịch UBND tỉnh | province | lead'],
		));
	it('gives a title without its body ("Chủ tịch tỉnh") the holder\'s role', () =>
		assert.equal(
			inBody([
				'Dự buổi làm việc có ông Nguyễn Tiến Hải, Chủ tịch UBND tỉnh và lãnh đạo các sở, ngành.',
				'“Con số này là quá ít”, đồng chí Chủ tịch tỉnh Cà Mau nhấn mạnh.',
			])[0]?.role,
			'speaker',
		));
	it('gives "ông Hải nói" to the one official called Hải', () =>
		assert.equal(
			inBody([
				'Sáng 7/2, Bí thư Thành ủy Hoàng Trung Hải và lãnh đạo các sở, ngành đã đến với huyện.',
				'“Không thể chấp nhận được”, ông Hải nói.',
			])[0]?.role,
			'speaker',
		));
	it('leaves a given name shared by two officials unresolved', () =>
		assert.deepEqual(
			rows(
				inBody([
					'Dự hội nghị có đồng chí Hoàng Trung Hải, Bí thư Tỉnh ủy; đồng chí Nguyễn Tiến Hải, Chủ tịch UBND tỉnh.',
					'“Phải làm ngay”, ông Hải nói.',
				]),
			),
			[
				'Hoàng Trung Hải | Bí thư Tỉnh ủy | province | participant',
				'Nguyễn Tiến Hải | Chủ tịch UBND tỉnh | province | participant',
			],
		));
	it('orders leads, then speakers, then participants, each by first appearance', () =>
		assert.deepEqual(
			names(
				inBody([
					'Dự hội nghị có đồng chí Lò Văn Mừng, Phó Chủ tịch UBND huyện.',
					'Trưởng phòng Nội vụ Lê Thị Hạnh báo cáo, phân tích kết quả.',
					'Phát biểu kết luận, đồng chí Trần Văn Sơn, Bí thư Huyện ủy yêu cầu các xã tập trung.',
					'Chủ tịch HĐND huyện Vi Văn Đông cũng phát biểu, đồng tình với báo cáo.',
				]),
			),
			['Trần Văn Sơn', 'Lê Thị Hạnh', 'Vi Văn Đông', 'Lò Văn Mừng'],
		));
});

describe('extractOfficials: who is not an official of the event', () => {
	const none: [string, string][] = [
		['a photo credit', 'Toàn cảnh hội nghị tổng kết công tác năm. Ảnh: Tuấn Hùng'],
		['a byline', 'Tin, ảnh: Nhật Phương'],
		['a resident', 'Bà Trần Thị Mơ, người dân bản Huổi Lóng, phấn khởi cho biết đường đã được làm mới.'],
		['a household', 'Đoàn đã đến thăm, tặng quà hộ ông Nguyễn Văn Hữu ở thị trấn, động viên gia đình.'],
		['a war invalid', 'Thương binh Đinh Thị Kích bày tỏ vui mừng khi nhận được sự quan tâm của lãnh đạo tỉnh.'],
		['a company director', 'Giám đốc Công ty TNHH Minh Phát Nguyễn Văn Cường cho biết, doanh thu tăng mạnh.'],
		['a cooperative director', 'Ông Nguyễn Văn Dũng, Giám đốc Hợp tác xã Tân Tiến, cho biết năm nay lãi lớn.'],
		['Hồ Chí Minh', 'Cán bộ, đảng viên học tập và làm theo tư tưởng, đạo đức, phong cách Chủ tịch Hồ Chí Minh.'],
		['a historical figure', 'Hoài Ân là quê hương của chí sĩ Tăng Bạt Hổ, giàu truyền thống cách mạng.'],
		['a ward named after a hero', 'Chủ tịch UBND phường Hoàng Văn Thụ cho biết, phường đã hoàn thành kế hoạch.'],
		['street names', 'Hệ thống điện chiếu sáng trên các tuyến đường Phạm Văn Đồng, Lê Duẩn được nâng cấp.'],
		['a former official', 'Nguyên Phó Chủ tịch UBND tỉnh Trần Văn Bê cũng tham dự buổi lễ, chúc mừng huyện.'],
		[
			'former officials in parentheses',
			'Ủy ban Kiểm tra kỷ luật ông Phan Thành Đông (Phó bí thư, nguyên Chủ tịch UBND huyện) và Lâm Thành Sáo (Phó bí thư, nguyên Chủ tịch HĐND huyện).',
		],
		[
			'a former official with the place',
			'Nguyên Bí thư Huyện ủy Phước Long Trần Hoàng Duyên cũng bị kỷ luật cảnh cáo về mặt Đảng.',
		],
		[
			'a leader only spoken with',
			'Người đứng đầu Thành ủy thông tin ông đã trao đổi với Chủ tịch UBND Hà Nội Nguyễn Đức Chung, phải hoàn thành đề án.',
		],
		[
			'a national leader whose directive is reported',
			'Do người dân gửi đơn lên trung ương, Phó Thủ tướng Chính phủ Trương Hòa Bình đã trực tiếp chỉ đạo thanh tra toàn bộ dự án.',
		],
		[
			'a national leader cited',
			'Thực hiện chỉ đạo của Thủ tướng Chính phủ Phạm Minh Chính, huyện đã ra quân đồng loạt.',
		],
		['a head of state signing', 'Chủ tịch nước Võ Văn Thưởng đã ký quyết định tặng thưởng Huân chương Lao động.'],
		['a directive mentioned once', 'Thực hiện chỉ đạo của Chủ tịch UBND tỉnh Lê Thành Đô, huyện đã rà soát các dự án.'],
		['a name in a quotation', '“Tôi đã đề nghị Chủ tịch UBND tỉnh Nguyễn Văn Xuân hỗ trợ”, một người dân cho biết.'],
		['a title without a name', 'Chủ tịch UBND tỉnh nhấn mạnh, huyện cần tập trung khai thác các tiềm năng, lợi thế.'],
		['a project team leader', 'Đến dự có bà Nguyễn Duy Hải Minh - Trưởng nhóm dự án AMD tỉnh và các hộ dân.'],
		['a village head', 'Ông Lò Văn Pâng, Trưởng bản Huổi Lóng cho biết, bản có 80 hộ.'],
	];
	for (const [what, sentence] of none) it(what, () => assert.deepEqual(rows(inBody([sentence])), []));
	it('skips quotations that run across sentences', () =>
		assert.deepEqual(
			rows(
				inBody([
					'“Năm nay rất khó khăn. Chủ tịch UBND tỉnh Nguyễn Văn Xuân đã đề nghị hỗ trợ. Chúng tôi sẽ cố gắng”, ông Hùng nói.',
				]),
			),
			[],
		));
	it('leaves out a person only spoken with, even in the lede', () =>
		assert.deepEqual(
			names(
				officials([
					HEADLINE,
					'Bí thư Thành ủy Hoàng Trung Hải cho biết đã trao đổi với Chủ tịch UBND thành phố Nguyễn Đức Chung về đề án.',
				]),
			),
			['Hoàng Trung Hải'],
		));
	it('keeps the official a delegation works with', () =>
		assert.deepEqual(
			rows(
				officials([
					HEADLINE,
					'Đoàn công tác của tỉnh đã làm việc với Chủ tịch UBND huyện Lò Văn Tính về tiến độ các dự án.',
				]),
			),
			['Lò Văn Tính | Chủ tịch UBND huyện | district | participant'],
		));
	it('leaves out a local leader whose directive the lede cites', () =>
		assert.deepEqual(
			names(
				officials([
					HEADLINE,
					'Thực hiện chỉ đạo của Chủ tịch UBND tỉnh Lê Thành Đô, huyện đã rà soát toàn bộ các dự án chậm tiến độ.',
				]),
			),
			[],
		));
	it('keeps a national leader named in the headline', () =>
		assert.deepEqual(names(officials(['Phó Thủ tướng Trần Lưu Quang làm việc với tỉnh Điện Biên', LEDE])), [
			'Trần Lưu Quang',
		]));
	it('keeps a local official named twice without a verb', () =>
		assert.deepEqual(
			names(
				inBody([
					'Theo kế hoạch, Phó Chủ tịch UBND huyện Lò Văn Hùng sẽ giám sát việc này, báo kết quả về huyện.',
					'Việc đôn đốc giao cho đồng chí Lò Văn Hùng theo dõi, nắm tình hình.',
				]),
			),
			['Lò Văn Hùng'],
		));
});

describe('extractOfficials: merging mentions', () => {
	it('merges spellings that differ in tone placement and keeps the longest title', () => {
		const list = inBody([
			'Phó Chủ tịch UBND huyện Lò Văn Hoà báo cáo tình hình, nêu các khó khăn.',
			'Đồng chí Lò Văn Hòa, Phó Bí thư Huyện ủy, Phó Chủ tịch UBND huyện phát biểu kết luận, giao việc.',
		]);
		assert.deepEqual(rows(list), ['Lò Văn Hoà | Phó Bí thư Huyện ủy, Phó Chủ tịch UBND huyện | district | lead']);
	});
	it('keeps the first sentence with a title, as written', () => {
		const [o] = inBody([
			'Đồng chí Tống Thanh Hải dự hội nghị, cùng các đại biểu.',
			'Quyền Chủ tịch Uỷ ban nhân dân tỉnh Tống Thanh Hải phát biểu tại hội nghị, đánh giá cao huyện.',
			'Đồng chí Tống Thanh Hải - Quyền Chủ tịch UBND tỉnh kết luận, giao nhiệm vụ cho huyện.',
		]);
		assert.equal(
			o?.sentence,
			'Quyền Chủ tịch Uỷ ban nhân dân tỉnh Tống Thanh Hải phát biểu tại hội nghị, đánh giá cao huyện.',
		);
		assert.equal(o?.title, 'Quyền Chủ tịch UBND tỉnh');
		assert.equal(o?.role, 'lead');
	});
	it('counts a caption mention', () =>
		assert.deepEqual(
			names(
				officials([
					HEADLINE,
					LEDE,
					'Sản xuất nông nghiệp đảm bảo thời vụ, trồng rừng đạt kế hoạch.',
					'Bí thư Huyện ủy Lương Thị Hoa phát biểu kết luận hội nghị.',
					'Đẩy nhanh tiến độ xây dựng nông thôn mới, thực hiện tốt các chính sách.',
				]),
			),
			['Lương Thị Hoa'],
		));
	it('finds nobody in an article without people', () =>
		assert.deepEqual(officials(['Huyện đạt các chỉ tiêu kinh tế năm 2023', LEDE]), []));
	it('finds nobody in an empty article', () => assert.deepEqual(officials(['']), []));
});

describe('extractOfficials: the five samples', () => {
	for (const seed of expectedSeeds) {
		it(seed.file, () => {
			const doc = readDocument(normalizeText(seedText(seed.file)));
			const got = extractOfficials(doc, { province: seed.province, district: seed.district });
			const key = (o: { name: string; title: string; level: string; role: string }) =>
				`${o.name} | ${o.title} | ${o.level} | ${o.role}`;
			assert.deepEqual(got.map(key).sort(), seed.officials.map(key).sort());
			for (const o of got) {
				assert.ok(o.sentence && doc.text.includes(o.sentence), 'the sentence is display text');
				assert.ok(o.sentence.includes(o.name), 'the sentence names the official');
			}
		});
	}
	it('orders the lead of 004 before the speaker', () => {
		const seed = expectedSeeds.find((s) => s.file.startsWith('004'));
		assert.ok(seed);
		const got = extractOfficials(readDocument(normalizeText(seedText(seed.file))), seed);
		assert.deepEqual(names(got), ['Lương Thị Hoa', 'Lê Văn Thuận']);
	});
});

describe('findTriggers', () => {
	it('finds title and honorific words', () =>
		assert.deepEqual(findTriggers('Dự có Chủ tịch UBND tỉnh và đồng chí Lò Văn Mừng').words, [6, 28]));
	it('matches any case', () => assert.equal(findTriggers('CHỦ TỊCH UBND TỈNH').words.length, 1));
	it('matches whole words only', () => assert.deepEqual(findTriggers('không có công trình, bàn bạc').words, []));
	it('leaves out growth, "bà con" and delegates', () =>
		assert.deepEqual(findTriggers('tăng trưởng cao, bà con phấn khởi, các đại biểu dự').words, []));
	it('finds quotation marks', () => assert.deepEqual(findTriggers('“A” và "B"').quotes, [0, 2, 7, 9]));
});

describe('quotations', () => {
	it('marks the words inside a quotation', () => {
		const toks = tokenizeText('“Phải làm”, ông Hải nói');
		assert.deepEqual(
			quotedTokens(toks, 0)
				.map((q, k) => (q ? toks[k]?.text : null))
				.filter(Boolean),
			['“', 'Phải', 'làm'],
		);
	});
	it('carries an open quotation into the next sentence', () => {
		const toks = tokenizeText('Chúng tôi sẽ làm”, ông nói');
		assert.deepEqual(quotedTokens(toks, 1).slice(0, 4), [true, true, true, true]);
		assert.equal(quotedTokens(toks, 1)[5], false);
	});
	it('counts the depth of nested quotations', () => {
		const text = '“Rác “ăn” tết. Không được';
		assert.equal(quoteDepthAt(text, [0, 5, 8], 0, text.length), 1);
		assert.equal(quoteDepthAt(text, [0, 5, 8], 0, 6), 2);
	});
	it('toggles straight quotes', () => assert.equal(quoteDepthAt('"A" "B', [0, 2, 4], 0, 6), 1));
});
