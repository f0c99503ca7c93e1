import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDocument } from '../../src/lib/extract/document.ts';
import { extractFacts } from '../../src/lib/extract/extract-facts.ts';
import { extractKind, extractKindFinding } from '../../src/lib/extract/kind.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';

const doc = (text: string) => readDocument(normalizeText(text));
const kindOf = (text: string) => extractKind(doc(text));

describe('extractKind: voters, field trips, a place’s own leaders', () => {
	it('does not take a voters’ meeting for a council session', () => {
		assert.equal(
			kindOf(
				'Đại biểu HĐND tỉnh tiếp xúc cử tri huyện Yên Minh\n\nSáng 20/6, tổ đại biểu HĐND tỉnh tiếp xúc cử tri trước kỳ họp thứ 19 HĐND tỉnh khóa XVIII.',
			),
			'other',
		);
		assert.equal(kindOf('Chiều 4-7, Đoàn ĐBQH tỉnh tiếp xúc với cử tri xã Nà Hỳ sau kỳ họp HĐND huyện.'), 'other');
		// A session itself stays a council meeting.
		assert.equal(kindOf('Sáng 10/7, HĐND huyện Mèo Vạc khai mạc kỳ họp thứ 12.'), 'council-meeting');
	});
	it('reads a provincial leader’s trip to farms or cooperatives as a working visit', () => {
		assert.equal(
			kindOf(
				'Phó Chủ tịch UBND tỉnh thăm mô hình trồng sầu riêng ở huyện Krông Pắc\n\nSáng 14/8, Phó Chủ tịch UBND tỉnh Nguyễn Văn Sơn đã đến thăm mô hình trồng sầu riêng của hợp tác xã Ea Yông.',
			),
			'working-visit',
		);
		assert.equal(
			kindOf('(TN) - Chiều 3-4, Bí thư Tỉnh ủy khảo sát vùng nguyên liệu mía tại xã Phước Sơn, huyện Ninh Phước.'),
			'working-visit',
		);
		// Without a higher level, a visit to a cooperative is local news.
		assert.equal(kindOf('Ngày 3/4, hội viên nông dân xã Tân Lập thăm mô hình nuôi cá lồng của hợp tác xã.'), 'other');
	});
	it('reads a provincial leader’s trip to the place to direct the work there as a working visit', () => {
		assert.equal(
			kindOf(
				'Phó Chủ tịch tỉnh về Mường Nhé chỉ đạo khắc phục hậu quả mưa lũ\n\nNgày 5/6, Phó Chủ tịch UBND tỉnh Lò Văn Tiến đã về huyện Mường Nhé chỉ đạo.',
			),
			'working-visit',
		);
		assert.equal(
			kindOf('Ngày 5/6, Chủ tịch UBND tỉnh xuống hiện trường kiểm tra, chỉ đạo khắc phục sạt lở.'),
			'working-visit',
		);
		// "Đến nay" is no trip, and a district's own leader going to a commune is no higher level.
		assert.equal(kindOf('Đến nay, UBND tỉnh chỉ đạo huyện Mường Nhé khắc phục hậu quả mưa lũ.'), 'other');
		assert.equal(kindOf('Ngày 5/6, Bí thư Huyện ủy đã xuống xã Chung Chải chỉ đạo khắc phục mưa lũ.'), 'other');
	});
	it('does not take an agency’s group inspecting a task for a visit by a higher level', () => {
		assert.equal(
			kindOf(
				'Kiểm tra công tác chuẩn bị bắn pháo hoa\n\nChiều 25/1, đoàn công tác của Bộ CHQS tỉnh do Đại tá Lê Văn Hải làm trưởng đoàn đã kiểm tra công tác chuẩn bị bắn pháo hoa của thị xã.',
			),
			'other',
		);
		assert.equal(
			kindOf('Ngày 8/10, tổ công tác của Sở Y tế kiểm tra việc phòng chống dịch sốt xuất huyết tại huyện Krông Bông.'),
			'other',
		);
		// A working session, or a provincial leader at its head, keeps it a visit.
		assert.equal(
			kindOf('Ngày 8/10, đoàn công tác của Sở Y tế làm việc với UBND huyện Krông Bông về phòng chống dịch.'),
			'working-visit',
		);
		assert.equal(
			kindOf(
				'Chiều 25/1, đoàn công tác do Phó Chủ tịch UBND tỉnh Lê Văn Hải làm trưởng đoàn kiểm tra công tác chuẩn bị Tết tại huyện.',
			),
			'working-visit',
		);
	});
	it('does not take a city’s own leaders touring it for a provincial visit', () => {
		assert.equal(
			kindOf(
				'Lãnh đạo thành phố Tam Kỳ kiểm tra tiến độ các công trình trọng điểm\n\nSáng 6/5, Bí thư Thành ủy Tam Kỳ kiểm tra tiến độ các công trình trên địa bàn thành phố.',
			),
			'other',
		);
		assert.equal(
			kindOf('Ngày 12/9, Chủ tịch UBND huyện Bảo Yên khảo sát các điểm sạt lở trên địa bàn huyện.'),
			'other',
		);
		// A centrally-run city's leaders visiting one of its districts do make a working visit.
		assert.equal(
			kindOf('Sáng 7/3, Bí thư Thành ủy Hà Nội kiểm tra tiến độ dự án đường vành đai tại huyện Sóc Sơn.'),
			'working-visit',
		);
		// So does the province's leader working with the city.
		assert.equal(
			kindOf('Sáng 6/5, Chủ tịch UBND tỉnh làm việc với Thành ủy Tam Kỳ về các công trình trọng điểm.'),
			'working-visit',
		);
	});
	it('reads gift visits and briefings of the Party committee', () => {
		assert.equal(
			kindOf(
				'Bí thư Tỉnh ủy thăm, tặng quà gia đình chính sách huyện Phù Cừ\n\nSáng 20/7, đoàn công tác của tỉnh do Bí thư Tỉnh ủy dẫn đầu thăm, tặng quà các gia đình.',
			),
			'other',
		);
		assert.equal(
			kindOf('HUYỆN ỦY MƯỜNG ẢNG: giao ban tháng 9\n\nSáng 3/10, Huyện ủy tổ chức hội nghị giao ban cấp ủy tháng 9.'),
			'party-meeting',
		);
	});
});

