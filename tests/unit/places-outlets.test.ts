import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractFacts } from '../../src/lib/extract/extract-facts.ts';
import { findDistricts, findProvince, provinces } from '../../src/lib/places/gazetteer.ts';
import { findPlaceMentions } from '../../src/lib/places/mentions.ts';
import {
	outletOfCode,
	paperOfAddress,
	provinceOfCode,
	provinceOfOutlet,
} from '../../src/lib/places/outlet-province.ts';
import { OUTLETS } from '../../src/lib/places/outlets.ts';
import { asciiFold } from '../../src/lib/text/fold.ts';
import { canonicalTones, normalizeText } from '../../src/lib/text/normalize.ts';

const facts = (text: string) => extractFacts(normalizeText(text)).facts;
const names = (text: string, loose = false) =>
	findPlaceMentions(canonicalTones(text), loose).map((m) =>
		[...m.provinces.map((p) => p.name), ...m.districts.map((d) => `${d.name}/${d.type}/${d.provinceCode}`)].join('|'),
	);

describe('outlet codes', () => {
	it('names a gazetteer province for every code, and no code twice', () => {
		for (const o of OUTLETS) if (o.province !== null) assert.ok(findProvince(o.province), o.name);
		const codes = OUTLETS.flatMap((o) => o.codes ?? []);
		assert.equal(new Set(codes).size, codes.length);
	});
	it('reads a code opening a lede, bracketed or bare, before a dash or the first words', () => {
		assert.equal(provinceOfCode('(BTNO) - Sáng nay, huyện tổ chức hội nghị')?.name, 'Tây Ninh');
		assert.equal(provinceOfCode('(HBĐT)- Chiều 4/3, đoàn công tác làm việc')?.name, 'Hòa Bình');
		assert.equal(provinceOfCode('BNĐT - Ngày 12/5, Thường trực Huyện ủy')?.name, 'Bắc Ninh');
		assert.equal(provinceOfCode('(QNO) Sáng 8.9, UBND huyện họp')?.name, 'Quảng Nam');
		assert.equal(provinceOfCode('BDO')?.name, 'Bình Dương');
		assert.equal(outletOfCode('(CMO) - Hôm qua')?.name, 'Báo Cà Mau');
	});
	it('names national outlets by their codes or by the names their ledes print', () => {
		assert.equal(outletOfCode('(NDĐT) - Sáng nay')?.name, 'Báo Nhân Dân');
		const lede = extractFacts(
			normalizeText('Chủ tịch tỉnh làm việc với huyện Trà Bồng\n(Dân trí) - Ngày 28/3, đoàn làm việc.'),
		);
		assert.deepEqual([lede.facts.source.outlet, outletOfCode('Dân trí')?.province], ['Dân trí', null]);
		assert.equal(outletOfCode('VnExpress')?.name, 'VnExpress');
	});
	it('knows stations by their call names, in a lede or a source line', () => {
		assert.equal(provinceOfCode('(LA34) - Sáng 2/3, huyện tổ chức')?.name, 'Long An');
		assert.equal(provinceOfCode('DRT')?.name, 'Đà Nẵng');
		const f = facts(
			'Huyện Châu Thành ra quân\n\nSáng 2/3, UBND huyện Châu Thành tổ chức lễ ra quân làm thủy lợi.\n\nNguồn: STV',
		);
		assert.equal(f.province, 'Sóc Trăng');
		assert.equal(f.district, 'Châu Thành');
	});
	it('ignores unknown codes, codes later in the text and empty input', () => {
		assert.equal(provinceOfCode('(XYZ) - Sáng nay'), null);
		assert.equal(provinceOfCode('Sáng nay, phóng viên (BTNO) ghi nhận'), null);
		assert.equal(provinceOfCode('UBND huyện - nơi tổ chức'), null);
		assert.equal(provinceOfCode(null), null);
		assert.equal(provinceOfCode(''), null);
	});
});

