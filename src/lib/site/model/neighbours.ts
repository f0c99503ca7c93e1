/**
 * A briefing's neighbours in time: the briefings just before and after it in its district, its
 * province and the whole site.
 */
import { groupBy } from './order.ts';
import type { Briefing, Neighbours } from './types.ts';

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
