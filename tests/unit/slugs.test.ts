import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { districts, findDistricts, findProvince, type Province, provinces } from '../../src/lib/places/gazetteer.ts';
import { assignOfficialSlugs, districtRef, provinceRef } from '../../src/lib/site/model/refs.ts';
import { paths } from '../../src/lib/site/paths.ts';
import { matchKey, slugify } from '../../src/lib/text/fold.ts';

function province(name: string): Province {
	const p = findProvince(name);
	assert.ok(p, `no province ${name}`);
	return p;
}

function districtPath(provinceName: string, fullName: string): string {
	const p = province(provinceName);
	const d = findDistricts(fullName).find((x) => x.provinceCode === p.code && x.fullName === fullName);
	assert.ok(d, `no ${fullName} in ${provinceName}`);
	return districtRef(d).path;
}

describe('province paths', () => {
	const cases: [string, string][] = [
		['Điện Biên', '/tinh/dien-bien/'],
		['Đắk Lắk', '/tinh/dak-lak/'],
		['Đắk Nông', '/tinh/dak-nong/'],
		['Bà Rịa - Vũng Tàu', '/tinh/ba-ria-vung-tau/'],
		['Hồ Chí Minh', '/tinh/ho-chi-minh/'],
		['Thừa Thiên Huế', '/tinh/thua-thien-hue/'],
		['Thanh Hóa', '/tinh/thanh-hoa/'],
		['Hoà Bình', '/tinh/hoa-binh/'],
		['Lai Châu', '/tinh/lai-chau/'],
		['Đà Nẵng', '/tinh/da-nang/'],
	];
	for (const [name, path] of cases) it(`${name} → ${path}`, () => assert.equal(provinceRef(province(name)).path, path));
});

describe('district paths', () => {
	const cases: [string, string, string][] = [
		['Điện Biên', 'Huyện Điện Biên Đông', '/tinh/dien-bien/dien-bien-dong/'],
		['Điện Biên', 'Huyện Điện Biên', '/tinh/dien-bien/dien-bien/'],
		['Điện Biên', 'Thành phố Điện Biên Phủ', '/tinh/dien-bien/dien-bien-phu/'],
		['Điện Biên', 'Thị xã Mường Lay', '/tinh/dien-bien/muong-lay/'],
		['Điện Biên', 'Huyện Nậm Pồ', '/tinh/dien-bien/nam-po/'],
		['Lai Châu', 'Huyện Mường Tè', '/tinh/lai-chau/muong-te/'],
		['Thanh Hóa', 'Huyện Như Xuân', '/tinh/thanh-hoa/nhu-xuan/'],
		['Hà Tĩnh', 'Huyện Kỳ Anh', '/tinh/ha-tinh/huyen-ky-anh/'],
		['Hà Tĩnh', 'Thị xã Kỳ Anh', '/tinh/ha-tinh/thi-xa-ky-anh/'],
		['Hồ Chí Minh', 'Quận 1', '/tinh/ho-chi-minh/quan-1/'],
		['Hồ Chí Minh', 'Quận 10', '/tinh/ho-chi-minh/quan-10/'],
		['Hồ Chí Minh', 'Huyện Củ Chi', '/tinh/ho-chi-minh/cu-chi/'],
		['Đắk Lắk', 'Thành phố Buôn Ma Thuột', '/tinh/dak-lak/buon-ma-thuot/'],
		['Đồng Tháp', 'Thành phố Cao Lãnh', '/tinh/dong-thap/thanh-pho-cao-lanh/'],
		['Đồng Tháp', 'Huyện Cao Lãnh', '/tinh/dong-thap/huyen-cao-lanh/'],
		['Cà Mau', 'Huyện Phú Tân', '/tinh/ca-mau/phu-tan/'],
		['An Giang', 'Huyện Phú Tân', '/tinh/an-giang/phu-tan/'],
	];
	for (const [p, d, path] of cases) it(`${d} (${p}) → ${path}`, () => assert.equal(districtPath(p, d), path));
});

describe('official slugs', () => {
	const cases: [string, string][] = [
		['Vừ A Bằng', 'vu-a-bang'],
		['Lê Văn Lương', 'le-van-luong'],
		['Tống Thanh Hải', 'tong-thanh-hai'],
		['Lương Thị Hoa', 'luong-thi-hoa'],
		['Đỗ Đức Duy', 'do-duc-duy'],
		['ĐINH TIẾN DŨNG', 'dinh-tien-dung'],
		['Dương Thanh Bình', 'duong-thanh-binh'],
		['Huỳnh Cách Mạng', 'huynh-cach-mang'],
		['Nguyễn Thị Thuỷ', 'nguyen-thi-thuy'],
		['Nguyễn Thị Thủy'.normalize('NFD'), 'nguyen-thi-thuy'],
		['Lò Văn Mừng', 'lo-van-mung'],
		['Y Thanh Hà Niê Kđăm', 'y-thanh-ha-nie-kdam'],
	];
	for (const [name, slug] of cases) it(`${name} → ${slug}`, () => assert.equal(slugify(name), slug));
});

describe('no two entities share a URL path', () => {
	it('provinces have 63 distinct paths', () => {
		const all = provinces.map((p) => provinceRef(p).path);
		assert.equal(all.length, 63);
		assert.equal(new Set(all).size, all.length);
	});

	it('every district of the gazetteer has its own path, unique within its province and in the site', () => {
		const all = districts.map((d) => districtRef(d).path);
		assert.equal(all.length, 705);
		const dupes = all.filter((p, i) => all.indexOf(p) !== i);
		assert.deepEqual(dupes, []);
		for (const p of all) assert.match(p, /^\/tinh\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
	});

	it('no district path is a province path or another page', () => {
		const provincePaths = new Set(provinces.map((p) => provinceRef(p).path));
		for (const d of districts) assert.ok(!provincePaths.has(districtRef(d).path));
	});

	it('officials are unique within a province even when their names fold to the same ASCII', () => {
		const names = [
			'Lê Văn Lương',
			'Lê Văn Lường',
			'Lê Văn Luong',
			'Nguyễn Văn Đức',
			'Nguyễn Văn Dực',
			'Nguyễn Văn Dúc',
			'Vừ A Bằng',
			'Vù A Bảng',
			'Đỗ Đức Duy',
			'Dỗ Dức Duy',
		];
		const keys = new Map<string, { name: string; province: Province }>();
		for (const p of [province('Điện Biên'), province('Lai Châu')]) {
			for (const name of names) keys.set(`${p.code}:${matchKey(name)}`, { name, province: p });
		}
		const refs = [...assignOfficialSlugs(keys).values()];
		assert.equal(refs.length, names.length * 2);
		const all = refs.map((r) => r.path);
		assert.equal(new Set(all).size, all.length);
		for (const r of refs) assert.match(r.slug, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
		const luong = refs.filter((r) => r.province.name === 'Điện Biên' && r.slug.startsWith('le-van-luong'));
		assert.deepEqual(luong.map((r) => r.slug).sort(), ['le-van-luong', 'le-van-luong-2', 'le-van-luong-3']);
		assert.ok(
			all.includes(paths.official('lai-chau', 'le-van-luong')),
			'the same name in another province keeps its slug',
		);
	});
});
