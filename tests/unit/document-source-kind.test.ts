import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDocument } from '../../src/lib/extract/document.ts';
import { extractKind } from '../../src/lib/extract/kind.ts';
import { extractSource } from '../../src/lib/extract/source.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';

const doc = (text: string) => readDocument(normalizeText(text));
const types = (text: string) => {
	const d = doc(text);
	return d.blocks.map((b) => `${b.type}:${d.text.slice(b.start, b.end).slice(0, 24)}`);
};

describe('readDocument', () => {
	it('finds headline, dateline, lede, caption, tail and furniture', () => {
		assert.deepEqual(
			types(
				[
					'Phó Chủ tịch UBND tỉnh làm việc với huyện Nậm Pồ',
					'',
					'Thứ Ba, 19/11/2024, 15:55 [GMT+7]',
					'',
					'Điện Biên TV - Ngày 19/11, Tổ công tác làm việc với huyện.',
					'V',
					'Đồng chí Vừ A Bằng phát biểu kết luận chương trình làm việc.',
					'Trong năm 2024, tình hình phát triển kinh tế - xã hội đạt nhiều kết quả tích cực.',
					'Chí Công/DIENBIENTV.VN',
					'Ý kiến bạn đọc',
					'Những tin mới hơn',
				].join('\n'),
			),
			[
				'headline:Phó Chủ tịch UBND tỉnh l',
				'dateline:Thứ Ba, 19/11/2024, 15:5',
				'lede:Điện Biên TV - Ngày 19/1',
				'noise:V',
				'caption:Đồng chí Vừ A Bằng phát ',
				'paragraph:Trong năm 2024, tình hìn',
				'tail:Chí Công/DIENBIENTV.VN',
				'furniture:Ý kiến bạn đọc',
				'furniture:Những tin mới hơn',
			],
		);
	});
	it('passes over a section’s name or a breadcrumb trail above the headline', () => {
		const kinds = (text: string) => types(text).map((t) => t.split(':')[0]);
		const below = 'Huyện Mường Tè tổng kết năm 2024\nNgày 20/12/2024, Huyện ủy Mường Tè tổ chức hội nghị.';
		assert.deepEqual(kinds(`Thời sự\n${below}`), ['furniture', 'headline', 'lede']);
		assert.deepEqual(kinds(`Trang chủ > Chính trị > Xây dựng Đảng\n${below}`), ['furniture', 'headline', 'lede']);
		// A trail glued to the headline leaves the headline; a place's name is no section.
		assert.deepEqual(
			types('Trang chủ > Thời sự > Huyện Mường Tè tổng kết năm 2024\nNgày 20/12/2024, Huyện ủy họp.')[0],
			'headline:Huyện Mường Tè tổng kết ',
		);
		assert.equal(kinds(`Mường Tè\n${below}`)[0], 'lede');
	});
	it('takes a first line that reads like a lede for the lede, not the headline', () => {
		const d = doc(
			'Ngày 6/10, đoàn công tác UBND tỉnh đã làm việc với huyện Mường Tè...\n\nSau hơn 9 tháng, huyện đạt.',
		);
		assert.equal(d.blocks[0]?.type, 'lede');
	});
	it('marks photo captions with a credit and repeated caption lines', () => {
		const t = types(
			'Tiêu đề bài viết về huyện\nĐoạn mở đầu dài của bài viết, có nhiều chữ.\nĐại biểu dự kỳ họp.\nĐại biểu dự kỳ họp.\nLãnh đạo huyện báo cáo tình hình. Ảnh: T.SỸ\nĐoạn văn tiếp theo của bài.',
		);
		assert.deepEqual(t.slice(2, 5), [
			'caption:Đại biểu dự kỳ họp.',
			'caption:Đại biểu dự kỳ họp.',
			'caption:Lãnh đạo huyện báo cáo t',
		]);
	});
	it('marks short lines without a closing period as subheads', () => {
		const t = types(
			'Tiêu đề bài viết về huyện\nĐoạn mở đầu của bài viết.\nNhận diện khó khăn, thách thức\nĐoạn văn tiếp theo.',
		);
		assert.equal(t[2], 'heading:Nhận diện khó khăn, thác');
	});
	it('reads the outlet marker of the lede', () => {
		assert.equal(doc('Tiêu đề về huyện Vân Canh\n(BĐ) - Chiều 22.4, Chủ tịch làm việc.').ledeMarker, 'BĐ');
		assert.equal(doc('Tiêu đề về huyện\n(binhdinh.gov.vn) - Sáng 18/4, lễ kỷ niệm.').ledeMarker, 'binhdinh.gov.vn');
		assert.equal(doc('Tiêu đề về huyện\nĐiện Biên TV - Ngày 19/11, tổ công tác.').ledeMarker, 'Điện Biên TV');
	});
	it('reads a station whose name has a hyphenated word as the lede marker', () => {
		assert.equal(doc('Tiêu đề về huyện\nĐài PT-TH Sơn La - Sáng 5/3, huyện họp.').ledeMarker, 'Đài PT-TH Sơn La');
		assert.equal(doc('Tiêu đề về huyện\nPT-TH Cà Mau – Chiều 2/9, xã mít tinh.').ledeMarker, 'PT-TH Cà Mau');
		assert.equal(doc('Tiêu đề về huyện\n(Đài PT-TH Yên Bái) - Ngày 7/7, đoàn thăm.').ledeMarker, 'Đài PT-TH Yên Bái');
		assert.equal(
			doc('Tiêu đề về huyện\nĐài PT-TH Thừa Thiên Huế - Sáng 5/3, họp.').ledeMarker,
			'Đài PT-TH Thừa Thiên Huế',
		);
		// A dash with spaces around it still ends the marker; one between digits is no marker.
		assert.equal(doc('Tiêu đề về huyện\nSáng 12-3 - huyện tổ chức hội nghị.').ledeMarker, null);
		const found = extractSource(doc('Tiêu đề về huyện Mộc Châu\nĐài PT-TH Sơn La - Sáng 5/3, huyện Mộc Châu họp.'));
		assert.deepEqual([found.source.outlet, found.outletProvince?.name], ['Đài PT-TH Sơn La', 'Sơn La']);
	});
	it('takes a one- or two-word first line as the headline when a blank line and a dateline follow', () => {
		assert.deepEqual(types('Tin vắn\n\n(BTNO) - Sáng 5/3, huyện họp.\nĐoạn sau.').slice(0, 2), [
			'headline:Tin vắn',
			'lede:(BTNO) - Sáng 5/3, huyện',
		]);
		assert.equal(doc('Tin vắn\n\n(BTNO) - Sáng 5/3, huyện họp.').ledeMarker, 'BTNO');
		assert.deepEqual(types('Hội nghị\n\nThứ hai, 04/03/2024 08:15\n\nSáng 4/3, huyện họp.').slice(0, 3), [
			'headline:Hội nghị',
			'dateline:Thứ hai, 04/03/2024 08:1',
			'lede:Sáng 4/3, huyện họp.',
		]);
		assert.equal(types('Khánh thành\n\nĐài PT-TH Lào Cai - Chiều 1/6, xã khánh thành cầu.')[0], 'headline:Khánh thành');
		assert.equal(types('Tiếp xúc\n\nNgày 8/5, cử tri xã kiến nghị.')[0], 'headline:Tiếp xúc');
	});
	it('keeps a short first line as text when no blank line or no dateline follows', () => {
		// No blank line: the two lines run on.
		assert.equal(types('Hội nghị\n(BTNO) - Sáng 5/3, huyện họp.')[0], 'lede:Hội nghị');
		// No dateline under it.
		assert.equal(types('Tin vắn\n\nHuyện tổ chức hội nghị tổng kết.')[0], 'lede:Tin vắn');
		// A number or a closing stop is no two-word headline.
		assert.equal(types('Năm 2024\n\nSáng 5/3, huyện họp.')[0], 'lede:Năm 2024');
		assert.equal(types('Xin chào.\n\nSáng 5/3, huyện họp.')[0], 'lede:Xin chào.');
	});
	it('splits sentences with offsets into the text', () => {
		const d = doc('Tiêu đề bài viết\nCâu một. Câu hai!');
		assert.deepEqual(
			d.sentences.map((s) => d.text.slice(s.start, s.end)),
			['Tiêu đề bài viết', 'Câu một.', 'Câu hai!'],
		);
	});
	it('gives the same offsets in the tone-canonical text', () => {
		const d = doc('Uỷ ban nhân dân tỉnh Hoà Bình\nKết quả.');
		assert.equal(d.canon.length, d.text.length);
		assert.equal(d.sentences[0]?.canon, 'Ủy ban nhân dân tỉnh Hòa Bình');
	});
	it('never throws on an empty or odd text', () => {
		assert.deepEqual(doc('').blocks, []);
		assert.doesNotThrow(() => doc('....\n\n\n---\n<<>>'));
	});
});

