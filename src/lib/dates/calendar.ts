/**
 * Calendar arithmetic on days in Vietnam's zone (src/lib/dates/vietnam-time.ts): real days, ISO
 * day strings, the day of an instant. How dates are written for readers is src/lib/format/dates.ts.
 */
import { VIETNAM_OFFSET_MS } from './vietnam-time.ts';

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

/** The ISO day before an ISO day ("2024-11-30" for "2024-12-01"). */
export function dayBefore(iso: string): string {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() - 1);
	return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
