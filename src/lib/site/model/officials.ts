/**
 * The officials' pages: for each official, the titles held over time, every appearance, the
 * officials seen with them and the districts they went to or spoke about.
 */
import { matchKey } from '../../text/fold.ts';
import { dateSpan } from './archive.ts';
import { chronological, collator, countBy } from './order.ts';
import type { Appearance, Briefing, OfficialPage, OfficialRef, ProvinceRef, SiteModel } from './types.ts';

/** The page of every official of `refs`, by Vietnamese collation of the name. */
export function buildOfficials(briefings: readonly Briefing[], refs: ReadonlyMap<string, OfficialRef>): OfficialPage[] {
	const appearances = new Map<string, Appearance[]>();
	const companions = new Map<string, OfficialRef[]>();
	for (const b of [...briefings].sort(chronological)) {
		const present = [...new Map(b.officials.flatMap((o) => (o.ref ? [[o.ref.key, o] as const] : []))).values()];
		for (const o of present) {
			const ref = o.ref as OfficialRef;
			const list = appearances.get(ref.key) ?? [];
			list.push({ briefing: b, title: o.title, role: o.role, level: o.level });
			appearances.set(ref.key, list);
			const others = companions.get(ref.key) ?? [];
			for (const other of present) if (other !== o) others.push(other.ref as OfficialRef);
			companions.set(ref.key, others);
		}
	}
	const pages: OfficialPage[] = [];
	for (const [key, ref] of refs) {
		const oldest = appearances.get(key) ?? [];
		const titles: { title: string; first: string | null; last: string | null }[] = [];
		for (const a of oldest) {
			if (!a.title) continue;
			const t = titles.find((x) => matchKey(x.title) === matchKey(a.title));
			if (t) t.last = a.briefing.entry.date ?? t.last;
			else titles.push({ title: a.title, first: a.briefing.entry.date, last: a.briefing.entry.date });
		}
		pages.push({
			ref,
			titles,
			appearances: [...oldest].reverse(),
			dates: dateSpan(oldest.map((a) => a.briefing)),
			companions: [...countBy(companions.get(key) ?? [], (r) => r.key).values()]
				.map(({ item, count }) => ({ ref: item, count }))
				.sort((a, b) => b.count - a.count || collator.compare(a.ref.name, b.ref.name)),
			districts: [
				...countBy(
					oldest.flatMap((a) => a.briefing.districts),
					(d) => d.code,
				).values(),
			]
				.map(({ item, count }) => ({ ref: item, count }))
				.sort((a, b) => b.count - a.count || collator.compare(a.ref.name, b.ref.name)),
		});
	}
	return pages.sort(byName);
}

/**
 * How many officials the officials' directory lists under a province that has more: the most
 * named, its page listing them all. A directory of every official grew with the archive (1.5 MB
 * of HTML for 7,858 officials at 10,000 generated articles, 0.4 MB at 2,000).
 */
export const DIRECTORY_PER_PROVINCE = 20;

/** A province in the officials' directory. */
export interface DirectoryGroup {
	readonly province: ProvinceRef;
	/**
	 * All the province's officials by name when they are `perProvince` or fewer; else its
	 * `perProvince` most named, the most briefings first.
	 */
	readonly officials: readonly OfficialPage[];
	/** How many officials the province has. */
	readonly count: number;
}

/** The officials' directory: each province of `index` with its officials, or its most named (`DirectoryGroup`). */
export function officialDirectory(
	index: SiteModel['officialIndex'],
	perProvince = DIRECTORY_PER_PROVINCE,
): DirectoryGroup[] {
	return index.map(({ province, officials }) => ({
		province,
		count: officials.length,
		officials: mostNamed(officials, perProvince),
	}));
}

/**
 * `officials` (in name order) when they are `most` or fewer; else the `most` named in the most
 * briefings, the most first (then by name).
 */
export function mostNamed(officials: readonly OfficialPage[], most: number): readonly OfficialPage[] {
	if (officials.length <= most) return officials;
	return [...officials].sort((a, b) => b.appearances.length - a.appearances.length || byName(a, b)).slice(0, most);
}

/** The order of `buildOfficials`: by Vietnamese collation of the name, then by key. */
function byName(a: OfficialPage, b: OfficialPage): number {
	return collator.compare(a.ref.name, b.ref.name) || a.ref.key.localeCompare(b.ref.key);
}
