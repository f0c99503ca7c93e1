/**
 * The provinces' pages: every district of the province with its coverage, the briefings, the
 * officials, and the districts compared on the measures two or more reported.
 */
import { districtsOf, provinceOf } from '../../places/gazetteer.ts';
import { paths } from '../paths.ts';
import { cutTimeline, timeline } from './archive.ts';
import { compareDistricts } from './indicator-series.ts';
import { DIRECTORY_PER_PROVINCE, mostNamed } from './officials.ts';
import { collator, groupBy, newestFirst } from './order.ts';
import { districtRef, provinceRef } from './refs.ts';
import type {
	Briefing,
	ComparisonsCut,
	DistrictCoverage,
	DistrictPage,
	OfficialPage,
	OfficialsCut,
	ProvincePage,
	ProvinceRef,
	TimelineCut,
	TimelineGroup,
} from './types.ts';

/**
 * How many briefings a province's page lists under each year; a year with more has a page of
 * its own for the province (`paths.provinceYear`). At 10,000 articles Thanh Hóa's page listed
 * every one of its 459 briefings, 150 KB, and the list grew with the archive.
 */
export const PROVINCE_PAGE_PER_YEAR = 20;

/**
 * How many of the districts' comparisons a province's page draws, the most widely reported
 * first; it lists the others, each linking its indicator's page for the province, which draws
 * it. At 10,000 generated articles every province's page drew 28, each a chart and a table of up
 * to 27 districts: 528 KB of Thanh Hóa's 642 KB, and 76,000 px of its height at a phone's width.
 */
export const PROVINCE_PAGE_CHARTS = 6;

/** The province page's comparisons: the first `charts` drawn, the others listed with their pages. */
export function provinceComparisons(page: ProvincePage, charts = PROVINCE_PAGE_CHARTS): ComparisonsCut {
	return {
		charted: page.comparisons.slice(0, charts),
		listed: page.comparisons.slice(charts).map(({ id, key, label, field, unit, rows }) => ({
			id,
			key,
			label,
			field,
			unit,
			districts: rows.length,
			path: paths.indicatorProvince(key, page.ref.slug),
		})),
	};
}

/**
 * How many officials a province's page lists when it has more: the most named, as the officials'
 * directory does (`DIRECTORY_PER_PROVINCE`); the province's officials page lists them all
 * (`paths.provinceOfficials`). At 10,000 generated articles Thanh Hóa's page listed its 249
 * (44 KB, 16,000 px at a phone's width), and the list grew with the archive.
 */
export const PROVINCE_PAGE_OFFICIALS = DIRECTORY_PER_PROVINCE;

/** The province page's officials: all, or its most named and the page of them all. */
export function provinceOfficials(page: ProvincePage, most = PROVINCE_PAGE_OFFICIALS): OfficialsCut {
	const count = page.officials.length;
	return {
		officials: mostNamed(page.officials, most),
		count,
		more: count > most ? paths.provinceOfficials(page.ref.slug) : null,
	};
}

/** The province page's timeline: each year's newest briefings, and the year's own page when it has more. */
export function provinceTimeline(page: ProvincePage, perYear = PROVINCE_PAGE_PER_YEAR): TimelineCut[] {
	return cutTimeline(page.timeline, perYear, (year) => paths.provinceYear(page.ref.slug, year));
}

/** A year of a province with a page of its own (or its undated briefings), and the years beside it that have one. */
export interface ProvinceYearPage {
	readonly province: ProvinceRef;
	readonly group: TimelineGroup;
	/** The province's year pages before and after this one's year; none beside the undated. */
	readonly older: YearLink | null;
	readonly newer: YearLink | null;
}

interface YearLink {
	readonly year: string;
	readonly path: string;
}

/** The years (and the undated) of a province's timeline that have a page of their own, newest first. */
export function provinceYears(page: ProvincePage, perYear = PROVINCE_PAGE_PER_YEAR): ProvinceYearPage[] {
	const groups = page.timeline.filter((g) => g.briefings.length > perYear);
	const link = (g: TimelineGroup | undefined): YearLink | null =>
		g?.year ? { year: g.year, path: paths.provinceYear(page.ref.slug, g.year) } : null;
	return groups.map((group, i) => ({
		province: page.ref,
		group,
		older: group.year ? link(groups[i + 1]) : null,
		newer: group.year ? link(groups[i - 1]) : null,
	}));
}

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
