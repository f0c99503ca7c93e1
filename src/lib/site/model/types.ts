/**
 * The shapes of the site model: what `buildSite` returns and pages and components read.
 */
import type { Indicator, Official } from '../../../schemas/briefing.ts';
import type { Entry } from '../../../schemas/entry.ts';
import type { IndicatorField } from '../../format/indicators.ts';
import type { District, DistrictType, Province } from '../../places/gazetteer.ts';

/** An entry of the articles collection. */
export interface CollectionItem {
	readonly id: string;
	readonly data: Entry;
}

export interface ProvinceRef {
	readonly code: string;
	/** "Điện Biên". */
	readonly name: string;
	/** "Tỉnh Điện Biên", "Thành phố Hà Nội". */
	readonly fullName: string;
	readonly slug: string;
	readonly path: string;
}

export interface DistrictRef {
	/** Three-digit statistics code. */
	readonly code: string;
	readonly name: string;
	readonly type: DistrictType;
	/** "huyện", "thị xã", "thành phố", "quận". */
	readonly typeLabel: string;
	/** "Huyện Nậm Pồ". */
	readonly fullName: string;
	readonly slug: string;
	readonly path: string;
	readonly province: ProvinceRef;
}

export interface OfficialRef {
	/** Identity: province code and the name's match key. The same name in two provinces is two people. */
	readonly key: string;
	readonly name: string;
	readonly slug: string;
	readonly path: string;
	readonly province: ProvinceRef;
}

export interface BriefingOfficial extends Official {
	/** The official's page; null when the briefing has no province to place them in. */
	readonly ref: OfficialRef | null;
}

export interface Briefing {
	readonly id: string;
	readonly path: string;
	readonly entry: Entry;
	/** "2024-11" of the date, or null. */
	readonly month: string | null;
	readonly province: ProvinceRef | null;
	readonly district: DistrictRef | null;
	/** Every district reported on, the main one first. */
	readonly districts: readonly DistrictRef[];
	readonly officials: readonly BriefingOfficial[];
}

/** A briefing's neighbours within its month (SiteModel.sameMonth). */
export interface SameMonth {
	readonly briefings: readonly Briefing[];
	/** The month has other briefings than these. */
	readonly more: boolean;
}

export interface Neighbours {
	readonly prev: Briefing | null;
	readonly next: Briefing | null;
}

export type { IndicatorField };

export interface IndicatorPoint {
	readonly briefing: Briefing;
	readonly value: number;
	/** The hedge the article gives this measure ("gần", "trên", "từ … trở lên"). */
	readonly hedge?: string;
	/** "16/33": the whole a counted value is out of. */
	readonly of?: number;
	/** What a per cent of plan is measured against ("dự toán tỉnh giao"). */
	readonly basis?: string;
	/** The sentence the figure came from, as the article writes it. */
	readonly sentence?: string;
}

/** One measure of one indicator, in one unit: what a table row, a series or a ranking is of. */
export interface Measure {
	/** Its identity (`measureId`: "public-investment-disbursement|planPercent|%"). */
	readonly id: string;
	readonly key: Indicator['key'];
	/** The indicator's name as the articles word it (the first one seen). */
	readonly label: string;
	readonly field: IndicatorField;
	readonly unit: string;
}

/** One row of an indicator table: one measure of one indicator, over time. */
export interface IndicatorSeries extends Measure {
	/** Values in date order (undated briefings last). */
	readonly points: readonly IndicatorPoint[];
}

/** Indicator history of a district: one column per briefing that reported figures, one row per series. */
export interface HistoryTable {
	/** Oldest first. */
	readonly columns: readonly Briefing[];
	/** Some measure was reported more than once: the table has a trend column. */
	readonly trend: boolean;
	readonly rows: readonly {
		readonly series: IndicatorSeries;
		/** One per column; null where that briefing did not report the measure. */
		readonly cells: readonly (IndicatorPoint | null)[];
	}[];
}

/** The first and the last day of a set of briefings. */
export interface DateSpan {
	readonly first: string;
	readonly last: string;
}

/** Briefings of one year (null: undated), newest first. */
export interface TimelineGroup {
	readonly year: string | null;
	readonly briefings: readonly Briefing[];
}

/** A timeline's group as a page shows it: its first briefings, and the page of them all when it has more. */
export interface TimelineCut extends TimelineGroup {
	/** How many briefings the group has: more than `briefings` holds when it is cut. */
	readonly count: number;
	/** The page listing the whole group when `briefings` is cut; null when it holds them all. */
	readonly more: string | null;
}

export interface Appearance {
	readonly briefing: Briefing;
	readonly title: string;
	readonly role: Official['role'];
	readonly level: Official['level'];
}

