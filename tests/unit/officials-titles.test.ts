import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCityProvince } from '../../src/lib/extract/officials/title-places.ts';
import { chainLevel, type Post, recognizeTitle } from '../../src/lib/extract/officials/titles.ts';
import type { Level } from '../../src/schemas/briefing.ts';

/** [text, title, level, what follows the title] read in a province that is not a city. */
type Case = [string, string, Level | null, string];

function check(cases: readonly Case[], province: string | null = 'Điện Biên'): void {
	for (const [text, title, level, rest] of cases) {
		it(`"${text}" → "${title}" (${level})`, () => {
			const r = recognizeTitle(text, { province });
			assert.ok(r, 'a title');
			assert.equal(r.title, title);
			assert.equal(r.level, level);
			assert.equal(r.rest, rest);
			assert.equal(r.valid, true);
		});
	}
}

describe('recognizeTitle: heads, prefixes and bodies', () => {
	check([
		['Phó Chủ tịch UBND tỉnh Vừ A Bằng', 'Phó Chủ tịch UBND tỉnh', 'province', 'Vừ A Bằng'],
		['Bí thư Huyện ủy Lương Thị Hoa', 'Bí thư Huyện ủy', 'district', 'Lương Thị Hoa'],
		['Quyền Chủ tịch UBND tỉnh làm Tổ trưởng', 'Quyền Chủ tịch UBND tỉnh', 'province', 'làm Tổ trưởng'],
		['Tân Bí thư Tỉnh ủy phát biểu', 'Tân Bí thư Tỉnh ủy', 'province', 'phát biểu'],
		['Phó Chủ tịch Thường trực UBND tỉnh', 'Phó Chủ tịch Thường trực UBND tỉnh', 'province', ''],
		['Phó Bí thư Thường trực Huyện ủy', 'Phó Bí thư Thường trực Huyện ủy', 'district', ''],
		['Phó Giám đốc Sở Tài chính Trần Vũ Thanh Hùng', 'Phó Giám đốc Sở Tài chính', 'province', 'Trần Vũ Thanh Hùng'],
		['Giám đốc Sở NN&PTNT cho biết', 'Giám đốc Sở NN&PTNT', 'province', 'cho biết'],
		['Giám đốc Sở Nông nghiệp và PTNT Phạm Văn Bảy', 'Giám đốc Sở Nông nghiệp và PTNT', 'province', 'Phạm Văn Bảy'],
		['Giám đốc Sở Văn hóa, Thể thao và Du lịch', 'Giám đốc Sở Văn hóa, Thể thao và Du lịch', 'province', ''],
		['Trưởng Phòng NN&PTNT huyện Tuy Phước', 'Trưởng Phòng NN&PTNT huyện', 'district', ''],
		['Trưởng phòng Tài chính - Kế hoạch huyện', 'Trưởng phòng Tài chính - Kế hoạch huyện', 'district', ''],
		['Trưởng Ban Tuyên giáo Tỉnh ủy Trần Văn Nam', 'Trưởng Ban Tuyên giáo Tỉnh ủy', 'province', 'Trần Văn Nam'],
		['Trưởng ban Dân vận Huyện ủy', 'Trưởng ban Dân vận Huyện ủy', 'district', ''],
		['Phó Trưởng ban Kinh tế - Ngân sách HĐND tỉnh', 'Phó Trưởng ban Kinh tế - Ngân sách HĐND tỉnh', 'province', ''],
		['Trưởng Ban Pháp chế HĐND huyện', 'Trưởng Ban Pháp chế HĐND huyện', 'district', ''],
		['Chánh Văn phòng UBND tỉnh Nguyễn Văn Minh', 'Chánh Văn phòng UBND tỉnh', 'province', 'Nguyễn Văn Minh'],
		['Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh', 'Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh', 'province', ''],
		['Chánh Thanh tra tỉnh', 'Chánh Thanh tra tỉnh', 'province', ''],
		['Chủ nhiệm Ủy ban Kiểm tra Huyện ủy', 'Chủ nhiệm Ủy ban Kiểm tra Huyện ủy', 'district', ''],
		['Chỉ huy trưởng Bộ CHQS tỉnh', 'Chỉ huy trưởng Bộ CHQS tỉnh', 'province', ''],
		['Chỉ huy trưởng Ban Chỉ huy Quân sự huyện', 'Chỉ huy trưởng Ban Chỉ huy Quân sự huyện', 'district', ''],
		// A committee of the National Assembly, and its secretary general.
		['Chủ nhiệm Ủy ban Kinh tế của Quốc hội', 'Chủ nhiệm Ủy ban Kinh tế của Quốc hội', 'national', ''],
		['Tổng Thư ký Quốc hội Bùi Văn Cường', 'Tổng Thư ký Quốc hội', 'national', 'Bùi Văn Cường'],
		// A military region, named by its number, is the Ministry of Defence's.
		['Tư lệnh Quân khu 2 Nguyễn Hồng Thái', 'Tư lệnh Quân khu 2', 'national', 'Nguyễn Hồng Thái'],
		['Phó Tư lệnh, Tham mưu trưởng Quân khu 1', 'Phó Tư lệnh, Tham mưu trưởng Quân khu 1', 'national', ''],
		['Giám đốc Công an tỉnh', 'Giám đốc Công an tỉnh', 'province', ''],
		['Trưởng Công an huyện Mường Nhé', 'Trưởng Công an huyện', 'district', ''],
		['Chủ tịch Ủy ban MTTQ Việt Nam huyện', 'Chủ tịch Ủy ban MTTQ Việt Nam huyện', 'district', ''],
		['Chủ tịch Hội Nông dân tỉnh', 'Chủ tịch Hội Nông dân tỉnh', 'province', ''],
		['Chủ tịch Hội LHPN huyện', 'Chủ tịch Hội LHPN huyện', 'district', ''],
		['Bí thư Tỉnh đoàn', 'Bí thư Tỉnh đoàn', 'province', ''],
		['Bí thư Đảng ủy xã Nà Khoa', 'Bí thư Đảng ủy xã', 'commune', 'Nà Khoa'],
		['Chủ tịch UBND thị trấn Mường Chà', 'Chủ tịch UBND thị trấn', 'commune', 'Mường Chà'],
		['Phó Chủ tịch UBND phường 3', 'Phó Chủ tịch UBND phường', 'commune', '3'],
		['Giám đốc Trung tâm Y tế huyện Tuần Giáo', 'Giám đốc Trung tâm Y tế huyện', 'district', ''],
		[
			'Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện',
			'Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện',
			'district',
			'',
		],
		['Phó giám đốc Ban điều phối dự án tỉnh', 'Phó giám đốc Ban điều phối dự án tỉnh', 'province', ''],
		['Trưởng đoàn Đoàn Đại biểu Quốc hội tỉnh', 'Trưởng đoàn Đoàn Đại biểu Quốc hội tỉnh', 'province', ''],
		['Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh', 'Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh', 'province', ''],
		['Chủ tịch tỉnh Cà Mau nhấn mạnh', 'Chủ tịch tỉnh', 'province', 'nhấn mạnh'],
		// "tỉnh Đoàn" is a level word and a family name, not the provincial youth union.
		['Phó Chủ tịch HĐND tỉnh Đoàn Văn Phi', 'Phó Chủ tịch HĐND tỉnh', 'province', 'Đoàn Văn Phi'],
		['Bí thư tỉnh đoàn', 'Bí thư tỉnh đoàn', 'province', ''],
		['phó chủ tịch UBND huyện Châu Thành', 'phó chủ tịch UBND huyện', 'district', ''],
		['Viện trưởng VKSND huyện', 'Viện trưởng VKSND huyện', 'district', ''],
		['Chánh án TAND tỉnh', 'Chánh án TAND tỉnh', 'province', ''],
		['Bí thư Huyện đoàn', 'Bí thư Huyện đoàn', 'district', ''],
		['Hạt trưởng Hạt Kiểm lâm huyện', 'Hạt trưởng Hạt Kiểm lâm huyện', 'district', ''],
		['Giám đốc Kho bạc Nhà nước huyện', 'Giám đốc Kho bạc Nhà nước huyện', 'district', ''],
		['Bí thư Đảng ủy Công an tỉnh', 'Bí thư Đảng ủy Công an tỉnh', 'province', ''],
		['Chủ tịch Liên đoàn Lao động tỉnh', 'Chủ tịch Liên đoàn Lao động tỉnh', 'province', ''],
		[
			'Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy',
			'Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy',
			'province',
			'',
		],
	]);
});

