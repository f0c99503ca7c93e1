/**
 * The briefings of the site from the published rows: each entry with its province, districts
 * and officials resolved to references (name, slug, URL path).
 */
import { type District, districtByCode, districtsOf, type Province, provinceOf } from '../../places/gazetteer.ts';
import { matchKey } from '../../text/fold.ts';
import { paths } from '../paths.ts';
import { assignOfficialSlugs, districtRef, provinceRef } from './refs.ts';
import type { Briefing, OfficialRef, ReportRow } from './types.ts';

/** Identity of an official: province code and the name's match key. */
function officialKey(provinceCode: string, name: string): string {
	return `${provinceCode}:${matchKey(name)}`;
}

/** Every official named in a placed briefing, by identity, with a slug unique in their province. */
export function officialRefs(published: readonly ReportRow[]): Map<string, OfficialRef> {
	const keys = new Map<string, { name: string; province: Province }>();
	for (const { entry } of published) {
		if (!entry.codes.province) continue;
		const province = provinceOf(entry.codes.province);
		for (const o of entry.officials) {
			const key = officialKey(province.code, o.name);
			if (!keys.has(key)) keys.set(key, { name: o.name, province });
		}
	}
	return assignOfficialSlugs(keys);
}

/** The briefing of a published row, its officials linked through `refs`. */
export function briefingOf({ id, entry }: ReportRow, refs: ReadonlyMap<string, OfficialRef>): Briefing {
	const province = entry.codes.province ? provinceRef(provinceOf(entry.codes.province)) : null;
	const mainDistrict = entry.codes.district ? districtByCode(entry.codes.district) : undefined;
	const districts = [
		...new Set(
			entry.districts
				.map((name) => resolveDistrictName(name, entry.codes.province, mainDistrict))
				.filter((d): d is District => d !== undefined),
		),
	].map(districtRef);
	return {
		id,
		path: paths.briefing(id),
		entry,
		month: entry.date ? entry.date.slice(0, 7) : null,
		province,
		district: mainDistrict ? districtRef(mainDistrict) : null,
		districts,
		officials: entry.officials.map((o) => ({
			...o,
			ref: province ? (refs.get(officialKey(province.code, o.name)) ?? null) : null,
		})),
	};
}

function resolveDistrictName(
	name: string,
	provinceCode: string | null,
	main: District | undefined,
): District | undefined {
	if (main && matchKey(main.name) === matchKey(name)) return main;
	if (!provinceCode) return undefined;
	return districtsOf(provinceCode).find((d) => matchKey(d.name) === matchKey(name));
}
