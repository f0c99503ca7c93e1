/**
 * References to the site's places and people: name, slug and URL path of a province, a district
 * or an official, as every page links to them.
 */
import { type District, districtTypeLabel, type Province, provinceOf } from '../../places/gazetteer.ts';
import { slugify } from '../../text/fold.ts';
import { paths } from '../paths.ts';
import { collator } from './order.ts';
import type { DistrictRef, OfficialRef, ProvinceRef } from './types.ts';

// One reference a place of the gazetteer, shared by every briefing, page and official that names
// it: a reference per mention made some 60,000 objects and their paths at 10,000 articles, which
// the rendering kept alive and every garbage collection walked. References are never changed.
const provinceRefs = new WeakMap<Province, ProvinceRef>();
const districtRefs = new WeakMap<District, DistrictRef>();

/** The reference of a province (the same object at every call). */
export function provinceRef(p: Province): ProvinceRef {
	let ref = provinceRefs.get(p);
	if (!ref) {
		ref = { code: p.code, name: p.name, fullName: p.fullName, slug: p.slug, path: paths.province(p.slug) };
		provinceRefs.set(p, ref);
	}
	return ref;
}

/** The reference of a district (the same object at every call). */
export function districtRef(d: District): DistrictRef {
	let ref = districtRefs.get(d);
	if (!ref) {
		const province = provinceRef(provinceOf(d.provinceCode));
		ref = {
			code: d.code,
			name: d.name,
			type: d.type,
			typeLabel: districtTypeLabel(d.type),
			fullName: d.fullName,
			slug: d.slug,
			path: paths.district(province.slug, d.slug),
			province,
		};
		districtRefs.set(d, ref);
	}
	return ref;
}

/**
 * Gives each official a slug unique within their province: the name's slug, and for names that
 * fold to the same ASCII ("Lê Văn Lương", "Lê Văn Lường") a number after it, in collation order.
 */
export function assignOfficialSlugs(
	keys: ReadonlyMap<string, { name: string; province: Province }>,
): Map<string, OfficialRef> {
	const out = new Map<string, OfficialRef>();
	const sorted = [...keys.entries()].sort(
		(a, b) =>
			a[1].province.code.localeCompare(b[1].province.code) ||
			collator.compare(a[1].name, b[1].name) ||
			a[0].localeCompare(b[0]),
	);
	const taken = new Set<string>();
	for (const [key, { name, province }] of sorted) {
		const base = slugify(name) || 'quan-chuc';
		let slug = base;
		for (let n = 2; taken.has(`${province.code}/${slug}`); n++) slug = `${base}-${n}`;
		taken.add(`${province.code}/${slug}`);
		const pref = provinceRef(province);
		out.set(key, { key, name, slug, path: paths.official(pref.slug, slug), province: pref });
	}
	return out;
}
