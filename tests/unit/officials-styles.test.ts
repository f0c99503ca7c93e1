import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDocument } from '../../src/lib/extract/document.ts';
import { extractOfficials, type OfficialsContext } from '../../src/lib/extract/officials/extract-officials.ts';
import { recognizeTitle } from '../../src/lib/extract/officials/titles.ts';
import { tokenizeText } from '../../src/lib/extract/officials/tokens.ts';
import { findTriggers } from '../../src/lib/extract/officials/triggers.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';

// Sentences written for these tests, in the house styles of several provincial papers.
const BINH_DINH: OfficialsContext = { province: 'Bình Định', district: 'Tuy Phước' };

function rows(lines: readonly string[], context: OfficialsContext = BINH_DINH): string[] {
	return extractOfficials(readDocument(normalizeText(lines.join('\n'))), context).map(
		(o) => `${o.name} | ${o.title} | ${o.level} | ${o.role}`,
	);
}

function title(text: string): [string, string | null, string] | null {
	const r = recognizeTitle(text, { province: 'Bình Định' });
	return r ? [r.title, r.level, r.rest] : null;
}

describe('title chains with Party membership', () => {
	it('a Central Committee seat, then the posts', () => {
		assert.deepEqual(title('Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh Hồ Quốc Dũng'), [
			'Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh',
			'province',
			'Hồ Quốc Dũng',
		]);
	});
	it('an alternate member ("dự khuyết")', () => {
		assert.deepEqual(title('Ủy viên dự khuyết Trung ương Đảng, Bí thư Tỉnh ủy Lê Văn Sáu'), [
			'Ủy viên dự khuyết Trung ương Đảng, Bí thư Tỉnh ủy',
			'province',
			'Lê Văn Sáu',
		]);
	});
	it('abbreviated seats: TUV, HUV', () => {
		assert.deepEqual(title('TUV, Phó Chủ tịch UBND tỉnh Trần Thị Lan'), [
			'TUV, Phó Chủ tịch UBND tỉnh',
			'province',
			'Trần Thị Lan',
		]);
		assert.deepEqual(title('HUV, Chủ tịch UBND thị trấn Diêu Trì'), [
			'HUV, Chủ tịch UBND thị trấn',
			'commune',
			'Diêu Trì',
		]);
	});
	it('a deputy secretary who also chairs the district, with the name after the chain', () => {
		assert.deepEqual(
			rows([
				'Huyện sơ kết quý I',
				'Sáng 3/4, Huyện ủy Tuy Phước tổ chức hội nghị sơ kết.',
				'Ông Đặng Văn Bảy, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì hội nghị.',
			]),
			['Đặng Văn Bảy | Phó Bí thư Huyện ủy, Chủ tịch UBND huyện | district | lead'],
		);
	});
	it('the chain in other house styles: name first, dashes between posts, a place after a post', () => {
		for (const [sentence, role] of [
			['Đồng chí Nguyễn Văn An, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện phát biểu tại hội nghị.', 'speaker'],
			['Phó Bí thư Huyện ủy Tuy Phước, Chủ tịch UBND huyện Nguyễn Văn An phát biểu.', 'speaker'],
			['Nguyễn Văn An - Phó Bí thư Huyện ủy, Chủ tịch UBND huyện, phát biểu.', 'speaker'],
			['Ông Nguyễn Văn An, Phó Bí thư Huyện ủy - Chủ tịch UBND huyện chủ trì hội nghị.', 'lead'],
			['Phó Bí thư Huyện ủy - Chủ tịch UBND huyện Nguyễn Văn An chủ trì.', 'lead'],
			['Hội nghị do đồng chí Nguyễn Văn An, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì.', 'lead'],
		] as const) {
			assert.deepEqual(
				rows(['Tin huyện', 'Sáng 3/4, huyện Tuy Phước tổ chức hội nghị.', sentence]),
				[`Nguyễn Văn An | Phó Bí thư Huyện ủy, Chủ tịch UBND huyện | district | ${role}`],
				sentence,
			);
		}
	});
	it('"kiêm" joins two posts of one person, and stays as written', () => {
		assert.deepEqual(title('Phó Chỉ huy trưởng kiêm Tham mưu trưởng Bộ CHQS tỉnh làm trưởng đoàn'), [
			'Phó Chỉ huy trưởng kiêm Tham mưu trưởng Bộ CHQS tỉnh',
			'province',
			'làm trưởng đoàn',
		]);
	});
	it('a body’s abbreviation in brackets and a delegation’s constituency stay in the title', () => {
		assert.deepEqual(title('Chủ tịch UBND tỉnh, Trưởng đoàn Đại biểu Quốc hội (ĐBQH) tỉnh đến thăm'), [
			'Chủ tịch UBND tỉnh, Trưởng đoàn Đại biểu Quốc hội (ĐBQH) tỉnh',
			'province',
			'đến thăm',
		]);
		assert.deepEqual(title('Phó trưởng Đoàn đại biểu Quốc hội đơn vị tỉnh Bình Định - đã trao'), [
			'Phó trưởng Đoàn đại biểu Quốc hội đơn vị tỉnh',
			'province',
			'- đã trao',
		]);
		// Lower case or long words in brackets are not an abbreviation.
		assert.deepEqual(title('Chủ tịch UBND tỉnh (phải) trao quà')?.[0], 'Chủ tịch UBND tỉnh');
	});
});

