/**
 * The days an article's event may fall on: no earlier than {@link EARLIEST_DATE} (before the
 * online local press these articles come from) and no later than tomorrow in Vietnam (an event
 * is reported after it happens; a day of slack for clocks and time zones). A date outside is a
 * typo or garbage ("9999-01-01", "0024-11-19"), refused rather than shown first in every feed.
 */
import { vietnamDay } from './calendar.ts';

export const EARLIEST_DATE = '1990-01-01';

/** The latest plausible day at `now`: tomorrow in Vietnam, as YYYY-MM-DD. */
export function latestDate(now: Date = new Date()): string {
	return vietnamDay(new Date(now.getTime() + 86_400_000));
}

/** The plausible range at `now`, its latest day computed once for several checks. */
export interface DateRange {
	readonly earliest: string;
	readonly latest: string;
	/** True when the ISO day `iso` lies within the range. */
	holds(iso: string): boolean;
}

/** The plausible range at `now`. */
export function plausibleRange(now: Date = new Date()): DateRange {
	const latest = latestDate(now);
	return { earliest: EARLIEST_DATE, latest, holds: (iso) => iso >= EARLIEST_DATE && iso <= latest };
}

/** True when the ISO day `iso` lies within the plausible range at `now`. */
export function isPlausibleDate(iso: string, now: Date = new Date()): boolean {
	return plausibleRange(now).holds(iso);
}