describe('a district name shared by several provinces, placed by the outlet code', () => {
	it('Châu Thành in a Tây Ninh paper', () => {
		const f = facts(
			'Châu Thành sơ kết 6 tháng đầu năm\n\n(BTNO) - Sáng 9-7, UBND huyện Châu Thành tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.\n\nHuyện Châu Thành đã hoàn thành nhiều chỉ tiêu.',
		);
		assert.equal(f.province, 'Tây Ninh');
		assert.equal(f.district, 'Châu Thành');
	});
	it('Châu Thành in the papers of Đồng Tháp, Kiên Giang and Sóc Trăng, by the codes they print', () => {
		const placed = (code: string) => {
			const f = facts(
				`Huyện Châu Thành tổng kết năm 2024\n\n${code} Ngày 20/12/2024, Huyện ủy Châu Thành tổ chức hội nghị.`,
			);
			return [f.province, f.district, f.source.outlet];
		};
		assert.deepEqual(placed('(ĐTO)'), ['Đồng Tháp', 'Châu Thành', 'Báo Đồng Tháp']);
		assert.deepEqual(placed('(KGO) -'), ['Kiên Giang', 'Châu Thành', 'Báo Kiên Giang']);
		assert.deepEqual(placed('STO -'), ['Sóc Trăng', 'Châu Thành', 'Báo Sóc Trăng']);
		assert.equal(provinceOfCode('LCĐT - Sáng 2/3, huyện tổ chức')?.name, 'Lào Cai');
		assert.equal(provinceOfCode('PTO- Sáng 2/3, huyện tổ chức')?.name, 'Phú Thọ');
		assert.equal(provinceOfCode('(LSO) - Sáng 2/3, huyện tổ chức')?.name, 'Lạng Sơn');
	});
	it('Phú Tân in a Cà Mau paper', () => {
		const f = facts(
			'Lãnh đạo tỉnh làm việc với huyện Phú Tân\n\n(CMO) Chiều 14/10, đoàn công tác của tỉnh đã có buổi làm việc với Ban Thường vụ Huyện ủy Phú Tân.',
		);
		assert.equal(f.province, 'Cà Mau');
		assert.equal(f.district, 'Phú Tân');
	});
	it('without a code or a province, stays unresolved rather than guessing', () => {
		const x = extractFacts(
			normalizeText('Huyện Phú Tân họp\n\nSáng 3/4, UBND huyện Phú Tân tổ chức họp bàn công tác phòng chống hạn.'),
		);
		assert.equal(x.facts.province, null);
		assert.equal(x.facts.district, null);
		assert.deepEqual(x.places.unresolved, ['Phú Tân']);
	});
	it('a province named in the text outweighs the outlet', () => {
		const f = facts(
			'Học tập kinh nghiệm ở Châu Thành\n\n(BTNO) - Ngày 2/6, đoàn công tác đến huyện Châu Thành, tỉnh Bến Tre học tập mô hình nông thôn mới. Tỉnh Bến Tre có nhiều mô hình hay.',
		);
		assert.equal(f.province, 'Bến Tre');
		assert.equal(f.district, 'Châu Thành');
	});
});

