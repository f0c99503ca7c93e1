/**
 * How the site writes its facts for readers: periods, indicator figures with their units and
 * hedges, signed changes, and dates as HTML `datetime` values. Numbers follow vi-VN ("1.401,351").
 */
import type { IndicatorKey } from '../../../schemas/briefing.ts';
import { formatNumber, INDICATOR_LABELS } from '../../labels.ts';
import type { Briefing, IndicatorField } from '../model/types.ts';

/** The name a table gives an indicator: the project's name for a known key, the article's wording (capitalised) for "other". */
export function indicatorName(key: IndicatorKey, label: string): string {
	if (key !== 'other') return INDICATOR_LABELS[key];
	const l = label.trim();
	return l.charAt(0).toLocaleUpperCase('vi') + l.slice(1);
}

/** What a measure is, as a column heading or a chart subtitle. */
export const FIELD_LABELS: Readonly<Record<IndicatorField, string>> = {
	value: 'Kết quả',
	planPercent: 'So với kế hoạch',
	yoyPercent: 'So với cùng kỳ',
	change: 'Tăng, giảm',
};

/** A number followed by its unit: "527,3 ha", "56,4%", "217" (no unit). */
export function withUnit(text: string, unit: string): string {
	if (!unit) return text;
	return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

/** "+6", "−1.200" (a true minus sign), "0". */
export function formatSigned(n: number): string {
	if (n === 0) return '0';
	return `${n > 0 ? '+' : '−'}${formatNumber(Math.abs(n))}`;
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

/** The `datetime` of a day and optional dateline time, with Vietnam's offset: "2024-11-19T15:55+07:00". */
export function datetimeAttr(date: string, time: string | null): string {
	return time ? `${date}T${time}+07:00` : date;
}

/** "19/11/2024" for "2024-11-19". */
export function formatShortDate(iso: string): string {
	const [y, m, d] = iso.split('-');
	return `${d}/${m}/${y}`;
}

/** A span of days: "13/06/2023 – 19/11/2024", or the one day when both ends are the same. */
export function formatSpan(span: { readonly first: string; readonly last: string } | null): string {
	if (!span) return 'Chưa rõ ngày';
	return span.first === span.last
		? formatShortDate(span.first)
		: `${formatShortDate(span.first)} – ${formatShortDate(span.last)}`;
}

/** A full place name inside a sentence: "Huyện Nậm Pồ" → "huyện Nậm Pồ", "Tỉnh Điện Biên" → "tỉnh Điện Biên". */
export function inSentence(fullName: string): string {
	return fullName.charAt(0).toLocaleLowerCase('vi') + fullName.slice(1);
}

/** "Tháng 11" of "2024-11" (the month's name in a year's list). */
export function monthName(yearMonth: string): string {
	return `Tháng ${Number(yearMonth.slice(5, 7))}`;
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

/** The parts that are present, joined with a middle dot: dotJoin(['Hội nghị', null, 'năm 2024']) → "Hội nghị · năm 2024". */
export function dotJoin(parts: readonly (string | null | undefined | false)[]): string {
	return parts.filter((p): p is string => Boolean(p)).join(' · ');
}

/**
 * Where a briefing is, as a list line says it: "Huyện Nậm Pồ, Điện Biên" (`full`), "Huyện
 * Nậm Pồ" (`district`, inside a province's list), nothing (`none`, on the district's own page).
 * A round-up names how many districts it covers.
 */
export function placeLabel(
	b: Pick<Briefing, 'district' | 'districts' | 'province'>,
	place: 'none' | 'district' | 'full',
): string | null {
	if (place === 'none') return null;
	const district = b.district?.fullName ?? (b.districts.length > 1 ? `${b.districts.length} huyện` : null);
	if (place === 'district') return district;
	return [district, b.province?.name].filter(Boolean).join(', ') || null;
}
