/**
 * Results in date order from a sharded index (see shards.ts). Pagefind sorts the results of each
 * shard by their date, but scores them by their place in that shard's own order, so its merged
 * list interleaves the shards by rank, not by date. The search page instead searches each shard
 * on its own and merges the lists here by their keys, lazily: a key costs the reader a request
 * (a result's data), so only the heads of the lists and the results shown are ever read.
 */

/** A list being merged: how many results in all, and the next ones in order. */
export interface MergedResults<T> {
	readonly count: number;
	/** The next `n` results in order (fewer at the end). */
	next(n: number): Promise<T[]>;
}

/**
 * The lists (each already in `order` by `key`) merged into one in that order; results with the
 * same key keep the order of their lists (the first list's first), so a key that is unique (a
 * date and an address) gives one order whatever the lists. `key` is read once per result, and
 * only for a list's current head.
 */
export function mergeSorted<T>(
	lists: readonly (readonly T[])[],
	key: (item: T) => Promise<string>,
	order: 'asc' | 'desc',
): MergedResults<T> {
	const at = lists.map(() => 0);
	const keys = new Map<T, Promise<string>>();
	const keyOf = (item: T) => {
		let k = keys.get(item);
		if (!k) {
			k = key(item);
			keys.set(item, k);
		}
		return k;
	};
	const before = (a: string, b: string) => (order === 'asc' ? a < b : a > b);
	const take = async (): Promise<T | undefined> => {
		const heads = await Promise.all(
			lists.map(async (list, i) => {
				const item = list[at[i] ?? 0];
				return item === undefined ? null : { i, item, key: await keyOf(item) };
			}),
		);
		let best: { i: number; item: T; key: string } | null = null;
		for (const h of heads) if (h && (!best || before(h.key, best.key))) best = h;
		if (!best) return undefined;
		at[best.i] = (at[best.i] ?? 0) + 1;
		keys.delete(best.item);
		return best.item;
	};
	return {
		count: lists.reduce((n, list) => n + list.length, 0),
		async next(n) {
			const out: T[] = [];
			for (let i = 0; i < n; i++) {
				const item = await take();
				if (item === undefined) break;
				out.push(item);
			}
			return out;
		},
	};
}

/** A list already in order, as `MergedResults`. */
export function inOrder<T>(list: readonly T[]): MergedResults<T> {
	let at = 0;
	return {
		count: list.length,
		async next(n) {
			const out = list.slice(at, at + n);
			at += out.length;
			return out;
		},
	};
}