describe('place names as outlets spell them', () => {
	it('writes Mù Cang Chải as its authorities do', () => {
		assert.deepEqual(names('huyện Mù Cang Chải'), ['Mù Cang Chải/huyen/15']);
		assert.equal(findDistricts('Mù Cang Chải')[0]?.fullName, 'Huyện Mù Cang Chải');
	});
	it('reads another spelling of a district name', () => {
		assert.deepEqual(names('huyện Mù Căng Chải'), ['Mù Cang Chải/huyen/15']);
		assert.deepEqual(names('về TP Buôn Mê Thuột'), ['Buôn Ma Thuột/thanh-pho/66']);
		assert.deepEqual(names('huyện Kbang'), ['KBang/huyen/64']);
		assert.deepEqual(names('thành phố Phan Rang - Tháp Chàm'), ['Phan Rang-Tháp Chàm/thanh-pho/58']);
		assert.deepEqual(names('huyện Krông Pắk'), ['Krông Pắc/huyen/66']);
		assert.deepEqual(names('huyện Krông Ana'), ['Krông A Na/huyen/66']);
		assert.deepEqual(names("huyện M'Drắk"), ["M'Đrắk/huyen/66"]);
		assert.deepEqual(names('huyện Lăk'), ['Lắk/huyen/66']);
	});
	it('reads a highland name spelled without its marks, after a type word, in a whole block', () => {
		const loose = (text: string) => names(text, true);
		assert.deepEqual(loose('huyện Krông Buk'), ['Krông Búk/huyen/66']);
		assert.deepEqual(loose('huyện Cư Mgar'), ["Cư M'gar/huyen/66"]);
		assert.deepEqual(loose('H.Ea Hleo'), ["Ea H'leo/huyen/66"]);
		assert.deepEqual(loose('huyện Chư Pah'), ['Chư Păh/huyen/64']);
		assert.deepEqual(loose('huyện Đak Pơ'), ['Đăk Pơ/huyen/64']);
		assert.deepEqual(loose('huyện Ia Hdrai'), ["Ia H' Drai/huyen/62"]);
		assert.deepEqual(names('huyện Krông Buk'), []);
		// Without the type word, or with a small letter after a space, no name; nor the start of a
		// person's name after a title's "huyện" ("Giang Thành" without its tones).
		assert.deepEqual(loose('về Krông Buk'), []);
		assert.deepEqual(loose('huyện Chư pah'), []);
		assert.deepEqual(loose('Chủ tịch HĐND huyện Giàng Thanh Việt thông qua báo cáo'), []);
		const facts = extractFacts(
			normalizeText('Lãnh đạo tỉnh làm việc với huyện Krông Buk\nNgày 5/1/2024, đoàn làm việc.'),
		);
		assert.deepEqual([facts.facts.province, facts.facts.district], ['Đắk Lắk', 'Krông Búk']);
		// Only when the names as written place no district.
		const both = extractFacts(
			normalizeText('Lãnh đạo tỉnh làm việc với huyện Krông Năng\nNgày 5/1/2024, đoàn làm việc tại huyện Krông Buk.'),
		);
		assert.equal(both.facts.district, 'Krông Năng');
	});
	it('reads other capitals inside a word of a name, not a small first letter', () => {
		assert.deepEqual(names('huyện Kon PLông'), ['Kon Plông/huyen/62']);
		assert.deepEqual(names('huyện Kon plông'), []);
		assert.deepEqual(names('huyện Điện Biên ĐÔNG'), ['Điện Biên Đông/huyen/11']);
	});
	it('reads H. and Q. as huyện and quận', () => {
		assert.deepEqual(names('Chủ tịch UBND H.Bạch Long Vĩ'), ['Bạch Long Vĩ/huyen/31']);
		assert.deepEqual(names('UBND Q. Tân Bình'), ['Tân Bình/quan/79']);
		assert.deepEqual(names('Ông H. Tân'), []);
	});
	it('leaves out a birthplace in a short biography', () => {
		assert.deepEqual(names('Ông Lê Văn Bình (52 tuổi, quê quán H.Đức Hòa, Long An) được bầu'), ['Long An']);
		assert.deepEqual(names('bà Trần Thị Mai (sinh năm 1980, quê Hà Tĩnh)'), []);
		assert.deepEqual(names('Nguyên quán: huyện Thạch Hà, tỉnh Hà Tĩnh'), ['Hà Tĩnh']);
		// A visit home is an event, not a biography.
		assert.deepEqual(names('Đoàn về thăm quê huyện Thạch Hà'), ['Thạch Hà/huyen/42']);
	});
	it('reads a huyện and a thị xã of one name by their type words', () => {
		assert.deepEqual(names('thị xã Cai Lậy'), ['Cai Lậy/thi-xa/82']);
		assert.deepEqual(names('huyện Cai Lậy'), ['Cai Lậy/huyen/82']);
		assert.deepEqual(names('Thị ủy Long Mỹ'), ['Long Mỹ/thi-xa/93']);
	});
});

