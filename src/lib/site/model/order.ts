/**
 * Orderings and grouping shared by the site model: Vietnamese collation, date order of
 * briefings (undated ones last), and a stable group-by.
 */
import type { Briefing } from './types.ts';

/** Vietnamese collation, for every list of names. */
export const collator = new Intl.Collator('vi');

/** Oldest first: date, dateline time, id. Undated briefings sort after dated ones. */
export function chronological(a: Briefing, b: Briefing): number {
	const da = a.entry.date ?? '9999';
	const db = b.entry.date ?? '9999';
	return da.localeCompare(db) || (a.entry.time ?? '').localeCompare(b.entry.time ?? '') || a.id.localeCompare(b.id);
}

/** Newest first; undated briefings still last. */
export function newestFirst(a: Briefing, b: Briefing): number {
	if (!a.entry.date !== !b.entry.date) return a.entry.date ? -1 : 1;
	return -chronological(a, b);
}

/** Groups in first-seen order; each group keeps the list's order. */
export function groupBy<T, K>(list: readonly T[], key: (t: T) => K): Map<K, T[]> {
	const out = new Map<K, T[]>();
	for (const t of list) {
		const k = key(t);
		const bucket = out.get(k);
		if (bucket) bucket.push(t);
		else out.set(k, [t]);
	}
	return out;
}

/** Counts in first-seen order, each key with the first item that had it. */
export function countBy<T>(list: readonly T[], key: (t: T) => string): Map<string, { item: T; count: number }> {
	const out = new Map<string, { item: T; count: number }>();
	for (const t of list) {
		const k = key(t);
		const c = out.get(k);
		if (c) c.count++;
		else out.set(k, { item: t, count: 1 });
	}
	return out;
}
