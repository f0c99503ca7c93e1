/**
 * When a figure is about, as charts and table heads say it: the period the briefing reports
 * ("9 tháng 2023"), its day, and the day that places it on a time axis (the period's end, or
 * the briefing's day when it names no period). Undated briefings are named by their short
 * title, so no two heads or links read the same.
 */
import { formatShortDate, periodEnd, periodHeading } from '../../format/dates.ts';
import { shortTitle } from '../../format/text.ts';
import type { Briefing } from '../model/types.ts';

/** How far an undated briefing's title is cut, longer each time two still read alike. */
const TITLE_CUTS = [40, 64, Number.POSITIVE_INFINITY];

/** A briefing's column head: the period reported, and the day (or, undated, the short title) under it. */
export interface ColumnHead {
	/** "9 tháng 2023"; "Không nêu kỳ" when the briefing names no period. */
	readonly period: string;
	/** "29/09/2023", or the short title of an undated briefing. */
	readonly sub: string;
}

/** The period a briefing reports as a heading, or null. */
export function periodOf(b: Briefing): string | null {
	return b.entry.period ? periodHeading(b.entry.period) : null;
}

/** The day on a time axis a briefing's figures are about: its period's end, else its own day; null when neither is known. */
export function timeOf(b: Briefing): string | null {
	return b.entry.period ? periodEnd(b.entry.period) : b.entry.date;
}

/** The words a link to a briefing shows among others: its day, or its short title when undated. */
export function briefingLinkText(b: Briefing): string {
	return b.entry.date ? formatShortDate(b.entry.date) : shortTitle(b.entry.title, TITLE_CUTS[0]);
}

/**
 * The words of links to several briefings side by side, never two alike for two briefings (a
 * briefing listed twice reads the same both times): each one's day (its short title when
 * undated, cut longer where two short titles read alike); briefings of the same day also carry
 * their short title, and briefings still alike their place among them.
 */
export function linkTexts(briefings: readonly Briefing[]): string[] {
	const unique = [...new Set(briefings)];
	let days = unique.map(briefingLinkText);
	for (const max of TITLE_CUTS.slice(1)) {
		const cut = days;
		const counts = countsOf(cut);
		days = unique.map((b, i) => {
			const t = cut[i] as string;
			return !b.entry.date && (counts.get(t) ?? 0) > 1 ? shortTitle(b.entry.title, max) : t;
		});
	}
	const dayCounts = countsOf(days);
	const titled = days.map((t, i) => {
		const b = unique[i] as Briefing;
		return (dayCounts.get(t) ?? 0) > 1 && b.entry.date ? `${t} · ${shortTitle(b.entry.title, 24)}` : t;
	});
	const titledCounts = countsOf(titled);
	const texts = new Map(
		unique.map((b, i) => {
			const t = titled[i] as string;
			return [b, (titledCounts.get(t) ?? 0) > 1 ? `${t} (${i + 1})` : t];
		}),
	);
	return briefings.map((b) => texts.get(b) as string);
}

// How many times each text is in a list, counted once for the list: a ranking across the
// country links to hundreds of briefings, and a count per text walked the list for each.
function countsOf(list: readonly string[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const t of list) counts.set(t, (counts.get(t) ?? 0) + 1);
	return counts;
}

/** The heads of a history table's columns, one per briefing, never two alike: the period over the link text (see linkTexts). */
export function columnHeads(columns: readonly Briefing[]): ColumnHead[] {
	const subs = linkTexts(columns);
	return columns.map((b, i) => ({ period: periodOf(b) ?? 'Không nêu kỳ', sub: subs[i] as string }));
}

/** The distinct periods of some briefings, in first-seen order ("Không nêu kỳ" for none): more than one means a mixed comparison. */
export function periodsOf(briefings: readonly Briefing[]): string[] {
	return [...new Set(briefings.map((b) => periodOf(b) ?? 'Không nêu kỳ'))];
}
