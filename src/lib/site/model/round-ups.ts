/**
 * A round-up's rankings: an article that gives one indicator for several districts of a
 * province ("giải ngân vốn đầu tư công: Hoài Ân 41,38%, Phù Cát 26,32%…") ranks them. Each
 * measure the article gives for two districts or more becomes a ranking, largest first, with
 * the article's own figure for the whole (the province's, given without a district) as its
 * reference.
 */
import type { Indicator } from '../../../schemas/briefing.ts';
import { isThreshold } from '../../format/indicators.ts';
import { FIELDS, measureId, rankedBy, unitOf } from './indicator-series.ts';
import type { Briefing, DistrictRef, IndicatorField, Measure } from './types.ts';

/** One district's figure in a round-up's ranking. */
export interface RoundUpRow {
	readonly rank: number;
	/** The district as the article names it. */
	readonly name: string;
	/** Its page, when the name is one of the briefing's districts. */
	readonly district: DistrictRef | null;
	readonly value: number;
	readonly hedge?: string;
	readonly indicator: Indicator;
}

/** One measure of one indicator, ranked across the districts a round-up gives it for. */
export interface RoundUpRanking extends Measure {
	/** Largest first; equal values share a rank. */
	readonly rows: readonly RoundUpRow[];
	/** The figure the article gives for the whole province (no district named), if any. */
	readonly whole: { readonly value: number; readonly hedge?: string; readonly indicator: Indicator } | null;
}

/** The rankings of a briefing: one per measure it gives for two districts or more (none for most briefings). */
export function roundUpRankings(b: Briefing): RoundUpRanking[] {
	const groups = new Map<string, { field: IndicatorField; rows: Omit<RoundUpRow, 'rank'>[] }>();
	for (const i of b.entry.indicators) {
		if (!i.district || i.key === 'other') continue;
		for (const field of FIELDS) {
			const value = i[field];
			const hedge = i.hedges?.[field];
			// A threshold is no result: it is never ranked beside results.
			if (value === undefined || isThreshold(hedge)) continue;
			const g = groups.get(measureId(i, field)) ?? { field, rows: [] };
			// The first figure the article gives a district counts, as in the district's history.
			if (g.rows.some((r) => r.name === i.district)) continue;
			g.rows.push({
				name: i.district,
				district: b.districts.find((d) => d.name === i.district) ?? null,
				value,
				...(hedge ? { hedge } : {}),
				indicator: i,
			});
			groups.set(measureId(i, field), g);
		}
	}
	const out: RoundUpRanking[] = [];
	for (const [id, { field, rows }] of groups) {
		if (rows.length < 2) continue;
		const first = rows[0] as Omit<RoundUpRow, 'rank'>;
		const whole = b.entry.indicators.find((i) => !i.district && i[field] !== undefined && measureId(i, field) === id);
		const wholeValue = whole?.[field];
		const wholeHedge = whole?.hedges?.[field];
		out.push({
			id,
			key: first.indicator.key,
			label: first.indicator.label,
			field,
			unit: unitOf(first.indicator, field),
			rows: rankedBy(rows, (r) => r.value),
			whole:
				whole && wholeValue !== undefined && !isThreshold(wholeHedge)
					? { value: wholeValue, ...(wholeHedge ? { hedge: wholeHedge } : {}), indicator: whole }
					: null,
		});
	}
	return out;
}
