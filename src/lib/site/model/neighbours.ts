/**
 * A briefing's neighbours in time: the briefings just before and after it in its district, its
 * province and the whole site.
 */
import { groupBy } from './order.ts';
import type { Briefing, Neighbours, SameMonth } from './types.ts';

export type NeighbourFinder = (b: Briefing) => { district: Neighbours; province: Neighbours; all: Neighbours };

/** The neighbours of any briefing among the dated ones (`chrono`, oldest first); positions are indexed on first use. */
export function neighbourFinder(chrono: readonly Briefing[]): NeighbourFinder {
	const position = new Map<string, Map<Briefing, number>>();
	const neighboursIn = (scope: string, list: readonly Briefing[], b: Briefing): Neighbours => {
		let index = position.get(scope);
		if (!index) {
			index = new Map(list.map((x, i) => [x, i]));
			position.set(scope, index);
		}
		const i = index.get(b);
		return i === undefined ? { prev: null, next: null } : { prev: list[i - 1] ?? null, next: list[i + 1] ?? null };
	};
	const chronoByDistrict = groupBy(chrono, (b) => b.district?.code ?? null);
	const chronoByProvince = groupBy(chrono, (b) => b.province?.code ?? null);
	return (b) => ({
		district: b.district
			? neighboursIn(`d:${b.district.code}`, chronoByDistrict.get(b.district.code) ?? [], b)
			: { prev: null, next: null },
		province: b.province
			? neighboursIn(`p:${b.province.code}`, chronoByProvince.get(b.province.code) ?? [], b)
			: { prev: null, next: null },
		all: neighboursIn('all', chrono, b),
	});
}

/**
 * How many of a month's other briefings a briefing's page lists: a bounded list keeps the page's
 * size and its incremental-build key independent of how large the month grows (the month's page
 * lists them all).
 */
export const SAME_MONTH_NEAREST = 8;

/**
 * The briefings of `month` (date order) nearest to `b`: up to half of `n` on each side, more on
 * one side when the other runs out, in date order, `b` left out.
 */
export function nearestInMonth(month: readonly Briefing[], b: Briefing, n = SAME_MONTH_NEAREST): SameMonth {
	const i = month.indexOf(b);
	if (i < 0) return { briefings: [], more: false };
	const others = month.length - 1;
	const before = Math.min(i, Math.max(Math.floor(n / 2), n - (month.length - 1 - i)));
	const after = Math.min(month.length - 1 - i, n - before);
	const briefings = [...month.slice(i - before, i), ...month.slice(i + 1, i + 1 + after)];
	return { briefings, more: briefings.length < others };
}
