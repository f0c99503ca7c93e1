/**
 * How the search index is cut into shards (src/search-index.ts writes them, the search page
 * merges them): each shard is a Pagefind bundle of its own, in `pagefind/<k>/`, holding the
 * briefings whose id hashes to `k`. A change to one briefing re-indexes only its shard, and
 * Pagefind's memory is bounded by a shard, not the site.
 *
 * The number of shards is a function of the number of briefings only, so an incremental build
 * and a cold build of the same articles cut the same shards; it is a power of two, so it changes
 * only when the site doubles (or halves), not with every added article.
 */

/** Briefings a shard is meant to hold at most: a site of up to this many is one index. */
export const SHARD_PAGES = 1500;

/**
 * The most shards the search page merges: the reader loads two small files per shard before a
 * search (its entry and metadata) and one index chunk per shard and word; past this size shards
 * grow instead of multiplying (16 shards of 3,125 briefings at 50,000).
 */
export const MAX_SHARDS = 16;

/**
 * Shards for `count` briefings: the smallest power of two giving at most `shardPages` each
 * (`SHARD_PAGES` unless a test asks for smaller shards), at most `MAX_SHARDS`.
 */
export function shardCount(count: number, shardPages = SHARD_PAGES): number {
	let shards = 1;
	while (shards < MAX_SHARDS && shards * shardPages < count) shards *= 2;
	return shards;
}

/**
 * The shard size a build uses: `SEARCH_SHARD_PAGES` of its environment when it is a whole number
 * above 0 (the tests cut a small site into several shards with it), else `SHARD_PAGES`.
 */
export function shardPagesSetting(env: Readonly<Record<string, string | undefined>>): number {
	const n = Number(env.SEARCH_SHARD_PAGES);
	return Number.isInteger(n) && n > 0 ? n : SHARD_PAGES;
}

/** FNV-1a, 32 bits, of the UTF-16 code units of `text`: stable across builds, machines and releases. */
function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash;
}

/**
 * The shard of the briefing `id` among `shards` (a power of two): the low bits of its hash, so
 * that when the count doubles a shard splits in two and no briefing moves elsewhere.
 */
export function shardOf(id: string, shards: number): number {
	return fnv1a(id) & (shards - 1);
}

/** Ids grouped by shard, each group in the order given: `groups[k]` holds the ids of shard `k`. */
export function shardGroups(ids: readonly string[], shards: number): string[][] {
	const groups = Array.from({ length: shards }, () => [] as string[]);
	for (const id of ids) groups[shardOf(id, shards)]?.push(id);
	return groups;
}

/** The folder of shard `k` inside the search bundle folder ("3/"): the page's `mergeIndex` paths. */
export function shardDir(k: number): string {
	return `${k}/`;
}

/** Where the search bundle goes, inside the output folder (the search page loads `<base>pagefind/<k>/pagefind.js`). */
export const SEARCH_BUNDLE_DIR = 'pagefind';