describe('the article’s province and its districts first', () => {
	it('a district of the province the text names most outranks one of a former post', () => {
		const f = facts(
			'Điều động cán bộ\n\nNgày 5/3, Tỉnh ủy Tây Ninh công bố quyết định điều động cán bộ.\n\nÔng Lê Văn Tám, từng là Phó Chủ tịch UBND quận Gò Vấp, TP.HCM, nay giữ chức Bí thư Huyện ủy Tân Biên. Trước đó ông công tác tại quận Gò Vấp nhiều năm và là Quận ủy viên quận Gò Vấp.\n\nBan Thường vụ Tỉnh ủy Tây Ninh giao ông phụ trách Huyện ủy Tân Biên từ tháng 3.',
		);
		assert.equal(f.province, 'Tây Ninh');
		assert.equal(f.district, 'Tân Biên');
	});
	it('a district named once in passing in a city-wide report is not its subject', () => {
		const f = facts(
			'Hà Nội đẩy nhanh giải ngân\n\nNăm 2024, thành phố Hà Nội giải ngân hơn 90% kế hoạch vốn.\n\nUBND thành phố Hà Nội yêu cầu các sở đẩy nhanh dự án cầu đường tại quận Long Biên. Đoàn học tập kinh nghiệm của huyện Mộc Châu, tỉnh Sơn La cũng đến thăm thành phố Hà Nội.',
		);
		assert.equal(f.province, 'Hà Nội');
		assert.equal(f.district, null);
	});
});

describe('breadcrumbs glued to the headline', () => {
	it('a capital right after small letters starts a name, with its type word', () => {
		assert.deepEqual(names('Chính trịHuyện Cai Lậy ra quân'), ['Cai Lậy/huyen/82']);
		assert.deepEqual(names('Kinh tếThị xã Cai Lậy thu hút đầu tư'), ['Cai Lậy/thi-xa/82']);
		assert.deepEqual(names('Thời sựVân Canh khởi công'), ['Vân Canh/huyen/52']);
	});
	it('places the district of a glued headline', () => {
		const f = facts(
			'Xã hộiHuyện Tân Biên ra quân làm thủy lợi\n\n(BTNO) - Sáng 5-1, huyện tổ chức lễ ra quân làm thủy lợi nội đồng.',
		);
		assert.equal(f.province, 'Tây Ninh');
		assert.equal(f.district, 'Tân Biên');
	});
	it('words in small letters alone name nothing', () => {
		assert.deepEqual(names('vân canh và cai lậy'), []);
	});
});

describe('a centrally-run city’s own bodies named without the city', () => {
	it('are a hint, not a place', () => {
		const city = findPlaceMentions(canonicalTones('UBND thành phố giao Thành ủy và CATP chỉ đạo'));
		assert.deepEqual(
			city.map((m) => [m.cityWide, m.provinces.length, m.districts.length]),
			[
				[true, 0, 0],
				[true, 0, 0],
				[true, 0, 0],
			],
		);
		// With a name after them, the name is read instead.
		assert.deepEqual(names('UBND thành phố Cần Thơ, UBND TP.HCM, Thành ủy viên'), ['Cần Thơ', 'Hồ Chí Minh']);
	});
	it('place a district name a city shares with a province in the city', () => {
		const f = facts(
			'Phong Điền ra quân\n\nSáng 2/3, UBND thành phố giao huyện Phong Điền làm điểm. Thành ủy yêu cầu huyện Phong Điền hoàn thành trước tháng 6.',
		);
		assert.equal(f.province, 'Cần Thơ');
		assert.equal(f.district, 'Phong Điền');
	});
	it('give way to the province the article names', () => {
		const f = facts(
			'Phong Điền ra quân\n\nSáng 2/3, UBND thành phố Huế và huyện Phong Điền, tỉnh Thừa Thiên Huế ra quân. Thành ủy Huế dự.',
		);
		assert.equal(f.province, 'Thừa Thiên Huế');
	});
	it('never name a province alone', () => {
		const x = extractFacts(normalizeText('Họp Thành ủy\n\nSáng 2/3, Thành ủy họp bàn công tác cán bộ.'));
		assert.equal(x.facts.province, null);
	});
});

