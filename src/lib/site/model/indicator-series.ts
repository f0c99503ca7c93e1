/**
 * Indicator figures across briefings: series (one measure of one indicator over time), the
 * history table of a district, and districts compared on the same measure.
 */
import { INDICATOR_KEYS, type Indicator, type IndicatorKey } from '../../../schemas/briefing.ts';
import { isThreshold } from '../../format/indicators.ts';
import { matchKey } from '../../text/fold.ts';
import { chronological, collator } from './order.ts';
import type {
	Briefing,
	Comparison,
	DistrictCoverage,
	DistrictPage,
	DistrictRef,
	HistoryTable,
	IndicatorField,
	IndicatorPoint,
	IndicatorSeries,
	Measure,
} from './types.ts';

/** The measures an indicator object may carry, in the order tables show them. */
export const FIELDS: readonly IndicatorField[] = ['value', 'planPercent', 'yoyPercent', 'change'];

/** Unit of one measure of an indicator: the value's unit, the change's unit, or "%". */
export function unitOf(i: Indicator, field: IndicatorField): string {
	if (field === 'value') return i.unit ?? '';
	if (field === 'change') return i.changeUnit ?? '';
	return '%';
}

// The spellings of one scale word: "tỉ" and "tỷ", "ngàn" and "nghìn" ("235 tỉ đồng" is in the
// unit of "240 tỷ đồng"; the North writes one, the South and some papers the other).
const TI = /(?<![\p{L}\p{M}])tỉ(?![\p{L}\p{M}])/gu;
const NGAN = /(?<![\p{L}\p{M}])ngàn(?![\p{L}\p{M}])/gu;

/**
 * The identity of one measure of an indicator across briefings: "budget-revenue|planPercent|%";
 * an "other" indicator by its wording ("other:san luong che|value|tấn"). A unit's spellings are
 * one unit ("tỉ đồng" is "tỷ đồng"); its scales stay apart ("triệu đồng" is not "tỷ đồng").
 */
export function measureId(i: Indicator, field: IndicatorField): string {
	const subject = i.key === 'other' ? `other:${matchKey(i.label)}` : i.key;
	return `${subject}|${field}|${unitKey(unitOf(i, field))}`;
}

/** A unit with its scale word spelled one way ("tỉ đồng" → "tỷ đồng"); most units hold neither spelling. */
function unitKey(unit: string): string {
	return unit.includes('tỉ') || unit.includes('ngàn') ? unit.replace(TI, 'tỷ').replace(NGAN, 'nghìn') : unit;
}

function pointOf(b: Briefing, i: Indicator, field: IndicatorField, value: number): IndicatorPoint {
	return {
		briefing: b,
		value,
		...(i.hedges?.[field] ? { hedge: i.hedges[field] } : {}),
		...(field === 'value' && i.of !== undefined ? { of: i.of } : {}),
		...(field === 'planPercent' && i.planBasis ? { basis: i.planBasis } : {}),
		...(i.sentence ? { sentence: i.sentence } : {}),
	};
}

/**
 * Rows of an indicator table from briefings: one per indicator, measure and unit ("other"
 * indicators by their wording), points oldest first. A briefing gives at most one point per
 * row: the first figure the article gives. `about` picks the figures that count (a district's
 * table takes a round-up's figures about that district only).
 */
export function indicatorSeries(
	briefings: readonly Briefing[],
	about: (b: Briefing, i: Indicator) => boolean = () => true,
): IndicatorSeries[] {
	const rows = new Map<string, Omit<IndicatorSeries, 'id' | 'points'> & { points: IndicatorPoint[] }>();
	for (const b of [...briefings].sort(chronological)) {
		const seen = new Set<string>();
		for (const i of b.entry.indicators) {
			if (!about(b, i)) continue;
			for (const field of FIELDS) {
				const value = i[field];
				if (value === undefined) continue;
				const unit = unitOf(i, field);
				const id = measureId(i, field);
				if (seen.has(id)) continue;
				seen.add(id);
				const row = rows.get(id) ?? { key: i.key, label: i.label, field, unit, points: [] };
				row.points.push(pointOf(b, i, field, value));
				rows.set(id, row);
			}
		}
	}
	// Made whole, not spread: an object spread keeps its properties out of the object, one more
	// object a series for the rendering to keep and the collector to walk.
	return [...rows.entries()].map(([id, r]) => ({
		id,
		key: r.key,
		label: r.label,
		field: r.field,
		unit: r.unit,
		points: r.points,
	}));
}

