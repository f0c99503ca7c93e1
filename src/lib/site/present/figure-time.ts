/**
 * When a figure is about, as charts and table heads say it: the period the briefing reports
 * ("9 tháng 2023"), its day, and the day that places it on a time axis (the period's end, or
 * the briefing's day when it names no period). Undated briefings are named by their short
 * title, so no two heads or links read the same.
 */
import { formatShortDate, periodEnd, periodHeading } from '../../format/dates.ts';
import { shortTitle } from '../../format/text.ts';
import type { Briefing } from '../model/types.ts';

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
	return b.entry.date ? formatShortDate(b.entry.date) : shortTitle(b.entry.title);
}

/**
 * The heads of a history table's columns, one per briefing, never two alike: period over day;
 * two briefings of the same period and day (or undated ones of the same short title) also
 * carry their short title, then their place among the columns.
 */
export function columnHeads(columns: readonly Briefing[]): ColumnHead[] {
	const heads = columns.map((b) => ({ period: periodOf(b) ?? 'Không nêu kỳ', sub: briefingLinkText(b) }));
	const key = (h: ColumnHead) => `${h.period}\n${h.sub}`;
	const count = (hs: readonly ColumnHead[], h: ColumnHead) => hs.filter((o) => key(o) === key(h)).length;
	const titled = heads.map((h, i) => {
		const b = columns[i] as Briefing;
		return count(heads, h) > 1 && b.entry.date ? { ...h, sub: `${h.sub} · ${shortTitle(b.entry.title, 24)}` } : h;
	});
	return titled.map((h, i) => (count(titled, h) > 1 ? { ...h, sub: `${h.sub} (${i + 1})` } : h));
}

/** The distinct periods of some briefings, in first-seen order ("Không nêu kỳ" for none): more than one means a mixed comparison. */
export function periodsOf(briefings: readonly Briefing[]): string[] {
	return [...new Set(briefings.map((b) => periodOf(b) ?? 'Không nêu kỳ'))];
}