describe('a name that is both a huyện and a thị xã of one province', () => {
	it('a bare mention is the unit the type words name elsewhere', () => {
		const x = extractFacts(
			normalizeText(
				'Cai Lậy ra quân\n\nSáng 2/3, huyện Cai Lậy, tỉnh Tiền Giang ra quân. Huyện ủy Cai Lậy chỉ đạo các xã.',
			),
		);
		assert.equal(x.places.district?.fullName, 'Huyện Cai Lậy');
		assert.deepEqual(x.facts.districts, ['Cai Lậy']);
		const y = extractFacts(normalizeText('Cai Lậy ra quân\n\nSáng 2/3, thị xã Cai Lậy ra quân.'));
		assert.equal(y.places.district?.fullName, 'Thị xã Cai Lậy');
	});
});

describe('the phrase the district was read from', () => {
	it('is the weightiest mention, with its zone and offsets in the text', () => {
		const text = normalizeText(
			'Hội nghị sơ kết\n\n(BĐ) - Sáng 5/6, UBND huyện An Lão tổ chức hội nghị sơ kết.\n\nHuyện An Lão đã hoàn thành nhiều chỉ tiêu.',
		);
		const x = extractFacts(text);
		assert.equal(x.facts.province, 'Bình Định');
		assert.equal(x.facts.district, 'An Lão');
		const e = x.places.districtEvidence;
		assert.equal(e?.zone, 'lede');
		assert.equal(e && x.document.text.slice(e.mention.start, e.mention.end), 'An Lão');
		assert.equal(e?.mention.prefix, 'huyen');
	});
	it('An Lão of Hải Phòng when the city’s own bodies speak', () => {
		const x = extractFacts(
			normalizeText('An Lão ra quân\n\nSáng 5/6, UBND thành phố giao huyện An Lão thí điểm mô hình mới.'),
		);
		assert.equal(x.facts.province, 'Hải Phòng');
		assert.equal(x.facts.district, 'An Lão');
	});
	it('is null without a district', () => {
		assert.equal(
			extractFacts(normalizeText('Tin tỉnh\n\nSáng 5/6, tỉnh Bình Định họp.')).places.districtEvidence,
			null,
		);
	});
});