describe('recognizeTitle: national offices', () => {
	check([
		['Thủ tướng Chính phủ Phạm Minh Chính', 'Thủ tướng Chính phủ', 'national', 'Phạm Minh Chính'],
		['Phó Thủ tướng Trần Lưu Quang', 'Phó Thủ tướng', 'national', 'Trần Lưu Quang'],
		['Bộ trưởng Bộ Tài chính', 'Bộ trưởng Bộ Tài chính', 'national', ''],
		[
			'Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn',
			'Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn',
			'national',
			'',
		],
		['Chủ tịch nước Võ Văn Thưởng', 'Chủ tịch nước', 'national', 'Võ Văn Thưởng'],
		['Tổng Bí thư', 'Tổng Bí thư', 'national', ''],
		['Thường trực Ban Bí thư Trần Cẩm Tú', 'Thường trực Ban Bí thư', 'national', 'Trần Cẩm Tú'],
		['Đại biểu Quốc hội Lò Thị Luyến', 'Đại biểu Quốc hội', 'national', 'Lò Thị Luyến'],
		['Phó Ban Tuyên giáo TƯ', 'Phó Ban Tuyên giáo TƯ', 'national', ''],
	]);
});

describe('recognizeTitle: "Ủy ban nhân dân" → "UBND", "Hội đồng nhân dân" → "HĐND"', () => {
	check([
		['Phó Chủ tịch Ủy ban nhân dân tỉnh Điện Biên', 'Phó Chủ tịch UBND tỉnh', 'province', ''],
		['Chủ tịch Uỷ ban nhân dân huyện', 'Chủ tịch UBND huyện', 'district', ''],
		['Chủ tịch Hội đồng nhân dân huyện Mường Chà', 'Chủ tịch HĐND huyện', 'district', ''],
		['Phó Chủ tịch Thường trực Hội đồng nhân dân tỉnh', 'Phó Chủ tịch Thường trực HĐND tỉnh', 'province', ''],
	]);
	it('writes "Uỷ" the canonical way', () =>
		assert.equal(recognizeTitle('Bí thư Tỉnh uỷ Cà Mau')?.title, 'Bí thư Tỉnh ủy'));
});

