import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDocument } from '../../src/lib/extract/document.ts';
import { extractSource } from '../../src/lib/extract/source.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';

const sourceOf = (text: string) => extractSource(readDocument(normalizeText(text))).source;
const BODY = 'Huyện Bảo Lạc ra quân trồng cây\n\nSáng 5/2, huyện Bảo Lạc ra quân trồng cây đầu xuân năm 2025.\n\n';

describe('extractSource: bylines in several house styles', () => {
	it('reads two authors as written', () => {
		assert.equal(sourceOf(`${BODY}Thu Hà – Minh Tuấn`).author, 'Thu Hà – Minh Tuấn');
		assert.equal(sourceOf(`${BODY}Lan Phương - Đức Anh`).author, 'Lan Phương - Đức Anh');
	});
	it('reads upper-case bylines', () => {
		assert.equal(sourceOf(`${BODY}HÀ LINH`).author, 'HÀ LINH');
		assert.equal(sourceOf(`${BODY}Tin, ảnh: NGỌC MAI`).author, 'NGỌC MAI');
	});
	it('reads a byline whose colon a portal left out, typos included', () => {
		assert.equal(sourceOf(`${BODY}Tin, ảnh KHÁNH VÂN`).author, 'KHÁNH VÂN');
		assert.equal(
			sourceOf(`${BODY}Tịn, ành Hồng Nhung (Đài Truyền thanh huyện)\n\nXem chi tiết tại đây`).author,
			'Hồng Nhung',
		);
		assert.equal(sourceOf(`${BODY}Bài và ảnh Quốc Khánh`).author, 'Quốc Khánh');
	});
	it('reads several writers, and no places for writers', () => {
		assert.equal(sourceOf(`${BODY}Hoàng Anh, Lan Hương`).author, 'Hoàng Anh, Lan Hương');
		assert.equal(sourceOf(`${BODY}Hoàng Anh và Lan Hương`).author, 'Hoàng Anh và Lan Hương');
		assert.equal(sourceOf(`${BODY}Điện Biên Phủ, Điện Biên`).author, null);
	});
	it('reads the fields of one closing line apart', () => {
		const read = (line: string) => {
			const s = sourceOf(`${BODY}${line}`);
			return [s.outlet, s.author];
		};
		assert.deepEqual(read('Tác giả: Hoàng Anh. Nguồn: Báo Điện Biên Phủ'), ['Báo Điện Biên Phủ', 'Hoàng Anh']);
		assert.deepEqual(read('Hoàng Anh | Báo Điện Biên Phủ'), ['Báo Điện Biên Phủ', 'Hoàng Anh']);
	});
	it('reads no interviewer’s question as a byline, and no "(thực hiện)" as an outlet', () => {
		const s = sourceOf(`${BODY}PV: Xin cảm ơn đồng chí!\n\nThu Hằng (thực hiện)`);
		assert.deepEqual([s.author, s.outlet], ['Thu Hằng', null]);
		assert.equal(sourceOf(`${BODY}PV: Minh Đức`).author, 'Minh Đức');
	});
	it('reads a long media centre after a writer’s name', () => {
		const s = sourceOf(`${BODY}Giàng Thị Sua - Trung tâm Văn hóa Thể thao và Truyền thông huyện Si Ma Cai`);
		assert.deepEqual(
			[s.author, s.outlet],
			['Giàng Thị Sua', 'Trung tâm Văn hóa Thể thao và Truyền thông huyện Si Ma Cai'],
		);
	});
	it('leaves the writer’s role out of the name and the outlet', () => {
		assert.deepEqual(
			[sourceOf(`${BODY}PV Hoàng Anh`).author, sourceOf(`${BODY}PV Hoàng Anh`).outlet],
			['Hoàng Anh', null],
		);
		assert.deepEqual(
			[sourceOf(`${BODY}Đức Anh (CTV)`).author, sourceOf(`${BODY}Đức Anh (CTV)`).outlet],
			['Đức Anh', null],
		);
	});
	it('reads team bylines', () => {
		assert.equal(sourceOf(`${BODY}Nhóm phóng viên`).author, 'Nhóm phóng viên');
		assert.equal(sourceOf(`${BODY}Nhóm PV Thời sự`).author, 'Nhóm PV Thời sự');
	});
	it('reads a name followed by the writer’s office', () => {
		assert.equal(sourceOf(`${BODY}Hoàng Văn Nam - Ban Chỉ huy Quân sự huyện Bảo Lạc`).author, 'Hoàng Văn Nam');
		assert.equal(sourceOf(`${BODY}Lò Thị Hiền – Trung tâm VH-TT huyện`).author, 'Lò Thị Hiền');
	});
	it('names the outlet from "Theo Báo X" and "Nguồn: X"', () => {
		assert.equal(sourceOf(`${BODY}Theo Báo Cao Bằng`).outlet, 'Báo Cao Bằng');
		assert.equal(sourceOf(`${BODY}Nguồn: Đài PT-TH Hà Giang`).outlet, 'Đài PT-TH Hà Giang');
		assert.equal(sourceOf(`${BODY}Nguồn: Cổng TTĐT tỉnh Cao Bằng`).outlet, 'Cổng TTĐT tỉnh Cao Bằng');
	});
	it('reads the byline that stands before the dateline', () => {
		const s = sourceOf(
			'Huyện Mèo Vạc đón khách du lịch\n\nMinh Khôi, Hải Yến - Thứ năm, 12/09/2024 08:15 (GMT+7)\n\nHuyện đón hơn 10.000 lượt khách.',
		);
		assert.equal(s.author, 'Minh Khôi, Hải Yến');
		assert.equal(
			sourceOf('Tin huyện\n\nCập nhật: 02-03-2024 | 10:05:11\n\nHuyện đón hơn 10.000 lượt khách.').author,
			null,
		);
		// The province the article was written in is no byline.
		assert.equal(sourceOf('Tin huyện\n\nĐiện Biên - ngày 28/6/2024\n\nHuyện đón hơn 10.000 lượt khách.').author, null);
	});
	it('names a media centre with its place as the outlet; without its place it is the writer’s office', () => {
		const read = (line: string) => {
			const s = sourceOf(`${BODY}${line}`);
			return [s.outlet, s.author];
		};
		assert.deepEqual(read('Trung tâm Văn hóa - Thể thao và Truyền thông huyện Mường Chà'), [
			'Trung tâm Văn hóa - Thể thao và Truyền thông huyện Mường Chà',
			null,
		]);
		assert.deepEqual(read('Trung tâm VH-TT&TT huyện Mường Chà'), ['Trung tâm VH-TT&TT huyện Mường Chà', null]);
		assert.deepEqual(read('Lan Anh - Trung tâm Truyền thông tỉnh Điện Biên'), [
			'Trung tâm Truyền thông tỉnh Điện Biên',
			'Lan Anh',
		]);
		assert.deepEqual(read('Thu Hiền (Trung tâm TTVH huyện Tiên Yên)'), ['Trung tâm TTVH huyện Tiên Yên', 'Thu Hiền']);
		assert.deepEqual(read('Hoàng Quỳnh (Trung tâm TT-VH Bình Liêu)'), ['Trung tâm TT-VH Bình Liêu', 'Hoàng Quỳnh']);
		assert.deepEqual(read('Lan Anh - Trung tâm Truyền thông tỉnh'), [null, 'Lan Anh']);
		assert.deepEqual(read('Lan Anh - Trung tâm Truyền thông Tỉnh'), [null, 'Lan Anh']);
		assert.deepEqual(read('Lan Anh - Trung tâm Truyền thông và Văn hóa'), [null, 'Lan Anh']);
		assert.deepEqual(read('Lò Thị Hiền – Trung tâm Y tế huyện Bảo Lạc'), [null, 'Lò Thị Hiền']);
	});
	it('reads the fields before a dateline’s date', () => {
		const lede = '\n\nSáng 4/10, UBND huyện tổ chức hội nghị.';
		const fields = sourceOf(`Tin huyện\n\nNguồn: Cổng thông tin điện tử huyện Buôn Đôn | Ngày đăng: 05/10/2024${lede}`);
		assert.deepEqual([fields.outlet, fields.author], ['Cổng thông tin điện tử huyện Buôn Đôn', null]);
		assert.equal(sourceOf(`Tin huyện\n\nTác giả: Minh Hà | Cập nhật: 10:15 28/12/2024${lede}`).author, 'Minh Hà');
		// A field of digits is a time, not a name.
		assert.equal(sourceOf(`Tin huyện\n\nCập nhật: 02-03-2024 | 10:05:11${lede}`).author, null);
	});
	it('names the outlet from its code or its reporter', () => {
		assert.equal(
			sourceOf(
				'Tin huyện Thuận An\n\nSáng 3-12 đoàn công tác thăm ...\n\nCập nhật: 03-12-2024 | 13:28:29\n\n(BDO) Sáng 3-12, đoàn công tác của tỉnh đã đến thăm hỏi, tặng quà các gia đình chính sách trên địa bàn thành phố.',
			).outlet,
			'Báo Bình Dương',
		);
		assert.equal(sourceOf('Tin huyện\n\n(ABCTV) - Sáng 3/3, huyện ra quân.').outlet, 'ABCTV');
		assert.equal(
			sourceOf(`${BODY}Trao đổi với PV Báo Lào Cai, ông Nam cho biết huyện sẽ tiếp tục.`).outlet,
			'Báo Lào Cai',
		);
		assert.equal(sourceOf(`${BODY}Phóng viên đã có mặt tại hiện trường.`).outlet, null);
	});
});