describe('the outlet table behind source.outlet and the province hint', () => {
	const source = (text: string) => facts(text).source;
	it('names the paper of a dateline code as readers know it', () => {
		assert.equal(
			source('Huyện ra quân\n\n(QNgO) - Sáng 3/4, huyện Sơn Tịnh ra quân làm giao thông nông thôn.').outlet,
			'Báo Quảng Ngãi',
		);
		assert.equal(source('Huyện họp\n\n(BTNO) - Ngày 2-5, huyện Tân Biên họp bàn.').outlet, 'Báo Tây Ninh');
		assert.equal(
			source('Quận Ba Đình tổng kết năm\n\nHNMO - Sáng 9/1, quận Ba Đình tổ chức hội nghị tổng kết.').outlet,
			'Hà Nội Mới',
		);
	});
	it('reads a paper’s code with "ĐT" (điện tử) and a station’s call name', () => {
		assert.equal(provinceOfCode('(BĐĐT) - Chiều 2/4, UBND huyện tổ chức')?.name, 'Bình Định');
		assert.equal(provinceOfCode('(HGĐT)- Sáng 10/3, huyện Yên Minh')?.name, 'Hà Giang');
		assert.equal(provinceOfCode('(HGO) - Ngày 7-8, huyện họp')?.name, 'Hậu Giang');
		assert.equal(provinceOfCode('(AGO) - Sáng 5-3, huyện tổ chức')?.name, 'An Giang');
		assert.equal(provinceOfCode('KTV')?.name, 'Khánh Hòa');
		assert.equal(outletOfCode('THP')?.name, 'Đài PT-TH Hải Phòng');
	});
	it('knows national outlets by their codes, with no province', () => {
		assert.equal(outletOfCode('TTXVN')?.name, 'TTXVN');
		assert.equal(outletOfCode('(NLĐO) - Chiều 3/3, tại TP.HCM')?.name, 'Người Lao Động');
		assert.equal(provinceOfCode('(TTXVN) - Sáng 4/5, tại Hà Nội'), null);
		assert.equal(provinceOfOutlet('Báo Nhân Dân'), null);
		// A city's paper read across the country: its name spells a city, yet it is no hint.
		assert.equal(provinceOfOutlet('Pháp Luật TP.HCM'), null);
	});
	it('knows papers whose names do not spell their province, by name or address', () => {
		assert.equal(provinceOfOutlet('baodongkhoi.vn')?.name, 'Bến Tre');
		assert.equal(provinceOfOutlet('Báo Ấp Bắc')?.name, 'Tiền Giang');
		assert.equal(provinceOfOutlet('https://www.sggp.org.vn/x')?.name, 'Hồ Chí Minh');
		assert.equal(provinceOfOutlet('http://baodienbienphu.com.vn/x')?.name, 'Điện Biên');
		assert.equal(provinceOfOutlet('https://tphcm.gov.vn/tin-tuc')?.name, 'Hồ Chí Minh');
	});
});