export interface DistrictPage {
	readonly ref: DistrictRef;
	/** Briefings about this district (main district), newest first. */
	readonly briefings: readonly Briefing[];
	readonly timeline: readonly TimelineGroup[];
	/** First and last day of its dated briefings; null when none is dated. */
	readonly dates: DateSpan | null;
	/** Round-ups that report on it among others, newest first. */
	readonly alsoIn: readonly Briefing[];
	/** Officials who came or spoke, most appearances first, each appearance newest first. */
	readonly officials: readonly { readonly ref: OfficialRef; readonly appearances: readonly Appearance[] }[];
	/** Its figures by measure; laid out as a table by `historyTable` for its page. */
	readonly history: readonly IndicatorSeries[];
}

export interface DistrictCoverage {
	readonly district: District;
	readonly ref: DistrictRef;
	/** Null when no briefing covers the district, not even a round-up. */
	readonly page: DistrictPage | null;
	/** Briefings about the district itself. */
	readonly count: number;
	/** Round-ups that mention it. */
	readonly mentions: number;
	readonly latest: string | null;
}

/** Districts of a province compared on one measure: the latest value each, largest first. */
export interface Comparison extends Measure {
	/** Largest first; `rank` 1 for the largest, equal values sharing a rank. */
	readonly rows: readonly RankedFigure[];
}

/** A province's officials as its page lists them (see `provinceOfficials`). */
export interface OfficialsCut {
	/** All of them by name, or the most named when there are more. */
	readonly officials: readonly OfficialPage[];
	/** How many the province has. */
	readonly count: number;
	/** The page listing them all, when `officials` does not. */
	readonly more: string | null;
}

/** A comparison a province's page lists without drawing it (see `provinceComparisons`). */
export interface ListedComparison extends Measure {
	/** How many districts it ranks. */
	readonly districts: number;
	/** The indicator's page for the province, which draws it. */
	readonly path: string;
}

/** A province page's comparisons: those it draws, and the others it lists. */
export interface ComparisonsCut {
	readonly charted: readonly Comparison[];
	readonly listed: readonly ListedComparison[];
}

/** One district's figure in a ranking. */
export interface RankedFigure {
	readonly rank: number;
	readonly district: DistrictRef;
	readonly point: IndicatorPoint;
}

/** An indicator's ranking within one province: the page /chi-so/{key}/{province}/. */
export interface IndicatorProvincePage {
	readonly key: Indicator['key'];
	/** The project's name of the indicator ("Thu ngân sách"). */
	readonly name: string;
	readonly province: ProvinceRef;
	readonly path: string;
	/** Each measure reported, districts ranked on their latest figure (see Comparison). */
	readonly measures: readonly Comparison[];
	/** Briefings of the province that report the indicator, newest first. */
	readonly briefings: readonly Briefing[];
}

/** An indicator across the site: the page /chi-so/{key}/, its feed and its province pages. */
export interface IndicatorPage {
	readonly key: Indicator['key'];
	readonly name: string;
	readonly path: string;
	readonly measures: readonly Comparison[];
	/** Briefings that report the indicator, newest first (undated last). */
	readonly briefings: readonly Briefing[];
	/** One per province with a briefing that reports it, by Vietnamese collation. */
	readonly provinces: readonly IndicatorProvincePage[];
}

/**
 * What an indicator's site-wide page prints (`indicatorOverview`): its newest briefings only, so
 * that the page stays small however many briefings report the indicator; its provinces' pages
 * list theirs all.
 */
export interface IndicatorOverview extends Omit<IndicatorPage, 'briefings' | 'provinces'> {
	/** The newest briefings that report the indicator. */
	readonly newest: readonly Briefing[];
	/** How many briefings report it. */
	readonly count: number;
	/** Its provinces' pages, as the page links them. */
	readonly provinces: readonly Pick<IndicatorProvincePage, 'province' | 'path'>[];
}

export interface OfficialPage {
	readonly ref: OfficialRef;
	/** Titles held, oldest first, with the first and last dates seen. */
	readonly titles: readonly { readonly title: string; readonly first: string | null; readonly last: string | null }[];
	/** Newest first. */
	readonly appearances: readonly Appearance[];
	/** First and last day seen; null when no appearance is dated. */
	readonly dates: DateSpan | null;
	/** Officials seen in the same briefings, most often first. */
	readonly companions: readonly { readonly ref: OfficialRef; readonly count: number }[];
	/** Districts visited or spoken about, most often first. */
	readonly districts: readonly { readonly ref: DistrictRef; readonly count: number }[];
}