describe('extractKindFinding: the sentence the kind was read from', () => {
	it('gives the deciding sentence', () => {
		const found = extractKindFinding(
			doc('Tin huyện Nậm Pồ\n\nNăm nay mưa nhiều. Ngày 19/11, Tổ công tác của UBND tỉnh làm việc với huyện Nậm Pồ.'),
		);
		assert.equal(found.kind, 'working-visit');
		assert.equal(found.sentence, 'Ngày 19/11, Tổ công tác của UBND tỉnh làm việc với huyện Nậm Pồ.');
	});
	it('is null when nothing marked the kind', () => {
		assert.deepEqual(extractKindFinding(doc('Huyện Mường Tè mưa lớn\n\nMưa lớn kéo dài nhiều ngày.')), {
			kind: 'other',
			sentence: null,
		});
		assert.deepEqual(extractKindFinding(doc('')), { kind: 'other', sentence: null });
	});
	it('reaches the extraction’s evidence', () => {
		const e = extractFacts(normalizeText('Sáng 10/7/2024, HĐND huyện Mèo Vạc, tỉnh Hà Giang khai mạc kỳ họp thứ 12.'));
		assert.equal(e.facts.kind, 'council-meeting');
		assert.equal(e.evidence.kind, 'Sáng 10/7/2024, HĐND huyện Mèo Vạc, tỉnh Hà Giang khai mạc kỳ họp thứ 12.');
	});
});