describe('extractSource', () => {
	const source = (text: string) => extractSource(doc(text)).source;
	it('reads "Name/OUTLET.VN" and the lede marker', () => {
		assert.deepEqual(source('Tiêu đề bài viết\nĐiện Biên TV - Ngày 19/11, đoàn làm việc.\nChí Công/DIENBIENTV.VN'), {
			outlet: 'Điện Biên TV',
			url: null,
			author: 'Chí Công',
		});
	});
	it('reads what follows "Tin, ảnh:" as a closing line: an outlet after the name, a photo credit cut off', () => {
		const closing = (line: string) =>
			source(`Tiêu đề bài viết\nNgày 20/12/2024, Huyện ủy Mường Tè tổ chức hội nghị.\n${line}`);
		assert.deepEqual(closing('Bài, ảnh: Minh Hà/Báo Lai Châu'), {
			outlet: 'Báo Lai Châu',
			url: null,
			author: 'Minh Hà',
		});
		assert.deepEqual(closing('Tin: Minh Hà - Báo Lai Châu'), { outlet: 'Báo Lai Châu', url: null, author: 'Minh Hà' });
		assert.deepEqual(closing('Tin: Minh Hà. Ảnh: Tuấn Anh'), { outlet: null, url: null, author: 'Minh Hà' });
		assert.deepEqual(closing('Bài: Minh Hà; ảnh: Tuấn Anh'), { outlet: null, url: null, author: 'Minh Hà' });
		assert.equal(closing('Bài và ảnh: Minh Đức (Trung tâm VH-TT&TT huyện Mường Tè)').author, 'Minh Đức');
		// "(tổng hợp)", "(T/h)": compiled by the writer, naming no outlet.
		assert.deepEqual(closing('Hoàng Anh (tổng hợp)'), { outlet: null, url: null, author: 'Hoàng Anh' });
		assert.deepEqual(closing('Thanh Hà (T/h)'), { outlet: null, url: null, author: 'Thanh Hà' });
		// A station that names no place is the writer's office; one that does is an outlet.
		assert.deepEqual(closing('Tin, ảnh Lệ Sương (Đài Truyền thanh huyện)'), {
			outlet: null,
			url: null,
			author: 'Lệ Sương',
		});
		assert.deepEqual(closing('Lan Anh - Đài TT-TH huyện Mường Tè'), {
			outlet: 'Đài TT-TH huyện Mường Tè',
			url: null,
			author: 'Lan Anh',
		});
	});
	it('reads a portal or journal named by the lede marker as the outlet, a place not', () => {
		const opening = (marker: string) =>
			source(`Tiêu đề bài viết\n(${marker}) - Sáng 19/12/2024, kỳ họp khai mạc.`).outlet;
		assert.equal(opening('Cổng TTĐT huyện Đông Anh'), 'Cổng TTĐT huyện Đông Anh');
		assert.equal(opening('Tạp chí Cộng sản'), 'Tạp chí Cộng sản');
		assert.equal(opening('Đông Anh'), null);
	});
	it('reads "Tin, ảnh:" and "Nguồn …: URL"', () => {
		assert.deepEqual(
			source(
				'Tiêu đề bài viết\nNgày 29/9, kỳ họp.\nTin, ảnh: Nhật Phương\nNguồn Điện Biên Phủ: http://baodienbienphu.com.vn/tin-tuc/209349/abc',
			),
			{ outlet: 'Báo Điện Biên Phủ', url: 'http://baodienbienphu.com.vn/tin-tuc/209349/abc', author: 'Nhật Phương' },
		);
	});
	it('reads "Nguồn tin: domain"', () => {
		assert.deepEqual(source('Tiêu đề bài viết\nChiều nay, tổ công tác kiểm tra.\nNguồn tin: laichau.gov.vn'), {
			outlet: 'laichau.gov.vn',
			url: null,
			author: null,
		});
	});
	it('reads a closing name as the byline and a photo credit as nothing', () => {
		assert.equal(
			source('Tiêu đề bài viết\nSáng 8/10, hội nghị.\nToàn cảnh. Ảnh: Tuấn Hùng\nĐoạn văn.\nAnh Tuân').author,
			'Anh Tuân',
		);
		assert.equal(source('Tiêu đề bài viết\nSáng 8/10, hội nghị diễn ra.\nĐoạn văn. Ảnh: Tuấn Hùng').author, null);
	});
	it('reads a byline glued to the last paragraph', () => {
		assert.equal(
			source('Tiêu đề bài viết\nNgày 7/2, Bí thư làm việc với huyện. Người dân sẽ phát triển. Trường Phong').author,
			'Trường Phong',
		);
	});
	it('reads "Name (TTXVN)" and a known lede code', () => {
		assert.deepEqual(source('Tiêu đề bài viết\nNgày 7/2, đoàn làm việc.\nNguyễn Văn Nam (TTXVN)'), {
			outlet: 'TTXVN',
			url: null,
			author: 'Nguyễn Văn Nam',
		});
		assert.equal(source('Tiêu đề bài viết\n(BĐ) - Chiều 22.4, Chủ tịch làm việc.\nT.SỸ').outlet, 'Báo Bình Định');
	});
	it('reads a byline above the lede, which is no caption and no text', () => {
		const text =
			'Tiêu đề bài viết\nCập nhật: 10:15 28/12/2024\nBài, ảnh: Quang Hưng\nNgày 27/12, kỳ họp khai mạc.\nĐoạn văn.';
		assert.equal(source(text).author, 'Quang Hưng');
		assert.deepEqual(
			types(text).map((t) => t.split(':')[0]),
			['headline', 'dateline', 'tail', 'lede', 'paragraph'],
		);
		assert.equal(source('Tiêu đề bài viết\nTin: Minh Anh\nNgày 27/12, kỳ họp khai mạc.').author, 'Minh Anh');
		assert.equal(source('Tiêu đề bài viết\nBài, ảnh: T.Sỹ\nNgày 27/12, kỳ họp khai mạc.').author, 'T.Sỹ');
		// A series' part is a heading, not a byline.
		assert.match(types('Tiêu đề bài viết\nBài 1: Những con số biết nói\nNgày 27/12, kỳ họp.')[1] ?? '', /^heading:/);
	});
	it('reads a closing outlet’s name alone as the outlet, not a byline', () => {
		for (const outlet of ['Báo Điện Biên Phủ', 'Đài PT-TH Sơn La', 'TTXVN']) {
			assert.deepEqual(source(`Tiêu đề bài viết\nNgày 19/6, đoàn làm việc với huyện.\n${outlet}`), {
				outlet,
				url: null,
				author: null,
			});
		}
		assert.equal(source('Tiêu đề bài viết\nNgày 19/6, đoàn làm việc với huyện.\nBảo Anh').author, 'Bảo Anh');
	});
	it('reads "PV:", "Tác giả:", a name with its office in parentheses and an outlet named in full', () => {
		const closing = (...lines: string[]) =>
			source(['Tiêu đề bài viết', 'Ngày 20/12/2024, Huyện ủy Mường Tè tổ chức hội nghị.', ...lines].join('\n'));
		assert.deepEqual(closing('PV: Minh Đức'), { outlet: null, url: null, author: 'Minh Đức' });
		assert.deepEqual(closing('Tác giả: Minh Đức', 'Nguồn: Báo Lai Châu'), {
			outlet: 'Báo Lai Châu',
			url: null,
			author: 'Minh Đức',
		});
		// The writer's media centre, named with its place, is the outlet when no line names another.
		assert.deepEqual(closing('Minh Đức (Trung tâm VH-TT&TT huyện Mường Tè)'), {
			outlet: 'Trung tâm VH-TT&TT huyện Mường Tè',
			url: null,
			author: 'Minh Đức',
		});
		assert.deepEqual(closing('Tin, ảnh: Minh Đức (Trung tâm VH-TT&TT huyện Mường Tè)', 'Nguồn: Báo Lai Châu'), {
			outlet: 'Báo Lai Châu',
			url: null,
			author: 'Minh Đức',
		});
		assert.deepEqual(closing('Báo Lai Châu điện tử'), { outlet: 'Báo Lai Châu điện tử', url: null, author: null });
		// "Báo cáo …" is text, not an outlet.
		assert.deepEqual(closing('Báo cáo được thông qua'), { outlet: null, url: null, author: null });
	});
	it('reads the outlet a whole headline ends with, not a cut one’s', () => {
		const lede = '\nNgày 20/12/2024, Huyện ủy Mường Tè tổ chức hội nghị tổng kết.';
		assert.equal(
			source(`Huyện Mường Tè tổng kết năm 2024 - Báo Lai Châu điện tử${lede}`).outlet,
			'Báo Lai Châu điện tử',
		);
		assert.equal(source(`Huyện Mường Tè tổng kết năm 2024 - Báo Lai ...${lede}\nĐoạn văn.`).outlet, null);
		assert.equal(source(`Huyện Mường Tè tổng kết năm 2024 - nhiều kết quả nổi bật${lede}`).outlet, null);
	});
	it('reads an outlet’s code after the place (and day) its lede is written from', () => {
		assert.equal(
			source('Kỳ họp HĐND huyện\nMù Cang Chải (YBĐT) - Sáng 18/12, HĐND huyện Mù Cang Chải khai mạc kỳ họp.').outlet,
			'Báo Yên Bái',
		);
		assert.equal(
			source('Tổng kết năm\nĐiện Biên, 20/12 (TTXVN) - Chiều 20/12, Huyện ủy Nậm Pồ tổ chức hội nghị.').outlet,
			'TTXVN',
		);
		// A province in parentheses names no outlet.
		assert.equal(source('Kỳ họp HĐND huyện\nMường Tè (Lai Châu) - Sáng 18/12, HĐND huyện họp.').outlet, null);
	});
	it('reads a closing line in parentheses as it reads it without them', () => {
		for (const [line, outlet] of [
			['(Theo Báo Lào Cai)', 'Báo Lào Cai'],
			['(Nguồn: laocai.gov.vn)', 'laocai.gov.vn'],
			['(TTXVN)', 'TTXVN'],
		] as const) {
			assert.deepEqual(source(`Tiêu đề bài viết\nNgày 19/12, Huyện ủy họp.\n${line}`), {
				outlet,
				url: null,
				author: null,
			});
		}
	});
	it('reads "Name - Báo X" as byline and outlet', () => {
		assert.deepEqual(source('Tiêu đề bài viết\nNgày 10/7, đoàn kiểm tra.\nMinh Đức - Báo Lai Châu'), {
			outlet: 'Báo Lai Châu',
			url: null,
			author: 'Minh Đức',
		});
	});
});

