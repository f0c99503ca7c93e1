/**
 * Days, spans, months and periods as Vietnamese readers write them, and days as HTML
 * `datetime` values. Dates are ISO strings of days in Vietnam ("2024-11-19"); none goes
 * through a Date in the reader's zone.
 *
 * Two month formats, each for its place: `monthHeading` ("Tháng 11", a month within its year's
 * list: the archive and the search page's menu) and `monthInSentence` ("tháng 11/2024", a month
 * named on its own: the briefing page, the month pager, page descriptions).
 *
 * One day format on every page: day and month with two digits, "05/03/2024" (`formatShortDate`,
 * tables and lists; `formatVietnameseDate` adds the weekday: "Thứ Ba, 05/03/2024"), as tables
 * need it to align; the pages' own text writes dates the same way ("01/07/2025").
 */
import type { Period } from '../../schemas/briefing.ts';
import { parseIsoDate } from '../dates/calendar.ts';
import { VIETNAM_UTC_OFFSET } from '../dates/vietnam-time.ts';

/** "19/11/2024" for "2024-11-19": two-digit day and month, as tables and lists align them. */
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

/** A timeline's group of one year, or of the undated briefings: "Năm 2024", "Chưa rõ ngày". */
export function yearGroupLabel(year: string | null): string {
	return year ? `Năm ${year}` : 'Chưa rõ ngày';
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** The Vietnamese weekday of an ISO date ("Thứ Ba" for 2024-11-19). */
export function vietnameseWeekday(iso: string): string {
	const d = parseIsoDate(iso);
	if (!d) return '';
	return WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()] ?? '';
}

/**
 * A date as Vietnamese readers write it, with the weekday: "Thứ Ba, 19/11/2024", "Thứ Ba,
 * 05/03/2024". Day and month are written with two digits, as `formatShortDate` writes them, so
 * that the site writes every date one way.
 */
export function formatVietnameseDate(iso: string, withWeekday = true): string {
	if (!parseIsoDate(iso)) return iso;
	const day = formatShortDate(iso);
	return withWeekday ? `${vietnameseWeekday(iso)}, ${day}` : day;
}

/** The month's number of a "2024-11" key: 11. */
export function monthNumber(yearMonth: string): number {
	return Number(yearMonth.slice(5, 7));
}

/** "Tháng 11" of "2024-11": a month within its year's list. */
export function monthHeading(yearMonth: string): string {
	return `Tháng ${monthNumber(yearMonth)}`;
}

/** "tháng 11/2024" of "2024-11": a month named on its own, inside a sentence. */
export function monthInSentence(yearMonth: string): string {
	return `tháng ${monthNumber(yearMonth)}/${yearMonth.slice(0, 4)}`;
}

/** The `datetime` of a day and optional dateline time, with Vietnam's offset: "2024-11-19T15:55+07:00". */
export function datetimeAttr(date: string, time: string | null): string {
	return time ? `${date}T${time}${VIETNAM_UTC_OFFSET}` : date;
}

/** The period reviewed as Vietnamese reports name it: "quý I/2024", "6 tháng đầu năm 2023", "9 tháng năm 2023", "năm 2024". */
export function formatPeriod(period: Period): string {
	if (period.months === 12) return `năm ${period.year}`;
	if (period.months === 3) return `quý I/${period.year}`;
	if (period.months === 6) return `6 tháng đầu năm ${period.year}`;
	return `${period.months} tháng năm ${period.year}`;
}

/** The period as a column heading: "Quý I/2024", "6 tháng 2023", "9 tháng 2023", "Năm 2024". */
export function periodHeading(period: Period): string {
	if (period.months === 12) return `Năm ${period.year}`;
	if (period.months === 3) return `Quý I/${period.year}`;
	return `${period.months} tháng ${period.year}`;
}

/** The last day of a period reviewed, ISO ("2023-09-30" for nine months of 2023): where it sits on a time axis. */
export function periodEnd(period: Period): string {
	const last = new Date(Date.UTC(period.year, period.months, 0)).getUTCDate();
	return `${period.year}-${String(period.months).padStart(2, '0')}-${last}`;
}
