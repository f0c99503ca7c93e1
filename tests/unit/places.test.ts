import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { districts, findDistricts, findProvince, provinces } from '../../src/lib/places/gazetteer.ts';
import { findPlaceMentions, type PlaceMention } from '../../src/lib/places/mentions.ts';
import { type PlaceEvidence, resolvePlaces, type Zone } from '../../src/lib/places/resolve.ts';
import { checkDistrict, checkProvince, nearest } from '../../src/lib/places/suggest.ts';
import { canonicalTones } from '../../src/lib/text/normalize.ts';

/** Mentions in a sentence as "name[prefix:candidates]" strings, for compact assertions. */
function mentions(text: string): string[] {
	const canon = canonicalTones(text);
	return findPlaceMentions(canon).map((m) => {
		const what = [...m.provinces.map((p) => `T:${p.name}`), ...m.districts.map((d) => `H:${d.name}/${d.provinceCode}`)];
		return `${text.slice(m.start, m.end)}[${m.prefix ?? ''}:${what.join('|')}]`;
	});
}

describe('gazetteer', () => {
	it('has the 63 provinces and 705 district-level units of 2023–2024', () => {
		assert.equal(provinces.length, 63);
		assert.equal(districts.length, 705);
	});
	it('finds provinces whatever the tone placement or prefix', () => {
		assert.equal(findProvince('Thanh Hoá')?.name, 'Thanh Hóa');
		assert.equal(findProvince('tỉnh Hòa Bình')?.code, findProvince('Hoà Bình')?.code);
		assert.equal(findProvince('Thành phố Hà Nội')?.name, 'Hà Nội');
	});
	it('knows the names that repeat across provinces', () => {
		assert.equal(findDistricts('Châu Thành').length, 10);
		assert.equal(findDistricts('Phú Tân').length, 2);
		assert.equal(findDistricts('Phước Long').length, 2);
	});
	it('gives district slugs unique within each province', () => {
		const seen = new Set<string>();
		for (const d of districts) {
			const key = `${d.provinceCode}/${d.slug}`;
			assert.ok(!seen.has(key), key);
			seen.add(key);
		}
	});
});