describe('a list of those who attended', () => {
	it('reads each "Name, title" after ";", whatever the family name', () => {
		assert.deepEqual(
			rows([
				'Lãnh đạo tỉnh làm việc với huyện Tuy Phước',
				'Ngày 12/11, đồng chí Nguyễn Văn Công, Phó Chủ tịch UBND tỉnh làm việc với huyện Tuy Phước. Cùng dự có các đồng chí: Lò Văn Hùng, Giám đốc Sở Tài chính; Vì Thị Hoa, Phó Giám đốc Sở Xây dựng; Sa Văn Khiêm, Phó Giám đốc Sở Y tế.',
			]),
			[
				'Nguyễn Văn Công | Phó Chủ tịch UBND tỉnh | province | lead',
				'Lò Văn Hùng | Giám đốc Sở Tài chính | province | participant',
				'Vì Thị Hoa | Phó Giám đốc Sở Xây dựng | province | participant',
				'Sa Văn Khiêm | Phó Giám đốc Sở Y tế | province | participant',
			],
		);
	});
});

describe('abbreviated posts and levels', () => {
	it('P.CT, PCT, PCT.HĐND, PBT, PGĐ', () => {
		assert.deepEqual(title('P.CT HĐND tỉnh Nguyễn Thị Thu'), ['P.CT HĐND tỉnh', 'province', 'Nguyễn Thị Thu']);
		assert.deepEqual(title('PCT UBND huyện Võ Văn Tám'), ['PCT UBND huyện', 'district', 'Võ Văn Tám']);
		assert.deepEqual(title('PCT.HĐND tỉnh đã thăm hỏi'), ['PCT HĐND tỉnh', 'province', 'đã thăm hỏi']);
		assert.deepEqual(title('PBT Thường trực Huyện ủy'), ['PBT Thường trực Huyện ủy', 'district', '']);
		assert.deepEqual(title('PGĐ Sở Tài chính'), ['PGĐ Sở Tài chính', 'province', '']);
	});
	it('"TT" for "Thường trực" after a deputy’s head only', () => {
		assert.deepEqual(title('PBT TT Huyện ủy trình bày'), ['PBT TT Huyện ủy', 'district', 'trình bày']);
		assert.deepEqual(title('PCT TT UBND huyện báo cáo'), ['PCT TT UBND huyện', 'district', 'báo cáo']);
		assert.deepEqual(title('Phó Bí thư TT Huyện ủy'), ['Phó Bí thư TT Huyện ủy', 'district', '']);
		assert.equal(title('Chủ tịch TT UBND huyện')?.[0], 'Chủ tịch');
	});
	it('"P." glued to the head', () => {
		assert.deepEqual(title('P.Chủ tịch UBND huyện, phát biểu'), ['P.Chủ tịch UBND huyện', 'district', ', phát biểu']);
		assert.deepEqual(title('P.Giám đốc Sở Y tế Lê Văn Năm'), ['P.Giám đốc Sở Y tế', 'province', 'Lê Văn Năm']);
		assert.deepEqual(title('P.Trưởng phòng Nội vụ huyện'), ['P.Trưởng phòng Nội vụ huyện', 'district', '']);
	});
	it('"H." and "Q." glued to a name are huyện and quận; the name is left out', () => {
		assert.deepEqual(title('Chủ tịch UBND H.Vân Canh cho biết'), ['Chủ tịch UBND huyện', 'district', 'cho biết']);
		assert.deepEqual(title('Phó Chủ tịch UBND Q.Gò Vấp'), ['Phó Chủ tịch UBND quận', 'district', '']);
		// A lone letter is no level word.
		assert.deepEqual(title('Chủ tịch UBND H. Vân Canh')?.[0], 'Chủ tịch UBND');
	});
	it('the tokenizer cuts the glued abbreviation from the name', () => {
		assert.deepEqual(
			tokenizeText('UBND H.Vân Canh, PCT.HĐND').map((t) => t.key),
			['ubnd', 'h', 'vân', 'canh', ',', 'pct', 'hđnd'],
		);
		assert.deepEqual(
			tokenizeText('H.Vân Q.Bình').map((t) => t.key),
			['h', 'vân', 'q', 'bình'],
		);
	});
	it('sentences with an abbreviated title are read', () => {
		assert.equal(findTriggers('Đồng chí Tư, TUV, dự').words.length, 2);
		assert.deepEqual(findTriggers('TUVX, ATUV').words, []);
		assert.deepEqual(
			rows(['Thăm gia đình chính sách', 'Ngày 20/7, ông Võ Văn Tám, PCT UBND huyện thăm gia đình chính sách.']),
			['Võ Văn Tám | PCT UBND huyện | district | participant'],
		);
	});
});

