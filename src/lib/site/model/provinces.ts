/**
 * The provinces' pages: every district of the province with its coverage, the briefings, the
 * officials, and the districts compared on the measures two or more reported.
 */
import { districtsOf, provinceOf } from '../../places/gazetteer.ts';
import { timeline } from './archive.ts';
import { compareDistricts } from './indicator-series.ts';
import { collator, groupBy, newestFirst } from './order.ts';
import { districtRef, provinceRef } from './refs.ts';
import type { Briefing, DistrictCoverage, DistrictPage, OfficialPage, ProvincePage, ProvinceRef } from './types.ts';

/** The page of every province with a briefing, by Vietnamese collation. */
export function buildProvinces(
	briefings: readonly Briefing[],
	districtPages: ReadonlyMap<string, DistrictPage>,
	officials: readonly OfficialPage[],
): ProvincePage[] {
	const byProvince = groupBy(
		briefings.filter((b) => b.province),
		(b) => (b.province as ProvinceRef).code,
	);
	const pages: ProvincePage[] = [];
	for (const [code, list] of byProvince) {
		const province = provinceOf(code);
		const coverage: DistrictCoverage[] = districtsOf(code)
			.map((district) => {
				const page = districtPages.get(district.code) ?? null;
				const latest = page?.briefings.find((b) => b.entry.date)?.entry.date ?? null;
				return {
					district,
					ref: districtRef(district),
					page,
					count: page?.briefings.length ?? 0,
					mentions: page?.alsoIn.length ?? 0,
					latest,
				};
			})
			.sort(
				(a, b) => collator.compare(a.district.name, b.district.name) || a.district.code.localeCompare(b.district.code),
			);
		const sorted = [...list].sort(newestFirst);
		pages.push({
			ref: provinceRef(province),
			province,
			districts: coverage,
			covered: coverage.filter((c) => c.count > 0).length,
			mentionedOnly: coverage.filter((c) => c.count === 0 && c.mentions > 0).length,
			briefings: sorted,
			timeline: timeline(sorted),
			officials: officials.filter((o) => o.ref.province.code === code),
			comparisons: compareDistricts(coverage),
		});
	}
	return pages.sort((a, b) => collator.compare(a.ref.name, b.ref.name));
}
