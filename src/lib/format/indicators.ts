/**
 * Indicator figures as tables and charts write them: names of indicators and of their
 * measures, one figure with its hedge and unit.
 */
import type { IndicatorKey } from '../../schemas/briefing.ts';
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
 * One figure as a table cell says it: the hedge, the number, "/whole" for counts, and the unit
 * ("gần 1.630 tỷ đồng", "16/33", "105%", "+6%").
 */
export function formatFigure(
	field: IndicatorField,
	point: { readonly value: number; readonly qualifier?: string | undefined; readonly of?: number | undefined },
	unit: string,
): string {
	if (field === 'change') return withUnit(formatSigned(point.value), unit);
	if (field !== 'value') return withUnit(formatNumber(point.value), '%');
	const n =
		point.of !== undefined ? `${formatNumber(point.value)}/${formatNumber(point.of)}` : formatNumber(point.value);
	return [point.qualifier, withUnit(n, unit)].filter(Boolean).join(' ');
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
	const norm = (s: string) => s.toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
	return norm(label) === norm(INDICATOR_LABELS[key]) ? null : label;
}

/** The value a measure is judged against, drawn as a line on charts: the plan or the same period (100%). */
export function referenceOf(field: IndicatorField): number | undefined {
	return field === 'planPercent' || field === 'yoyPercent' ? 100 : undefined;
}
