/**
 * The order in which Astro renders the briefing pages (`bai-viet/<id>/index.html`) in a build:
 * shard by shard (src/lib/site/search/shards.ts), so that the pages of shard 0 are all written
 * after about an eighth of them at 8 shards, shard 1's after a quarter, and so on, and
 * `npm run build` can index each shard for search as soon as its pages are written
 * (src/lib/site/search/shards-written.ts), instead of once they all are. Within a shard the pages
 * keep the order they are given in; a copy's page (its redirect to the briefing it repeats) goes
 * with the shard of its own id, as the index would put it if it were a briefing.
 *
 * The order of a route's pages changes no output: each page is rendered alone, the sitemap sorts
 * its addresses, and the search index sorts each shard's briefings by id.
 */
import { shardOf } from './shards.ts';

/**
 * What Astro's process tells the build script about the order of the briefing pages: how many
 * shards they were ordered for, and how many pages (copies' included) each shard's run holds, in
 * shard order.
 */
export interface ShardPlan {
	readonly shards: number;
	readonly pages: readonly number[];
}

/** `items` grouped by the shard of their id among `shards`, shard 0 first, each group in the order given. */
export function inShardOrder<T>(items: readonly T[], idOf: (item: T) => string, shards: number): T[] {
	const groups = Array.from({ length: shards }, () => [] as T[]);
	for (const item of items) groups[shardOf(idOf(item), shards)]?.push(item);
	return groups.flat();
}

/** The plan of the pages `ids` among `shards`: pages per shard. */
export function shardPlan(ids: readonly string[], shards: number): ShardPlan {
	const pages = Array.from({ length: shards }, () => 0);
	for (const id of ids) {
		const k = shardOf(id, shards);
		pages[k] = (pages[k] ?? 0) + 1;
	}
	return { shards, pages };
}

/** The plan in `json` when it is one (a whole number of shards, a count of pages for each), else null. */
export function readShardPlan(json: string): ShardPlan | null {
	let value: unknown;
	try {
		value = JSON.parse(json);
	} catch {
		return null;
	}
	if (typeof value !== 'object' || value === null) return null;
	const { shards, pages } = value as { shards?: unknown; pages?: unknown };
	if (!Number.isInteger(shards) || (shards as number) < 1 || !Array.isArray(pages)) return null;
	if (pages.length !== shards || !pages.every((n) => Number.isInteger(n) && n >= 0)) return null;
	return { shards: shards as number, pages: pages as number[] };
}