describe('extractKind', () => {
	const kind = (text: string) => extractKind(doc(text));
	it('working visits', () => {
		assert.equal(
			kind('Phó Chủ tịch UBND tỉnh làm việc với huyện Nậm Pồ\nNgày 19/11, Tổ công tác làm việc.'),
			'working-visit',
		);
		assert.equal(
			kind('Tổ công tác số 1 UBND tỉnh kiểm tra tình hình tại huyện Than Uyên\nChiều nay, kiểm tra.'),
			'working-visit',
		);
		assert.equal(
			kind(
				'Phú Tân cần kiểm soát tốt nuôi tôm\nĐó là chỉ đạo của Bí thư Tỉnh ủy tại buổi làm việc với Ban Chấp hành Đảng bộ huyện.',
			),
			'working-visit',
		);
	});
	it('party meetings', () => {
		assert.equal(
			kind(
				'Như Xuân tăng tốc hoàn thành chỉ tiêu\nSáng 8/10, đã diễn ra hội nghị Ban Chấp hành Đảng bộ huyện Như Xuân lần thứ 21.',
			),
			'party-meeting',
		);
		assert.equal(
			kind('Điện Biên Đông cơ bản đạt chỉ tiêu\nNgày 29/9, Ban Chấp hành Đảng bộ huyện khóa VI tổ chức kỳ họp thứ 15.'),
			'party-meeting',
		);
	});
	it('a Party committee holding a conference or meeting of its own, named as its subject', () => {
		for (const lede of [
			'Ngày 20/12/2024, Huyện ủy Mộc Châu, tỉnh Sơn La tổ chức hội nghị tổng kết công tác năm 2024.',
			'Sáng 8/10, Huyện ủy Than Uyên tổ chức Hội nghị sơ kết công tác 9 tháng đầu năm 2024.',
			'Chiều 15/1, Thành ủy Điện Biên Phủ đã tổ chức hội nghị triển khai nhiệm vụ năm 2025.',
			'Sáng 3/7, Ban Thường vụ Thị ủy Mường Lay họp phiên thường kỳ tháng 7.',
			'Huyện ủy Mường Chà họp đánh giá chín tháng.',
			'Ngày 5/10, Đảng bộ huyện Tuần Giáo tổ chức hội nghị sơ kết 9 tháng.',
			'Ngày 12/3, Hội nghị sơ kết công tác 6 tháng đầu năm của Huyện ủy Nậm Pồ đã diễn ra.',
			'Ngày 5/1/2025, Huyện ủy Tam Đường tổng kết năm 2024.',
			'Ngày 10/7, Ban Thường vụ Huyện ủy Văn Bàn sơ kết 6 tháng đầu năm.',
			// Its city or province in brackets after its name.
			'Ngày 10-7, Huyện ủy Cần Giờ (TPHCM) tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024.',
		]) {
			assert.equal(kind(`Tổng kết công tác\n${lede}`), 'party-meeting', lede);
		}
	});
	it('not a Party committee’s own meeting: one it orders, the government’s, a ceremony, a press conference', () => {
		for (const lede of [
			'Sáng 5/6, Huyện ủy chỉ đạo các xã tổ chức hội nghị lấy ý kiến.',
			'Sáng 5/6, Huyện ủy chỉ đạo các xã tổng kết năm.',
			'Sáng 20/12, UBND huyện Mộc Châu tổ chức hội nghị tổng kết công tác năm 2024.',
			'Sáng 3/2, Huyện ủy Mộc Châu tổ chức lễ kỷ niệm 95 năm Ngày thành lập Đảng.',
			'Sáng 3/2, Huyện ủy Mộc Châu họp báo thông tin về đại hội.',
			'Sáng 12/3, UBND huyện tổ chức hội nghị triển khai kế hoạch của UBND tỉnh.',
		]) {
			assert.equal(kind(`Tin địa phương\n${lede}`), 'other', lede);
		}
		assert.equal(
			kind('Tỉnh ủy làm việc với Mộc Châu\nSáng 3/2, Đoàn công tác của Tỉnh ủy làm việc với Huyện ủy Mộc Châu.'),
			'working-visit',
		);
	});
	it('a higher level’s supervision team is a working visit; the district’s own or another body’s is not', () => {
		assert.equal(
			kind(
				'Giám sát chính sách\nSáng 12/3, Đoàn giám sát của HĐND tỉnh giám sát việc thực hiện chính sách tại huyện Nậm Pồ.',
			),
			'working-visit',
		);
		for (const lede of [
			'Sáng 12/3, Đoàn giám sát của HĐND huyện Nậm Pồ giám sát tại xã Nà Hỳ.',
			'Sáng 12/3, Đoàn giám sát của Ủy ban MTTQ huyện giám sát việc thực hiện chính sách tại xã Nà Hỳ.',
		]) {
			assert.equal(kind(`Giám sát chính sách\n${lede}`), 'other', lede);
		}
	});
	it('council meetings', () => {
		assert.equal(
			kind('Khai mạc kỳ họp thứ 12 HĐND huyện Mường Nhé\nSáng 5/12, HĐND huyện khai mạc kỳ họp.'),
			'council-meeting',
		);
	});
	it('ceremonies, press conferences and features are other', () => {
		assert.equal(
			kind('Lễ kỷ niệm 53 năm Ngày giải phóng huyện Hoài Ân\nSáng 18/4, huyện long trọng tổ chức lễ kỷ niệm.'),
			'other',
		);
		assert.equal(kind('Tỉnh trả nợ cho huyện\nChủ tịch UBND tỉnh cho biết tại họp báo.'), 'other');
		assert.equal(kind('Hoài Ân đầu tư hạ tầng\nHoài Ân là một trong những điển hình của tỉnh.'), 'other');
	});
});