describe('findPlaceMentions', () => {
	it('prefers the longest name: Điện Biên Đông over Điện Biên', () => {
		assert.deepEqual(mentions('Ban Chấp hành Đảng bộ huyện Điện Biên Đông họp'), [
			'Điện Biên Đông[huyen:H:Điện Biên Đông/11]',
		]);
	});
	it('reads the type word: tỉnh, huyện, thị xã, TP, Huyện ủy', () => {
		assert.deepEqual(mentions('UBND tỉnh Điện Biên'), ['Điện Biên[tinh:T:Điện Biên]']);
		assert.deepEqual(mentions('làm việc với huyện Điện Biên'), ['Điện Biên[huyen:H:Điện Biên/11]']);
		assert.deepEqual(mentions('TP Điện Biên Phủ'), ['Điện Biên Phủ[thanh-pho:H:Điện Biên Phủ/11]']);
		assert.deepEqual(mentions('thị xã Kỳ Anh'), ['Kỳ Anh[thi-xa:H:Kỳ Anh/42]']);
		assert.deepEqual(mentions('Bí thư Huyện ủy Như Xuân'), ['Như Xuân[huyen:H:Như Xuân/38]']);
		assert.deepEqual(mentions('Bí thư Tỉnh uỷ Cà Mau'), ['Cà Mau[tinh:T:Cà Mau]']);
	});
	it('takes a bare name that is a province and a city as the province', () => {
		assert.deepEqual(mentions('Đoàn công tác tỉnh về Lai Châu hôm nay'), ['Lai Châu[:T:Lai Châu]']);
	});
	it('knows TP.HCM and TP Hồ Chí Minh but not the person Hồ Chí Minh', () => {
		assert.deepEqual(mentions('Phó Chủ tịch UBND TP.HCM Huỳnh Cách Mạng'), ['TP.HCM[thanh-pho:T:Hồ Chí Minh]']);
		assert.deepEqual(mentions('tại TP. Hồ Chí Minh'), ['Hồ Chí Minh[thanh-pho:T:Hồ Chí Minh]']);
		assert.deepEqual(mentions('học tập tư tưởng Hồ Chí Minh'), []);
	});
	it('leaves communes, streets, rivers and people alone', () => {
		assert.deepEqual(mentions('xã An Nhơn Tây'), []);
		assert.deepEqual(mentions('thị trấn Vân Canh'), []);
		assert.deepEqual(mentions('đường Hoàng Mai'), []);
		assert.deepEqual(mentions('ông Hoàng Mai'), []);
		assert.deepEqual(mentions('sông Đà'), []);
	});
	it('ignores names that continue into a longer proper name', () => {
		assert.deepEqual(mentions('sân bay Nội Bài quá tải như Tân Sơn Nhất'), []);
		assert.deepEqual(mentions('Điện Biên TV - Ngày 19/11'), []);
	});
	it('keeps a figure after a name apart from the name', () => {
		assert.deepEqual(mentions('huyện Vĩnh Thạnh 24,59%, Phù Mỹ 23,54%'), [
			'Vĩnh Thạnh[huyen:H:Vĩnh Thạnh/52|H:Vĩnh Thạnh/92]',
			'Phù Mỹ[:H:Phù Mỹ/52]',
		]);
	});
	it('needs capitals: "thống nhất" is a verb', () => {
		assert.deepEqual(mentions('Hội nghị đã thống nhất cao'), []);
		assert.deepEqual(mentions('huyện Thống Nhất'), ['Thống Nhất[huyen:H:Thống Nhất/75]']);
	});
	it('matches names with apostrophes and either Đắk spelling', () => {
		assert.deepEqual(mentions("huyện Cư M'gar"), ["Cư M'gar[huyen:H:Cư M'gar/66]"]);
		assert.deepEqual(mentions('huyện Đăk Glei'), ['Đăk Glei[huyen:H:Đắk Glei/62]']);
	});
	it('writes every unit’s name in one tone style (Hòa Bình like Khánh Hòa)', () => {
		for (const u of [...provinces, ...districts]) {
			assert.equal(u.name, canonicalTones(u.name), u.name);
			assert.equal(u.fullName, canonicalTones(u.fullName), u.fullName);
		}
		assert.equal(findProvince('Hoà Bình')?.fullName, 'Tỉnh Hòa Bình');
	});
	it('matches either tone placement, and names the unit in the site’s one style', () => {
		assert.deepEqual(mentions('tỉnh Hoà Bình'), ['Hoà Bình[tinh:T:Hòa Bình]']);
		assert.deepEqual(mentions('tỉnh Hòa Bình'), ['Hòa Bình[tinh:T:Hòa Bình]']);
	});
});

function evidence(list: [string, Zone][]): PlaceEvidence[] {
	return list.flatMap(([text, zone]) =>
		findPlaceMentions(canonicalTones(text)).map((mention: PlaceMention) => ({ mention, zone })),
	);
}