/** The series as a table: a column per briefing with any figure (oldest first), a cell per series and column. */
export function historyTable(series: readonly IndicatorSeries[]): HistoryTable {
	const columns = [...new Set(series.flatMap((s) => s.points.map((p) => p.briefing)))].sort(chronological);
	return {
		columns,
		trend: series.some((s) => s.points.length > 1),
		rows: series.map((s) => ({
			series: s,
			cells: columns.map((c) => s.points.find((p) => p.briefing === c) ?? null),
		})),
	};
}

/**
 * Districts ranked on each measure of a known indicator: the latest dated result of each
 * district (its only one when none is dated; a threshold is no result), largest first, equal
 * values sharing a rank. Every measure some district reported, the most widely reported first, then
 * in the indicators' table order (`inTableOrder`).
 */
export function rankDistricts(pages: readonly DistrictPage[]): Comparison[] {
	const byMeasure = new Map<
		string,
		Omit<Comparison, 'rows'> & { rows: { district: DistrictRef; point: IndicatorPoint }[] }
	>();
	for (const page of pages) {
		for (const series of page.history) {
			if (series.key === 'other') continue;
			// A threshold ("từ 70% trở lên") is no result: it is never a bar beside results.
			const results = series.points.filter((p) => !isThreshold(p.hedge));
			const latest = results.findLast((p) => p.briefing.entry.date) ?? results.at(-1);
			if (!latest) continue;
			const cmp = byMeasure.get(series.id) ?? {
				id: series.id,
				key: series.key,
				label: series.label,
				field: series.field,
				unit: series.unit,
				rows: [],
			};
			cmp.rows.push({ district: page.ref, point: latest });
			byMeasure.set(series.id, cmp);
		}
	}
	return [...byMeasure.values()]
		.map((c) => ({
			id: c.id,
			key: c.key,
			label: c.label,
			field: c.field,
			unit: c.unit,
			rows: rankedBy(
				c.rows,
				(r) => r.point.value,
				(rank, r) => ({ rank, district: r.district, point: r.point }),
			),
		}))
		.sort((a, b) => b.rows.length - a.rows.length || inTableOrder(a, b));
}

const KEY_ORDER: ReadonlyMap<IndicatorKey, number> = new Map(INDICATOR_KEYS.map((k, i) => [k, i]));

/** Measures as the indicators' tables list them: by indicator (INDICATOR_KEYS), measure (FIELDS), then unit. */
function inTableOrder(a: Measure, b: Measure): number {
	return (
		(KEY_ORDER.get(a.key) ?? 0) - (KEY_ORDER.get(b.key) ?? 0) ||
		FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field) ||
		collator.compare(a.unit, b.unit)
	);
}

/**
 * `rows` largest `value` first, each with its rank: 1 for the largest, equal values sharing one
 * ("1, 2, 2, 4"). Each ranked row is `withRank(rank, row)`, by default the row's properties after
 * `rank`.
 */
export function rankedBy<T, R = T & { rank: number }>(
	rows: readonly T[],
	value: (row: T) => number,
	withRank: (rank: number, row: T) => R = (rank, row) => ({ rank, ...row }) as R,
): R[] {
	const sorted = [...rows].sort((a, b) => value(b) - value(a));
	let rank = 0;
	return sorted.map((r, i) => {
		if (i === 0 || value(r) !== value(sorted[i - 1] as T)) rank = i + 1;
		return withRank(rank, r);
	});
}

/** Covered districts compared: the rankings (see rankDistricts) of measures two districts or more reported. */
export function compareDistricts(coverage: readonly DistrictCoverage[]): Comparison[] {
	const pages = coverage.flatMap((c) => (c.page ? [c.page] : []));
	return rankDistricts(pages).filter((c) => c.rows.length >= 2);
}

/** The measures that at least one of the indicators reports, in table order: the columns worth showing. */
export function usedFields(indicators: readonly Indicator[]): IndicatorField[] {
	return FIELDS.filter((f) => indicators.some((i) => i[f] !== undefined));
}
