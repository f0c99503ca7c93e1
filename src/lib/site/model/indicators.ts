/**
 * The indicator pages: for every known indicator some briefing reports, the districts ranked on
 * each of its measures, site-wide and within each province, and the briefings that report it.
 */
import { INDICATOR_KEYS } from '../../../schemas/briefing.ts';
import { INDICATOR_LABELS } from '../../format/enum-names.ts';
import { paths } from '../paths.ts';
import { rankDistricts } from './indicator-series.ts';
import { collator, groupBy } from './order.ts';
import type {
	Briefing,
	Comparison,
	DistrictPage,
	IndicatorOverview,
	IndicatorPage,
	IndicatorProvincePage,
	ProvinceRef,
} from './types.ts';

/**
 * How many briefings an indicator's site-wide page lists, newest first. Listing them all, it grew
 * with the archive (3.1 MB of HTML for the 6,000 briefings giving budget revenue among 10,000);
 * its provinces' pages list theirs all, and its rankings link the source of every figure.
 */
export const INDICATOR_PAGE_BRIEFINGS = 20;

/** An indicator's site-wide page: its newest `most` briefings, and how many there are. */
export function indicatorOverview(page: IndicatorPage, most = INDICATOR_PAGE_BRIEFINGS): IndicatorOverview {
	const { briefings, provinces, ...rest } = page;
	return {
		...rest,
		newest: briefings.slice(0, most),
		count: briefings.length,
		provinces: provinces.map(({ province, path }) => ({ province, path })),
	};
}

/**
 * One page per indicator key but "other" (its rows are wordings, not one measure) that a
 * published briefing reports, in the order of INDICATOR_KEYS. `briefings` newest first;
 * `districts` the district pages, whose histories give the figures ranked.
 */
export function buildIndicators(briefings: readonly Briefing[], districts: readonly DistrictPage[]): IndicatorPage[] {
	const rankings = rankDistricts(districts);
	// Each province's rankings, made once for all the indicators reported there.
	const provinceRankings = new Map<string, Comparison[]>();
	const rankedIn = (province: ProvinceRef) => {
		let ranked = provinceRankings.get(province.code);
		if (!ranked) {
			ranked = rankDistricts(districts.filter((d) => d.ref.province.code === province.code));
			provinceRankings.set(province.code, ranked);
		}
		return ranked;
	};
	// The briefings that report each key, in the order of `briefings`: one pass over them.
	const reportingBy = new Map<string, Briefing[]>();
	for (const b of briefings) {
		for (const key of new Set(b.entry.indicators.map((i) => i.key))) {
			const list = reportingBy.get(key);
			if (list) list.push(b);
			else reportingBy.set(key, [b]);
		}
	}
	const pages: IndicatorPage[] = [];
	for (const key of INDICATOR_KEYS) {
		if (key === 'other') continue;
		const reporting = reportingBy.get(key) ?? [];
		if (reporting.length === 0) continue;
		const name = INDICATOR_LABELS[key];
		const byProvince = groupBy(
			reporting.filter((b) => b.province),
			(b) => (b.province as ProvinceRef).code,
		);
		const provinces: IndicatorProvincePage[] = [...byProvince.values()]
			.map((list) => {
				const province = list[0]?.province as ProvinceRef;
				return {
					key,
					name,
					province,
					path: paths.indicatorProvince(key, province.slug),
					measures: rankedIn(province).filter((m) => m.key === key),
					briefings: list,
				};
			})
			.sort((a, b) => collator.compare(a.province.name, b.province.name));
		pages.push({
			key,
			name,
			path: paths.indicator(key),
			measures: rankings.filter((m) => m.key === key),
			briefings: reporting,
			provinces,
		});
	}
	return pages;
}
