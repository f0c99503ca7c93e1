/**
 * Tells `npm run build` (scripts/build.ts) where this build's output and cache are, so that it
 * indexes the briefing pages for search (src/search-index.ts) once they are written, while Astro
 * renders the other pages (or once Astro has exited): the handoff is written before the pages
 * (`astro:build:start`). Astro's settings
 * (OUT_DIR, ASTRO_CACHE_DIR, SEARCH_SHARD_PAGES, .env files, command-line flags) are resolved in
 * one place, Astro's.
 * The build script names the file to write in `SEARCH_INDEX_HANDOFF`; `astro build` run alone
 * (without it) writes no index and says so.
 *
 * It names in `SEARCH_SHARD_PLAN` the file where the briefing route's static paths (src/routes.ts)
 * leave the plan of the order they give the briefing pages in (src/lib/site/search/shard-order.ts),
 * before the first page is rendered: the build script tells from it and Astro's log of pages when
 * each shard's pages are written (src/lib/site/search/shards-written.ts).
 */
import { renameSync, writeFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ShardPlan } from '../lib/site/search/shard-order.ts';
import { shardPagesSetting } from '../lib/site/search/shards.ts';

/** The environment variable naming the file where the build writes its `SearchIndexHandoff`. */
export const SEARCH_INDEX_HANDOFF = 'SEARCH_INDEX_HANDOFF';

/** What the build hands to the search index step: absolute folders. */
export interface SearchIndexHandoff {
	readonly outDir: string;
	readonly cacheDir: string;
	/** Briefings per shard, as the search page was built with (`shardPagesSetting`). */
	readonly shardPages: number;
}

/** The environment variable naming the file where the briefing route leaves its `ShardPlan`. */
export const SEARCH_SHARD_PLAN = 'SEARCH_SHARD_PLAN';

/**
 * Leaves `plan` where `npm run build` reads it, written beside it and renamed (whole); nothing
 * without `SEARCH_SHARD_PLAN` (`astro build` alone, `npm run dev`).
 */
export function handOverShardPlan(plan: ShardPlan): void {
	const to = process.env[SEARCH_SHARD_PLAN];
	if (!to) return;
	writeFileSync(`${to}.partial`, JSON.stringify(plan));
	renameSync(`${to}.partial`, to);
}

export function searchIndexIntegration(): AstroIntegration {
	let cacheDir: URL;
	let outDir: URL;
	return {
		name: 'briefings-search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = config.cacheDir;
				outDir = config.outDir;
			},
			'astro:build:start': async ({ logger }) => {
				const to = process.env[SEARCH_INDEX_HANDOFF];
				if (!to) {
					logger.warn('no search index written: `npm run build` indexes the site beside `astro build`');
					return;
				}
				const handoff: SearchIndexHandoff = {
					// A static build's output is `outDir` (`astro:build:done`'s `dir`).
					outDir: fileURLToPath(outDir),
					cacheDir: fileURLToPath(cacheDir),
					// Read here, where the .env files are loaded, as the search page reads it.
					shardPages: shardPagesSetting(process.env),
				};
				// Written beside it and renamed: the build script reads it whole.
				await writeFile(`${to}.partial`, JSON.stringify(handoff));
				await rename(`${to}.partial`, to);
			},
		},
	};
}
