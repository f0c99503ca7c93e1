/**
 * The districts' pages: each district's own briefings and the round-ups that mention it, the
 * officials who came, and its indicator history.
 */
import { districtByCode } from '../../places/gazetteer.ts';
import { dateSpan, timeline } from './archive.ts';
import { indicatorSeries } from './indicator-series.ts';
import { collator, groupBy, newestFirst } from './order.ts';
import { districtRef } from './refs.ts';
import type { Appearance, Briefing, DistrictPage, DistrictRef, OfficialRef } from './types.ts';

/** The page of every district with a briefing of its own or a mention in a round-up, by province then name. */
export function buildDistricts(briefings: readonly Briefing[]): DistrictPage[] {
	const main = groupBy(
		briefings.filter((b) => b.district),
		(b) => (b.district as DistrictRef).code,
	);
	const mentioned = new Map<string, Briefing[]>();
	for (const b of briefings) {
		for (const d of b.districts) {
			if (d.code === b.district?.code) continue;
			const list = mentioned.get(d.code) ?? [];
			list.push(b);
			mentioned.set(d.code, list);
		}
	}
	const pages: DistrictPage[] = [];
	for (const code of new Set([...main.keys(), ...mentioned.keys()])) {
		const d = districtByCode(code);
		if (!d) continue;
		const own = (main.get(code) ?? []).sort(newestFirst);
		const appearances = new Map<string, { ref: OfficialRef; appearances: Appearance[] }>();
		for (const b of own) {
			for (const o of b.officials) {
				if (!o.ref) continue;
				const a = appearances.get(o.ref.key) ?? { ref: o.ref, appearances: [] };
				if (a.appearances.at(-1)?.briefing !== b) {
					a.appearances.push({ briefing: b, title: o.title, role: o.role, level: o.level });
				}
				appearances.set(o.ref.key, a);
			}
		}
		const alsoIn = (mentioned.get(code) ?? []).sort(newestFirst);
		// A figure is the district's when the article is about it and names no other district
		// for it, or when a round-up gives it for this district.
		const history = indicatorSeries([...own, ...alsoIn], (b, i) =>
			i.district ? i.district === d.name && b.province?.code === d.provinceCode : b.district?.code === code,
		);
		pages.push({
			ref: districtRef(d),
			briefings: own,
			timeline: timeline(own),
			dates: dateSpan(own),
			alsoIn,
			officials: [...appearances.values()].sort(
				(a, b) => b.appearances.length - a.appearances.length || collator.compare(a.ref.name, b.ref.name),
			),
			history,
		});
	}
	return pages.sort(
		(a, b) => collator.compare(a.ref.province.name, b.ref.province.name) || collator.compare(a.ref.name, b.ref.name),
	);
}
