/**
 * Calendar helpers for Vietnam's zone, Asia/Ho_Chi_Minh (UTC+7 all year, no daylight saving).
 */

/** True when year-month-day is a day of the Gregorian calendar. */
export function isRealDay(year: number, month: number, day: number): boolean {
	if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
	if (month < 1 || month > 12 || day < 1) return false;
	return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2024-11-19" for 19 November 2024. */
export function isoDate(year: number, month: number, day: number): string {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Vietnam's offset from UTC: seven hours all year, no daylight saving since 1975. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The calendar day in Vietnam of an instant ("2024-11-19" for 2024-11-18T17:30:00Z). */
export function vietnamDay(instant: Date): string {
	// Plain arithmetic: an Intl formatter per call costs more than the rest of date extraction.
	const local = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
	return isoDate(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}

/** Year, month and day of an ISO date string, or null for anything else. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) return null;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	return isRealDay(year, month, day) ? { year, month, day } : null;
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** The Vietnamese weekday of an ISO date ("Thứ Ba" for 2024-11-19). */
export function vietnameseWeekday(iso: string): string {
	const d = parseIsoDate(iso);
	if (!d) return '';
	return WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()] ?? '';
}

/** A date as Vietnamese readers write it, with the weekday: "Thứ Ba, 19/11/2024". */
export function formatVietnameseDate(iso: string, withWeekday = true): string {
	const d = parseIsoDate(iso);
	if (!d) return iso;
	const day = `${d.day}/${d.month}/${d.year}`;
	return withWeekday ? `${vietnameseWeekday(iso)}, ${day}` : day;
}

/** "tháng 11/2024" for a YYYY-MM key. */
export function formatVietnameseMonth(yearMonth: string): string {
	const [y, m] = yearMonth.split('-');
	return `tháng ${Number(m)}/${y}`;
}