describe('resolvePlaces', () => {
	it('takes the province from the district when the text never names it', () => {
		const r = resolvePlaces(evidence([['Sáng 8/10, hội nghị Ban Chấp hành Đảng bộ huyện Như Xuân', 'lede']]));
		assert.equal(r.province?.name, 'Thanh Hóa');
		assert.equal(r.district?.name, 'Như Xuân');
		assert.equal(r.provinceFrom, 'district');
	});
	it('reads a shared district name in the province the text names', () => {
		const r = resolvePlaces(
			evidence([
				['Phú Tân cần kiểm soát tốt', 'headline'],
				['buổi làm việc với Ban Chấp hành Đảng bộ huyện Phú Tân (Cà Mau)', 'lede'],
			]),
		);
		assert.equal(r.province?.name, 'Cà Mau');
		assert.equal(r.district?.provinceCode, r.province?.code);
	});
	it('reads a shared district name in the outlet province', () => {
		const r = resolvePlaces(evidence([['làm việc với huyện Châu Thành', 'lede']]), {
			outletProvince: findProvince('Bến Tre') ?? null,
		});
		assert.equal(r.district?.name, 'Châu Thành');
		assert.equal(r.province?.name, 'Bến Tre');
	});
	it('reports a shared name nothing disambiguates', () => {
		const r = resolvePlaces(evidence([['làm việc với huyện Châu Thành', 'lede']]), { names: () => 'Châu Thành' });
		assert.equal(r.district, null);
		assert.deepEqual(r.unresolved, ['Châu Thành']);
	});
	it('gives no main district for a round-up of many', () => {
		const r = resolvePlaces(
			evidence([
				['Các đơn vị khối huyện giải ngân trên 21% kế hoạch', 'headline'],
				[
					'huyện Hoài Ân dẫn đầu với 41,38%, tiếp đến là huyện Phù Cát đạt 26,32%, huyện Vĩnh Thạnh 24,59%',
					'paragraph',
				],
				['TX An Nhơn, TX Hoài Nhơn và các huyện Tây Sơn, Vân Canh, Tuy Phước. Riêng huyện Tuy Phước', 'paragraph'],
				['tỉnh Bình Định', 'paragraph'],
			]),
		);
		assert.equal(r.district, null);
		assert.equal(r.province?.name, 'Bình Định');
		assert.ok(r.districts.length >= 6, r.districts.map((d) => d.name).join());
	});
	it('keeps the district of the headline over districts mentioned in passing', () => {
		const r = resolvePlaces(
			evidence([
				['Bí thư Thành ủy Hà Nội làm việc với lãnh đạo huyện Phúc Thọ', 'lede'],
				['người dân cạnh các bãi rác ở Sơn Tây, Ba Vì chặn đoàn xe', 'paragraph'],
				['huyện Phúc Thọ đề nghị', 'paragraph'],
			]),
		);
		assert.equal(r.district?.name, 'Phúc Thọ');
		assert.deepEqual(
			r.districts.map((d) => d.name),
			['Phúc Thọ'],
		);
	});
});

describe('checkProvince and checkDistrict', () => {
	it('suggests the nearest district: "Nậm Pồoo" → "Nậm Pồ"', () => {
		const c = checkDistrict('Nậm Pồoo', findProvince('Điện Biên') ?? null);
		assert.equal(c.ok, false);
		assert.match(c.ok ? '' : c.message, /did you mean "Nậm Pồ"/);
	});
	it('suggests a district typed without diacritics', () => {
		assert.equal(nearest('Nam Po', ['Nậm Nhùn', 'Nậm Pồ', 'Mường Tè']), 'Nậm Pồ');
	});
	it('accepts either tone placement and case', () => {
		const c = checkDistrict('như xuân', null);
		assert.ok(c.ok && c.value.name === 'Như Xuân');
	});
	it('says which provinces share an ambiguous name', () => {
		const c = checkDistrict('Phú Tân', null);
		assert.ok(!c.ok && c.code === 'ambiguous-district' && /An Giang/.test(c.message) && /Cà Mau/.test(c.message));
	});
	it('resolves a shared name with its province', () => {
		const c = checkDistrict('Phú Tân', findProvince('Cà Mau') ?? null);
		assert.ok(c.ok && c.value.provinceCode === findProvince('Cà Mau')?.code);
	});
	it('reports a district of another province', () => {
		const c = checkDistrict('Nậm Pồ', findProvince('Lai Châu') ?? null);
		assert.ok(!c.ok && c.code === 'district-not-in-province');
	});
	it('tells a huyện from a thị xã of the same name by its type', () => {
		const c = checkDistrict('Thị xã Kỳ Anh', findProvince('Hà Tĩnh') ?? null);
		assert.ok(c.ok && c.value.type === 'thi-xa');
	});
	it('suggests the nearest province', () => {
		const c = checkProvince('Dien Bien');
		assert.ok(!c.ok && /Điện Biên/.test(c.message));
		assert.ok(checkProvince('Thanh Hoá').ok);
	});
});