describe('an outlet’s province by rule, for every province', () => {
	it('"Báo <province>", "<province> TV", "… Online"', () => {
		assert.equal(provinceOfOutlet('Báo Lào Cai')?.name, 'Lào Cai');
		assert.equal(provinceOfOutlet('Báo điện tử Kon Tum')?.name, 'Kon Tum');
		assert.equal(provinceOfOutlet('Điện Biên TV')?.name, 'Điện Biên');
		assert.equal(provinceOfOutlet('Báo Bạc Liêu Online')?.name, 'Bạc Liêu');
	});
	it('a station: "Đài Phát thanh và Truyền hình", "Đài PT-TH", "Đài PT&TH"', () => {
		assert.equal(provinceOfOutlet('Đài Phát thanh và Truyền hình Sơn La')?.name, 'Sơn La');
		assert.equal(provinceOfOutlet('Đài Phát thanh - Truyền hình tỉnh Thái Bình')?.name, 'Thái Bình');
		assert.equal(provinceOfOutlet('Đài PT-TH Cao Bằng')?.name, 'Cao Bằng');
		assert.equal(provinceOfOutlet('Đài PT&TH Nam Định')?.name, 'Nam Định');
		assert.equal(provinceOfOutlet('Truyền hình Vĩnh Long')?.name, 'Vĩnh Long');
		assert.equal(provinceOfOutlet('https://thvl.vn/x')?.name, 'Vĩnh Long');
	});
	it('a portal: "Cổng thông tin điện tử tỉnh …", "Cổng TTĐT thành phố …"', () => {
		assert.equal(provinceOfOutlet('Cổng thông tin điện tử tỉnh Trà Vinh')?.name, 'Trà Vinh');
		assert.equal(provinceOfOutlet('Cổng TTĐT thành phố Cần Thơ')?.name, 'Cần Thơ');
		assert.equal(provinceOfOutlet('Trung tâm Truyền thông tỉnh Quảng Ninh')?.name, 'Quảng Ninh');
		// The province after "tỉnh" inside a longer name, words after it left out.
		assert.equal(provinceOfOutlet('Trang tin của Sở Tư pháp tỉnh Vĩnh Phúc Online')?.name, 'Vĩnh Phúc');
	});
	it('an address: "bao<province>.vn", "<province>.gov.vn" and its subdomains, "<province>tv.vn"', () => {
		assert.equal(provinceOfOutlet('baobinhdinh.vn')?.name, 'Bình Định');
		assert.equal(provinceOfOutlet('https://baolaocai.vn/tin-tuc/abc')?.name, 'Lào Cai');
		assert.equal(provinceOfOutlet('sonla.gov.vn')?.name, 'Sơn La');
		assert.equal(provinceOfOutlet('http://anlao.binhdinh.gov.vn/x')?.name, 'Bình Định');
		assert.equal(provinceOfOutlet('www.baria-vungtau.gov.vn')?.name, 'Bà Rịa - Vũng Tàu');
		assert.equal(provinceOfOutlet('DIENBIENTV.VN')?.name, 'Điện Biên');
	});
	it('names a provincial paper given by its address alone: "Baohatinh.vn" is "Báo Hà Tĩnh"', () => {
		assert.equal(paperOfAddress('Baohatinh.vn'), 'Báo Hà Tĩnh');
		assert.equal(paperOfAddress('www.baobariavungtau.com.vn'), 'Báo Bà Rịa - Vũng Tàu');
		// A city's name after the province's, a portal, a page's address, a name: not an address alone.
		for (const other of ['baodienbienphu.com.vn', 'laichau.gov.vn', 'baohatinh.vn/tin-tuc/x', 'Báo Hà Tĩnh']) {
			assert.equal(paperOfAddress(other), null, other);
		}
		const lede = extractFacts(
			normalizeText('Chủ tịch tỉnh làm việc với huyện Trà Bồng\n(Baoquangngai.vn) - Ngày 28/3, đoàn làm việc.'),
		);
		assert.equal(lede.facts.source.outlet, 'Báo Quảng Ngãi');
	});
	it('holds for each of the 63 provinces, each named by its own paper, station, portal and addresses', () => {
		assert.equal(provinces.length, 63);
		for (const p of provinces) {
			const slug = asciiFold(p.name)
				.toLowerCase()
				.replace(/[^a-z]/g, '');
			const level = p.type === 'thanh-pho' ? 'thành phố' : 'tỉnh';
			for (const outlet of [
				`Báo ${p.name}`,
				`Đài Phát thanh và Truyền hình ${p.name}`,
				`Cổng thông tin điện tử ${level} ${p.name}`,
				`https://bao${slug}.vn/tin-tuc`,
				`${slug}.gov.vn`,
			]) {
				assert.equal(provinceOfOutlet(outlet)?.name, p.name, outlet);
			}
		}
	});
	it('places no outlet its name or address does not', () => {
		for (const o of [
			'vnexpress.net',
			'baotintuc.vn',
			'chinhphu.vn',
			'Thanh Niên',
			'Báo Lao Động',
			'Báo Sức khỏe',
			'',
		]) {
			assert.equal(provinceOfOutlet(o), null, o);
		}
	});
});