describe('recognizeTitle: place names left out', () => {
	check([
		['Chủ tịch UBND tỉnh Lai Châu Lê Văn Lương', 'Chủ tịch UBND tỉnh', 'province', 'Lê Văn Lương'],
		['Bí thư Tỉnh uỷ Cà Mau Dương Thanh Bình', 'Bí thư Tỉnh ủy', 'province', 'Dương Thanh Bình'],
		['Bí thư Huyện ủy Như Xuân Lương Thị Hoa', 'Bí thư Huyện ủy', 'district', 'Lương Thị Hoa'],
		['Chủ tịch UBND huyện Điện Biên Đông Lò Văn Phương', 'Chủ tịch UBND huyện', 'district', 'Lò Văn Phương'],
		['Chủ tịch UBND thị xã Mường Lay', 'Chủ tịch UBND thị xã', 'district', ''],
		['Bí thư Tỉnh ủy Bà Rịa - Vũng Tàu Phạm Viết Thanh', 'Bí thư Tỉnh ủy', 'province', 'Phạm Viết Thanh'],
		['Chủ tịch UBND thành phố Điện Biên Phủ', 'Chủ tịch UBND thành phố', 'district', ''],
		['Bí thư Thành ủy Điện Biên Phủ', 'Bí thư Thành ủy', 'district', ''],
	]);
});

