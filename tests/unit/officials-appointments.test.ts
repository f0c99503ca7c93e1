import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDocument } from '../../src/lib/extract/document.ts';
import { extractOfficials } from '../../src/lib/extract/officials/extract-officials.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';

// Personnel announcements of our own, in the styles of provincial papers and district portals.

/** "name | title" of each official of an article made of these lines (headline first). */
function titles(lines: readonly string[]): string[] {
	const doc = readDocument(normalizeText(lines.join('\n')));
	return extractOfficials(doc, { province: 'Long An', district: 'Tân Thạnh' }).map((o) => `${o.name} | ${o.title}`);
}

describe('officials: the post an article appoints a person to', () => {
	it('takes the new post over the old one and over a longer past chain', () => {
		assert.deepEqual(
			titles([
				'Công bố quyết định về công tác cán bộ',
				'Chiều 5.3, Tỉnh ủy tổ chức công bố quyết định về công tác cán bộ. Theo đó, ông Lê Hoàng Phúc, Phó Giám đốc Sở Tài chính, được điều động, chỉ định giữ chức vụ Phó Bí thư Huyện ủy Tân Thạnh.',
				'Trước đó, ông Lê Hoàng Phúc, Ủy viên Ban Thường vụ Thị ủy, Phó Chủ tịch UBND thị xã Kiến Tường được điều động về Sở Tài chính.',
			]),
			['Lê Hoàng Phúc | Phó Bí thư Huyện ủy'],
		);
	});
	it('reads "được bổ nhiệm làm", "giữ chức" without "vụ", and a chain of posts', () => {
		assert.deepEqual(
			titles([
				'Huyện có tân Chủ tịch UBND',
				'Sáng 12/8, HĐND huyện tổ chức kỳ họp chuyên đề; bà Trần Thị Ngọc Hân, Trưởng Ban Dân vận Huyện ủy, được bầu giữ chức Phó Bí thư Huyện ủy, Chủ tịch UBND huyện nhiệm kỳ 2021 - 2026.',
			]),
			['Trần Thị Ngọc Hân | Phó Bí thư Huyện ủy, Chủ tịch UBND huyện'],
		);
		assert.deepEqual(
			titles([
				'Trao quyết định bổ nhiệm cán bộ',
				'Ngày 2-4, đồng chí Võ Minh Tâm - Chánh Văn phòng UBND huyện được bổ nhiệm làm Phó Chủ tịch UBND huyện.',
			]),
			['Võ Minh Tâm | Phó Chủ tịch UBND huyện'],
		);
	});
	it('keeps the title when the post after it is a past one ("từng giữ chức vụ")', () => {
		assert.deepEqual(
			titles([
				'Huyện tiếp đoàn công tác',
				'Sáng 9/5, ông Nguyễn Văn Tài, Giám đốc Sở Xây dựng, người từng giữ chức vụ Chủ tịch UBND huyện, làm việc với huyện.',
			]),
			['Nguyễn Văn Tài | Giám đốc Sở Xây dựng'],
		);
	});
	it('keeps the office when the new post names no tier', () => {
		assert.deepEqual(
			titles([
				'Công bố quyết định về công tác cán bộ',
				'Sáng 4/3, Tỉnh ủy chỉ định bà Hà Thị Thu Trang, Phó Giám đốc Sở Tư pháp, giữ chức vụ Ủy viên Đảng đoàn.',
			]),
			['Hà Thị Thu Trang | Phó Giám đốc Sở Tư pháp'],
		);
	});
	it('does not look for the new post past the clause', () => {
		assert.deepEqual(
			titles([
				'Huyện tổng kết công tác năm',
				'Sáng 20/12, ông Phan Quốc Bảo, Chủ tịch UBND huyện, chủ trì hội nghị; hội nghị đã bầu ông Lâm Văn Tư giữ chức Phó Chủ tịch UBND huyện.',
			]),
			['Phan Quốc Bảo | Chủ tịch UBND huyện', 'Lâm Văn Tư | Phó Chủ tịch UBND huyện'],
		);
	});
	it('reads the post a person named without an office is elected to', () => {
		assert.deepEqual(
			titles([
				'Đại hội Đảng bộ huyện thành công tốt đẹp',
				'Đại hội đã bầu Ban Chấp hành gồm 35 đồng chí. Đồng chí Lưu Bá Mạc được bầu tái cử giữ chức Bí thư Huyện ủy.',
			]),
			['Lưu Bá Mạc | Bí thư Huyện ủy'],
		);
		assert.deepEqual(
			titles(['Kỳ họp HĐND huyện', 'Sáng 12/8, kỳ họp đã bầu ông Nguyễn Văn Hùng làm Chủ tịch UBND huyện.']),
			['Nguyễn Văn Hùng | Chủ tịch UBND huyện'],
		);
		// A post left or held before is not one given.
		assert.deepEqual(
			titles(['Kỳ họp HĐND huyện', 'HĐND huyện cho ông Nguyễn Văn Hùng thôi giữ chức Chủ tịch UBND huyện.']),
			[],
		);
	});
});

describe('officials: "kiêm" between posts', () => {
	it('keeps "kiêm" as the article writes it; a comma and a dash read ", "', () => {
		assert.deepEqual(
			titles([
				'Kiểm tra công tác sẵn sàng chiến đấu',
				'Chiều 14/1, Thượng tá Đặng Văn Lộc, Phó Chỉ huy trưởng kiêm Tham mưu trưởng Ban CHQS huyện, kiểm tra công tác trực sẵn sàng chiến đấu.',
			]),
			['Đặng Văn Lộc | Phó Chỉ huy trưởng kiêm Tham mưu trưởng Ban CHQS huyện'],
		);
		assert.deepEqual(
			titles([
				'Huyện làm việc với các xã',
				'Sáng 3/6, đồng chí Huỳnh Văn Kiệt - Phó Bí thư Huyện ủy - Chủ tịch UBND huyện làm việc với các xã.',
			]),
			['Huỳnh Văn Kiệt | Phó Bí thư Huyện ủy, Chủ tịch UBND huyện'],
		);
	});
});