describe('a shared district name placed by its outlet, in several house styles', () => {
	it('a dateline code: An Lão of Bình Định', () => {
		const f = facts(
			'An Lão ra quân làm thủy lợi\n\n(BĐĐT) - Sáng 6/1, UBND huyện An Lão ra quân nạo vét kênh mương.\n\nHuyện An Lão huy động hơn 2.000 người.',
		);
		assert.deepEqual([f.province, f.district], ['Bình Định', 'An Lão']);
	});
	it('a closing "Theo Báo …": An Lão of Bình Định', () => {
		const f = facts(
			'Huyện An Lão họp bàn phòng chống lụt bão\n\nChiều 12/9, Ban Chỉ huy huyện An Lão họp bàn công tác ứng phó bão.\n\nTheo Báo Bình Định',
		);
		assert.deepEqual([f.province, f.district, f.source.outlet], ['Bình Định', 'An Lão', 'Báo Bình Định']);
	});
	it('a closing station: An Lão of Hải Phòng', () => {
		const f = facts(
			'An Lão tổng kết năm\n\nSáng 28/12, Huyện ủy An Lão tổng kết công tác năm 2024.\n\nNguồn: Đài PT-TH Hải Phòng',
		);
		assert.deepEqual([f.province, f.district], ['Hải Phòng', 'An Lão']);
	});
	it('a portal: Phú Tân of An Giang', () => {
		const f = facts(
			'Phú Tân sơ kết 6 tháng\n\nNgày 5/7, UBND huyện Phú Tân sơ kết công tác 6 tháng đầu năm.\n\nNguồn: Cổng TTĐT tỉnh An Giang',
		);
		assert.deepEqual([f.province, f.district], ['An Giang', 'Phú Tân']);
	});
	it('a paper signing its lede with its address: Châu Thành of Trà Vinh', () => {
		const f = facts(
			'Châu Thành khởi công đường liên xã\n\n(Baotravinh.vn) - Sáng 15/8, UBND huyện Châu Thành khởi công tuyến đường liên xã.',
		);
		assert.deepEqual([f.province, f.district, f.source.outlet], ['Trà Vinh', 'Châu Thành', 'Báo Trà Vinh']);
	});
	it('a link to a provincial paper: Châu Thành of Hậu Giang', () => {
		const f = facts(
			'Châu Thành ra quân\n\nSáng 2/3, huyện Châu Thành ra quân làm giao thông.\n\nNguồn: https://baohaugiang.com.vn/chinh-tri/abc.html',
		);
		assert.deepEqual([f.province, f.district], ['Hậu Giang', 'Châu Thành']);
	});
});

describe('an outlet that contradicts the province the text names', () => {
	// We chose: where the text places the shared name itself (the province right after it), the
	// text decides, for every mention of that name; a paper reports from other provinces too. A
	// province named in passing weighs as before: it wins over the outlet only when it weighs more.
	it('the text placing the name wins; the outlet stays the source', () => {
		const f = facts(
			'Học mô hình trồng rau ở An Lão\n\n(BĐĐT) - Ngày 4/5, đoàn cán bộ xã Hoài Châu đến huyện An Lão, thành phố Hải Phòng học tập mô hình trồng rau an toàn.\n\nTại An Lão, đoàn thăm ba hợp tác xã.',
		);
		assert.deepEqual([f.province, f.district, f.source.outlet], ['Hải Phòng', 'An Lão', 'Báo Bình Định']);
	});
	it('in brackets after the name, against a paper’s code', () => {
		const f = facts(
			'Tham quan mô hình ở Châu Thành\n\n(BTNO) - Ngày 8-3, Hội Nông dân tỉnh đưa hội viên đến huyện Châu Thành (Long An) tham quan mô hình trồng thanh long.',
		);
		assert.deepEqual([f.province, f.district], ['Long An', 'Châu Thành']);
	});
	it('a province named once in passing does not outweigh the outlet', () => {
		const f = facts(
			'An Lão thu hoạch lúa\n\n(BĐĐT) - Những ngày này, nông dân huyện An Lão thu hoạch lúa vụ Đông Xuân.\n\nMột phần gạo được bán ra Hải Phòng.',
		);
		assert.deepEqual([f.province, f.district], ['Bình Định', 'An Lão']);
	});
	it('an editor’s province still wins over the text', () => {
		const x = extractFacts(
			normalizeText('Học mô hình ở An Lão\n\nNgày 4/5, đoàn cán bộ đến huyện An Lão học tập mô hình của Hải Phòng.'),
			{ province: findProvince('Bình Định') as NonNullable<ReturnType<typeof findProvince>> },
		);
		assert.deepEqual([x.facts.province, x.facts.district], ['Bình Định', 'An Lão']);
	});
});
