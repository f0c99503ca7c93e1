/**
 * A district at a glance: the summary card at the top of its page. For each indicator it
 * reported (the project's known indicators, not the article's own wordings), the latest result
 * and the latest share of plan, each with the district's rank among the province's districts
 * that reported the same measure; then how many briefings there are and who came.
 */
import { formatShortDate } from '../../format/dates.ts';
import { formatFigure, indicatorName, isThreshold } from '../../format/indicators.ts';
import type { Comparison, DistrictPage, IndicatorPoint, IndicatorSeries } from '../model/types.ts';
import { paths } from '../paths.ts';

/** Indicators a card shows at most (the page's table below has them all). */
export const GLANCE_MAX_INDICATORS = 6;

export interface GlanceFigure {
	/** "gần 1.630 tỷ đồng", "trên 105%". */
	readonly text: string;
	/** The day of the briefing it comes from ("19/11/2024"), or null when undated. */
	readonly date: string | null;
	/** The briefing's path. */
	readonly path: string;
	/** 1 for the largest in the province; null when no other district of it reported the measure. */
	readonly rank: number | null;
	/** How many districts of the province reported the measure (the rank's "of"). */
	readonly of: number;
}

export interface GlanceRow {
	/** The indicator's name ("Thu ngân sách"). */
	readonly label: string;
	/** The indicator's page within the province: every district of it ranked on the measure. */
	readonly path: string;
	/** The latest result. */
	readonly value: GlanceFigure | null;
	/** The latest share of plan. */
	readonly plan: GlanceFigure | null;
}

export interface DistrictGlance {
	readonly rows: readonly GlanceRow[];
	/** Briefings about the district. */
	readonly briefings: number;
	/** Round-ups about several districts that mention it. */
	readonly roundUps: number;
	/** The officials who came or spoke, most appearances first, with their count. */
	readonly officials: readonly { readonly name: string; readonly path: string; readonly count: number }[];
}

/** The latest result of a series (a threshold is a target, not a result). */
function latestResult(series: IndicatorSeries): IndicatorPoint | null {
	const results = series.points.filter((p) => !isThreshold(p.hedge));
	return results.findLast((p) => p.briefing.entry.date) ?? results.at(-1) ?? null;
}

function figure(
	series: IndicatorSeries | undefined,
	districtCode: string,
	comparisons: ReadonlyMap<string, Comparison>,
): GlanceFigure | null {
	if (!series) return null;
	const point = latestResult(series);
	if (!point) return null;
	const cmp = comparisons.get(series.id);
	const at = cmp ? cmp.rows.findIndex((r) => r.district.code === districtCode) : -1;
	return {
		text: formatFigure(series.field, point, series.unit),
		date: point.briefing.entry.date ? formatShortDate(point.briefing.entry.date) : null,
		path: point.briefing.path,
		rank: cmp && at >= 0 ? at + 1 : null,
		of: cmp?.rows.length ?? 1,
	};
}

/** The card of a district; `comparisons` are its province's (ProvincePage.comparisons). */
export function districtGlance(page: DistrictPage, comparisons: readonly Comparison[]): DistrictGlance {
	const byId = new Map(comparisons.map((c) => [c.id, c]));
	const keys = [...new Set(page.history.filter((s) => s.key !== 'other').map((s) => s.key))];
	const rows = keys
		.map((key) => {
			const of = page.history.filter((s) => s.key === key);
			const value = figure(
				of.find((s) => s.field === 'value'),
				page.ref.code,
				byId,
			);
			const plan = figure(
				of.find((s) => s.field === 'planPercent'),
				page.ref.code,
				byId,
			);
			return {
				label: indicatorName(key, of[0]?.label ?? ''),
				path: paths.indicatorProvince(key, page.ref.province.slug),
				value,
				plan,
			};
		})
		.filter((r) => r.value || r.plan)
		.slice(0, GLANCE_MAX_INDICATORS);
	const officials = page.officials
		.map((o) => ({ name: o.ref.name, path: o.ref.path, count: o.appearances.length }))
		.sort((a, b) => b.count - a.count);
	return { rows, briefings: page.briefings.length, roundUps: page.alsoIn.length, officials };
}