describe('a dash between title and name, and after the title', () => {
	it('"Phó Chủ tịch UBND huyện - Trần Văn Tư"', () => {
		assert.deepEqual(
			rows([
				'Hội nghị triển khai nhiệm vụ',
				'Sáng 4/7, UBND huyện Tuy Phước tổ chức hội nghị.',
				'Phó Chủ tịch UBND huyện - Trần Văn Tư chủ trì hội nghị.',
			]),
			['Trần Văn Tư | Phó Chủ tịch UBND huyện | district | lead'],
		);
	});
	it('a dash, then an honorific and the name', () => {
		assert.deepEqual(
			rows(['Tin huyện', 'Sáng 4/7, huyện họp.', 'Chủ tịch UBND huyện Tuy Phước - ông Nguyễn Văn An phát biểu.']),
			['Nguyễn Văn An | Chủ tịch UBND huyện | district | speaker'],
		);
	});
	it('a dash before a place is not a name', () => {
		assert.deepEqual(rows(['Tin huyện', 'Sáng 4/7, Chủ tịch UBND tỉnh - Bình Định có chuyến thăm.']).length, 0);
	});
	it('the dash that closes a title in apposition lets the verb after it give the role', () => {
		assert.deepEqual(
			rows([
				'Trao quyết định',
				'Ngày 9-6, ông Lâm Văn Nghĩa - Bí thư Huyện ủy Tuy Phước - chủ trì lễ trao quyết định.',
			]),
			['Lâm Văn Nghĩa | Bí thư Huyện ủy | district | lead'],
		);
	});
});

describe('a leader mourned is not at the event', () => {
	it('quốc tang, lễ viếng, tưởng niệm, tang lễ', () => {
		for (const headline of [
			'Huyện treo cờ rủ quốc tang Chủ tịch nước Lê Văn Minh',
			'Tổ chức lễ viếng Thủ tướng Trần Văn Quang',
			'Lễ tưởng niệm Bộ trưởng Ngô Văn Tài',
			'Huyện dự tang lễ Phó Thủ tướng Lê Văn Hòa',
		]) {
			assert.deepEqual(rows([headline, 'Sáng 3/8, các cơ quan của huyện Tuy Phước treo cờ rủ.']), [], headline);
		}
	});
	it('a leader who acts in the headline still counts', () => {
		assert.deepEqual(rows(['Thủ tướng Trần Văn Quang thăm huyện Tuy Phước', 'Sáng 3/8, đoàn đến huyện.']), [
			'Trần Văn Quang | Thủ tướng | national | participant',
		]);
	});
});

describe('people named in photo captions', () => {
	it('a caption alone names an official, past a note of where they stand', () => {
		assert.deepEqual(
			rows([
				'Tin huyện',
				'Sáng 3/4, huyện Tuy Phước tổ chức hội nghị.',
				'Bà Nguyễn Thị Mai (giữa), Phó Chủ tịch UBND huyện trao quà cho các hộ nghèo.',
				'Ông Trần Văn Tư (thứ hai từ trái), Chủ tịch UBND huyện kiểm tra công trình.',
			]),
			[
				'Nguyễn Thị Mai | Phó Chủ tịch UBND huyện | district | participant',
				'Trần Văn Tư | Chủ tịch UBND huyện | district | participant',
			],
		);
	});
	it('a caption with a photo credit', () => {
		assert.deepEqual(
			rows([
				'Huyện Tuy Phước sơ kết công tác quý I',
				'Sáng 3/4, UBND huyện Tuy Phước tổ chức hội nghị sơ kết công tác quý I.',
				'Đồng chí Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh phát biểu tại hội nghị. Ảnh: Minh Tuấn',
			]),
			['Nguyễn Văn Hùng | Phó Chủ tịch UBND tỉnh | province | speaker'],
		);
	});
	it('a bracket that is not a note of place is not skipped', () => {
		assert.deepEqual(
			rows(['Tin huyện', 'Sáng 3/4, huyện tổ chức hội nghị.', 'Bà Nguyễn Thị Mai (Tuy Phước), người dân, trao quà.']),
			[],
		);
	});
});

describe('an office written without its body', () => {
	it('is kept as written after a rank or an honorific, when a comma or a verb closes it', () => {
		assert.deepEqual(
			rows([
				'Công an bảo đảm an ninh',
				'Sáng 3/4, Công an thành phố Quy Nhơn triển khai kế hoạch bảo đảm an ninh.',
				'Thượng tá Trần Văn Bình, Phó Giám đốc, cho biết lực lượng đã sẵn sàng. Ông Lê Văn An - Phó Trưởng phòng, phát biểu.',
			]),
			['Trần Văn Bình | Phó Giám đốc | district | speaker', 'Lê Văn An | Phó Trưởng phòng | district | speaker'],
		);
	});
	it('not a company’s director, a bare seat or an office without an honorific', () => {
		assert.deepEqual(
			rows([
				'Tin huyện',
				'Sáng 3/4, huyện Tuy Phước tổ chức hội nghị.',
				'Ông Lê Văn Cường, Giám đốc HTX Phước Thành, cho biết. Bà Đỗ Thị Hạnh, Ủy viên, phát biểu. Lê Văn Năm, Phó Giám đốc, cho biết.',
			]),
			[],
		);
	});
});
