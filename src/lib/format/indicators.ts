/**
 * Indicator figures as tables and charts write them: names of indicators and of their
 * measures, one figure with the hedge of its own measure and its unit.
 */
import { type IndicatorKey, THRESHOLD_HEDGES } from '../../schemas/briefing.ts';
import { INDICATOR_LABELS } from './enum-names.ts';
import { formatNumber, formatSigned, withUnit } from './numbers.ts';

/** The measures an indicator may carry: its value, % of plan, % of the same period, change. */
export type IndicatorField = 'value' | 'planPercent' | 'yoyPercent' | 'change';

/** What a measure is, as a column heading or a chart subtitle. */
export const FIELD_LABELS: Readonly<Record<IndicatorField, string>> = {
	value: 'Kết quả',
	planPercent: 'So với kế hoạch',
	yoyPercent: 'So với cùng kỳ',
	change: 'Tăng, giảm',
};

/** The name a table gives an indicator: the project's name for a known key, the article's wording (capitalised) for "other". */
export function indicatorName(key: IndicatorKey, label: string): string {
	if (key !== 'other') return INDICATOR_LABELS[key];
	const l = label.trim();
	return l.charAt(0).toLocaleUpperCase('vi') + l.slice(1);
}

/**
 * True when a hedge makes its figure a floor or ceiling to reach, not a result ("từ … trở lên",
 * "tối thiểu", "tối đa").
 */
export function isThreshold(hedge: string | undefined): boolean {
	return hedge !== undefined && THRESHOLD_HEDGES.includes(hedge);
}

/**
 * A figure with its hedge as the article writes it: "gần 1.630 tỷ đồng", "trên 105%"; a hedge
 * around the number ("từ … trở lên", "…" standing for it) goes around it: "từ 70% trở lên".
 */
export function withHedge(figure: string, hedge: string | undefined): string {
	if (!hedge) return figure;
	const at = hedge.indexOf('…');
	if (at < 0) return `${hedge} ${figure}`;
	return [hedge.slice(0, at).trim(), figure, hedge.slice(at + 1).trim()].filter(Boolean).join(' ');
}

/** One measure's figure as the reader is shown it: its number, the hedge of that measure, "/whole" of a count. */
export interface FigurePoint {
	readonly value: number;
	/** The hedge of this measure as written ("gần", "trên", "từ … trở lên"). */
	readonly hedge?: string | undefined;
	readonly of?: number | undefined;
}

/**
 * One figure as a table cell says it, with the hedge the article gives that measure: "gần 1.630
 * tỷ đồng", "16/33", "trên 105%", "+6%" (a hedged change says its direction in words: "tăng gần
 * 6%", "giảm hơn 3%"). A threshold is worded as one: "ngưỡng từ 70% trở lên".
 */
export function formatFigure(field: IndicatorField, point: FigurePoint, unit: string): string {
	const { value, hedge } = point;
	let text: string;
	if (field === 'change') {
		text = hedge
			? `${value < 0 ? 'giảm' : 'tăng'} ${withHedge(withUnit(formatNumber(Math.abs(value)), unit), hedge)}`
			: withUnit(formatSigned(value), unit);
	} else {
		const n =
			field === 'value' && point.of !== undefined
				? `${formatNumber(value)}/${formatNumber(point.of)}`
				: formatNumber(value);
		text = withHedge(withUnit(n, field === 'value' ? unit : '%'), hedge);
	}
	return isThreshold(hedge) ? `ngưỡng ${text}` : text;
}

/** The hedge of one measure of an indicator, from `hedges` (never version 1's `qualifier`). */
export function hedgeOf(
	i: { readonly hedges?: { readonly [M in IndicatorField]?: string | undefined } | undefined },
	field: IndicatorField,
): string | undefined {
	return i.hedges?.[field];
}

/** A measure's whole name: its indicator's, then the measure's ("Trồng rừng % kế hoạch", "Thu ngân sách (tỷ đồng)"). */
export function measureName(m: {
	readonly key: IndicatorKey;
	readonly label: string;
	readonly field: IndicatorField;
	readonly unit: string;
}): string {
	return `${indicatorName(m.key, m.label)} ${measureLabel(m.field, m.unit)}`.trim();
}

/** How a series' measure is named after its indicator: "(tỷ đồng)", "% kế hoạch", "tăng, giảm (tấn)". */
export function measureLabel(field: IndicatorField, unit: string): string {
	if (field === 'planPercent') return '% kế hoạch';
	if (field === 'yoyPercent') return '% cùng kỳ';
	if (field === 'change') return unit ? `tăng, giảm (${unit})` : 'tăng, giảm';
	return unit ? `(${unit})` : '';
}

/** The article's own wording of an indicator when it says more than the project's name, else null. */
export function articleWording(key: IndicatorKey, label: string): string | null {
	if (key === 'other') return null;
	return normLabel(label) === normLabel(INDICATOR_LABELS[key]) ? null : label;
}

// A label as compared, remembered: every briefing's table compares each of its indicators'
// labels, most of them the same few wordings, and lower-casing by locale costs microseconds.
const NORMS = new Map<string, string>();
const NORMS_MAX = 10_000;

function normLabel(label: string): string {
	let norm = NORMS.get(label);
	if (norm === undefined) {
		norm = label.toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
		if (NORMS.size >= NORMS_MAX) NORMS.clear();
		NORMS.set(label, norm);
	}
	return norm;
}

/** The value a measure is judged against, drawn as a line on charts: the plan or the same period (100%). */
export function referenceOf(field: IndicatorField): number | undefined {
	return field === 'planPercent' || field === 'yoyPercent' ? 100 : undefined;
}