describe('recognizeTitle: centrally-run cities', () => {
	check(
		[
			['Bí thư Thành ủy Hà Nội Hoàng Trung Hải', 'Bí thư Thành ủy', 'province', 'Hoàng Trung Hải'],
			['Giám đốc Sở Xây dựng Hà Nội Lê Văn Dục', 'Giám đốc Sở Xây dựng', 'province', 'Lê Văn Dục'],
			['Phó Chủ tịch UBND TP.HCM Huỳnh Cách Mạng', 'Phó Chủ tịch UBND TP', 'province', 'Huỳnh Cách Mạng'],
			['Phó Chánh Thanh tra TP.HCM', 'Phó Chánh Thanh tra TP', 'province', ''],
			['Chủ tịch UBND TP. Hồ Chí Minh', 'Chủ tịch UBND TP', 'province', ''],
			['Chủ tịch UBND Hà Nội Nguyễn Đức Chung', 'Chủ tịch UBND TP', 'province', 'Nguyễn Đức Chung'],
			['Bí thư Thành ủy phát biểu', 'Bí thư Thành ủy', 'province', 'phát biểu'],
			['Chủ tịch UBND quận 1', 'Chủ tịch UBND quận', 'district', '1'],
		],
		'Hồ Chí Minh',
	);
	it('reads "Thành ủy" in a provincial city as the district tier', () =>
		assert.equal(recognizeTitle('Bí thư Thành ủy', { province: 'Điện Biên' })?.level, 'district'));
	it('knows the five centrally-run cities', () => {
		for (const p of ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ'])
			assert.equal(isCityProvince(p), true, p);
		for (const p of ['Điện Biên', 'Lai Châu', 'Thanh Hoá']) assert.equal(isCityProvince(p), false, p);
		assert.equal(isCityProvince(null), false);
	});
});

describe('recognizeTitle: chains of posts', () => {
	check([
		[
			'Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện Lê Văn Thuận',
			'Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện',
			'district',
			'Lê Văn Thuận',
		],
		[
			'Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy',
			'Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy',
			'province',
			'',
		],
		[
			'Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh; Nguyễn Tuấn Thanh',
			'Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh',
			'province',
			'; Nguyễn Tuấn Thanh',
		],
		[
			'Phó Bí thư Thường trực Tỉnh ủy, Trưởng đoàn Đoàn Đại biểu Quốc hội tỉnh',
			'Phó Bí thư Thường trực Tỉnh ủy, Trưởng đoàn Đoàn Đại biểu Quốc hội tỉnh',
			'province',
			'',
		],
		[
			'Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh',
			'Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh',
			'province',
			'',
		],
		['Tỉnh ủy viên, Bí thư Huyện ủy', 'Tỉnh ủy viên, Bí thư Huyện ủy', 'district', ''],
		['UVBTV, Chủ tịch UBMTTQ huyện', 'UVBTV, Chủ tịch UBMTTQ huyện', 'district', ''],
		['Bí thư Đảng ủy, Chủ tịch UBND xã Phú Hữu', 'Bí thư Đảng ủy, Chủ tịch UBND xã', 'commune', 'Phú Hữu'],
		[
			'Phó Chủ tịch UBND huyện kiêm Trưởng Công an huyện',
			'Phó Chủ tịch UBND huyện kiêm Trưởng Công an huyện',
			'district',
			'',
		],
	]);
	it('stops the chain at what is not a post', () =>
		assert.equal(recognizeTitle('Chủ tịch UBND tỉnh, cán bộ các sở')?.title, 'Chủ tịch UBND tỉnh'));
	it('stops a body before the next post ("… và Phó Giám đốc …")', () =>
		assert.equal(recognizeTitle('Giám đốc Sở Y tế và Phó Giám đốc Sở Tài chính')?.title, 'Giám đốc Sở Y tế'));
});

describe('recognizeTitle: what is not an office', () => {
	const invalid = [
		'Giám đốc Công ty TNHH Minh Phát',
		'Giám đốc Hợp tác xã Tân Tiến',
		'Chủ tịch Hồ Chí Minh',
		'Bí thư Hoàng Trung Hải',
		'Trưởng thôn Nà Khoa',
		'Trưởng nhóm dự án',
		'Giám đốc, cán bộ chuyên môn',
		'Trưởng các phòng, ban',
		'Chủ tịch Hà Nội',
		'Đại biểu dự hội nghị',
	];
	for (const text of invalid)
		it(`"${text}" names no office`, () => assert.equal(recognizeTitle(text)?.valid ?? false, false));
	for (const text of [
		'Thường trực Huyện ủy, HĐND, UBND huyện',
		'tăng trưởng kinh tế',
		'Ban Thường vụ',
		'Ông Lê Văn Lương',
	])
		it(`"${text}" has no title head`, () => assert.equal(recognizeTitle(text), null));
});

describe('recognizeTitle: past offices', () => {
	it('marks "nguyên" before a title', () => {
		const r = recognizeTitle('nguyên Chủ tịch UBND huyện');
		assert.equal(r?.former, true);
		assert.equal(r?.title, 'Chủ tịch UBND huyện');
	});
	it('marks "Nguyên" inside a chain', () =>
		assert.equal(recognizeTitle('Phó bí thư, nguyên Chủ tịch UBND huyện')?.former, true));
	it('marks "cố" and "cựu"', () => {
		assert.equal(recognizeTitle('cố Thủ tướng Võ Văn Kiệt')?.former, true);
		assert.equal(recognizeTitle('cựu Bí thư Tỉnh ủy')?.former, true);
	});
	it('leaves a current office unmarked', () => assert.equal(recognizeTitle('Chủ tịch UBND huyện')?.former, false));
});

describe('chainLevel', () => {
	const post = (level: Level | null, membership = false): Post => ({
		text: '',
		level,
		membership,
		complete: true,
		former: false,
		head: 'chủ tịch',
		hasBody: true,
	});
	it('takes the first post', () => assert.equal(chainLevel([post('district'), post('province')]), 'district'));
	it('skips a committee seat before an office', () =>
		assert.equal(chainLevel([post('province', true), post('district')]), 'district'));
	it('takes the next post when the first names no tier', () =>
		assert.equal(chainLevel([post(null), post('commune')]), 'commune'));
	it('falls back on a committee seat alone', () => assert.equal(chainLevel([post('province', true)]), 'province'));
	it('is null when no post names a tier', () => assert.equal(chainLevel([post(null)]), null));
});
