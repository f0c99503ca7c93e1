/**
 * Briefings by date: months and years for the archive, years for timelines. Dates are the
 * event days extraction fixed in Vietnam's zone (Asia/Ho_Chi_Minh), so bucketing is by the
 * ISO string and never goes through a Date.
 */

import { paths } from '../paths.ts';
import { groupBy, newestFirst } from './order.ts';
import type {
	Briefing,
	DateSpan,
	MonthPage,
	TimelineCut,
	TimelineGroup,
	YearMonths,
	YearOverview,
	YearPage,
} from './types.ts';

/** Months and years of dated briefings given oldest first; months oldest first, years newest first. */
export function buildCalendar(chrono: readonly Briefing[]): { years: YearPage[]; months: MonthPage[] } {
	const byMonth = groupBy(
		chrono.filter((b) => b.entry.date),
		(b) => (b.entry.date as string).slice(0, 7),
	);
	const keys = [...byMonth.keys()].sort();
	const months: MonthPage[] = keys.map((key, i) => {
		const list = byMonth.get(key) ?? [];
		const days = [...groupBy(list, (b) => b.entry.date as string).entries()]
			.sort((a, b) => a[0].localeCompare(b[0]))
			.map(([date, briefings]) => ({ date, briefings }));
		return {
			key,
			year: key.slice(0, 4),
			path: paths.month(key),
			days,
			briefings: days.flatMap((d) => d.briefings),
			count: list.length,
			prev: keys[i - 1] ?? null,
			next: keys[i + 1] ?? null,
		};
	});
	const years = [...groupBy(months, (m) => m.year).entries()]
		.map(([year, ms]) => ({ year, path: paths.year(year), months: ms, count: ms.reduce((n, m) => n + m.count, 0) }))
		.sort((a, b) => b.year.localeCompare(a.year));
	return { years, months };
}

/** Briefings grouped by year, newest year first, undated ones in a last group. */
export function timeline(briefings: readonly Briefing[]): TimelineGroup[] {
	const sorted = [...briefings].sort(newestFirst);
	return [...groupBy(sorted, (b) => b.entry.date?.slice(0, 4) ?? null).entries()].map(([year, list]) => ({
		year,
		briefings: list,
	}));
}

/**
 * The groups of a timeline with at most `perGroup` briefings each (the first, newest); a group
 * that had more gives how many and the page of them all, `pathOf` its year.
 */
export function cutTimeline(
	groups: readonly TimelineGroup[],
	perGroup: number,
	pathOf: (year: string | null) => string,
): TimelineCut[] {
	return groups.map((g) => {
		const cut = g.briefings.length > perGroup;
		return {
			year: g.year,
			briefings: cut ? g.briefings.slice(0, perGroup) : g.briefings,
			count: g.briefings.length,
			more: cut ? pathOf(g.year) : null,
		};
	});
}

/**
 * How many briefings a year's page lists under each month. The month's own page lists them all;
 * a year's page listing every briefing grew with the archive (2.3 MB of HTML for a year of 6,000
 * briefings).
 */
export const YEAR_PAGE_PER_MONTH = 10;

/** A year's page: each month with its first `perMonth` briefings in date order. */
export function yearOverview(year: YearPage, perMonth = YEAR_PAGE_PER_MONTH): YearOverview {
	return {
		year: year.year,
		path: year.path,
		count: year.count,
		months: year.months.map((m) => ({
			key: m.key,
			path: m.path,
			count: m.count,
			briefings: m.briefings.slice(0, perMonth),
		})),
	};
}

/** The twelve months of a year, each with its page or null: the archive's month grid. */
export function yearGrid(
	year: YearMonths,
): { key: string; month: number; page: YearMonths['months'][number] | null }[] {
	return Array.from({ length: 12 }, (_, i) => {
		const key = `${year.year}-${String(i + 1).padStart(2, '0')}`;
		return { key, month: i + 1, page: year.months.find((m) => m.key === key) ?? null };
	});
}

/** First and last day of the dated briefings among a list. */
export function dateSpan(briefings: readonly Briefing[]): DateSpan | null {
	const days = briefings.flatMap((b) => (b.entry.date ? [b.entry.date] : [])).sort();
	const first = days[0];
	const last = days.at(-1);
	return first && last ? { first, last } : null;
}