export interface ProvincePage {
	readonly ref: ProvinceRef;
	readonly province: Province;
	/** Every district of the province in the gazetteer, covered or not, by Vietnamese collation. */
	readonly districts: readonly DistrictCoverage[];
	/** How many of `districts` have a briefing of their own. */
	readonly covered: number;
	/** How many others appear only in round-ups. */
	readonly mentionedOnly: number;
	/** Every briefing placed in the province, newest first. */
	readonly briefings: readonly Briefing[];
	readonly timeline: readonly TimelineGroup[];
	/** Officials of the province, by Vietnamese collation. */
	readonly officials: readonly OfficialPage[];
	/** Measures reported by two districts or more. */
	readonly comparisons: readonly Comparison[];
}

export interface MonthPage {
	/** "2024-11". */
	readonly key: string;
	readonly year: string;
	readonly path: string;
	/** Days with briefings, oldest first; each day's briefings in time order. */
	readonly days: readonly { readonly date: string; readonly briefings: readonly Briefing[] }[];
	/** Every briefing of the month, in date order. */
	readonly briefings: readonly Briefing[];
	readonly count: number;
	/** Keys of the months before and after that have briefings. */
	readonly prev: string | null;
	readonly next: string | null;
}

export interface YearPage {
	readonly year: string;
	readonly path: string;
	/** Oldest first. */
	readonly months: readonly MonthPage[];
	readonly count: number;
}

/**
 * What a year's page (/ngay/[year]/) prints: its months, each with its first briefings only, so
 * that the page stays small however many briefings the year has (`yearOverview`).
 */
export interface YearOverview extends Omit<YearPage, 'months'> {
	/** Oldest first. */
	readonly months: readonly MonthOverview[];
}

/** A month on its year's page: its first briefings in date order, its `count` all of them. */
export interface MonthOverview extends Pick<MonthPage, 'key' | 'path' | 'count'> {
	readonly briefings: readonly Briefing[];
}

/** A year as the month grid and the page descriptions read it: its months, with their counts. */
export interface YearMonths {
	readonly year: string;
	readonly count: number;
	readonly months: readonly Pick<MonthPage, 'key' | 'path' | 'count'>[];
}

export type ReportStatus = 'published' | 'warning' | 'quarantined' | 'duplicate';

export interface ReportRow {
	readonly id: string;
	readonly entry: Entry;
	readonly status: ReportStatus;
	/** For a duplicate: the briefing it repeats. */
	readonly duplicateOf: string | null;
}

export interface Totals {
	readonly briefings: number;
	/** Provinces with a briefing. */
	readonly provinces: number;
	/** Districts with a page. */
	readonly districts: number;
	readonly officials: number;
}

export interface SiteModel {
	/** Published briefings, newest first (undated last). */
	readonly briefings: readonly Briefing[];
	readonly byId: ReadonlyMap<string, Briefing>;
	readonly totals: Totals;
	/** Provinces with at least one briefing, by Vietnamese collation. */
	readonly provinces: readonly ProvincePage[];
	/** Every province of the gazetteer with its count, by Vietnamese collation. */
	readonly provinceIndex: readonly {
		readonly province: Province;
		readonly page: ProvincePage | null;
		readonly count: number;
	}[];
	/** Districts with a page, by province then name. */
	readonly districts: readonly DistrictPage[];
	/** Districts with a page, grouped by province (provinces by Vietnamese collation). */
	readonly districtIndex: readonly { readonly province: ProvinceRef; readonly districts: readonly DistrictPage[] }[];
	/** By Vietnamese collation of the name. */
	readonly officials: readonly OfficialPage[];
	/** Officials grouped by province (provinces by Vietnamese collation). */
	readonly officialIndex: readonly { readonly province: ProvinceRef; readonly officials: readonly OfficialPage[] }[];
	/** Newest first. */
	readonly years: readonly YearPage[];
	/** Oldest first. */
	readonly months: readonly MonthPage[];
	readonly undated: readonly Briefing[];
	/** Every indicator key (but "other") some briefing reports, in the order of INDICATOR_KEYS. */
	readonly indicators: readonly IndicatorPage[];
	/** Every article file, in file order, with what became of it. */
	readonly report: readonly ReportRow[];
	/** Copies of a published briefing: their ids lead to it, so no address that was ever published breaks. */
	readonly copies: readonly { readonly id: string; readonly original: Briefing }[];
	neighbours(b: Briefing): { district: Neighbours; province: Neighbours; all: Neighbours };
	/**
	 * The other briefings of the same month nearest to `b` in date order, at most
	 * SAME_MONTH_NEAREST; `more` when the month has others besides.
	 */
	sameMonth(b: Briefing): SameMonth;
	officialPage(ref: OfficialRef): OfficialPage | undefined;
	districtPage(code: string): DistrictPage | undefined;
	provincePage(code: string): ProvincePage | undefined;
	monthPage(key: string): MonthPage | undefined;
}
