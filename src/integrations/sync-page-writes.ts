/**
 * `astro build` writes its pages at once (src/lib/sync-file-writes.ts): from the moment the
 * bundles are built until the pages are generated, each page's folder and file, in the output
 * and in the cache, are made on Astro's thread instead of in four round trips through libuv's
 * threads. On two cores, each round trip woke a thread that took the core from Astro's rendering:
 * at 10,000 articles, with 4 pages in flight, the rendering took 31–33 s instead of 41–42 and the
 * whole build 9–12 s less CPU (scripts/README.md). The originals are back for what
 * comes after the pages (the integrations' `astro:build:done`, the sitemap). Only in a first
 * build (no data store in Astro's cache yet, `isFirstBuild`): a rebuild writes a few dozen
 * pages, and rebuilds after one change took about 0.8 s longer with the writes at once than
 * without (16.2 and 16.7 s against 15.4 and 15.8 on average, six pairs in each order),
 * unexplained.
 */
import type { AstroIntegration } from 'astro';
import { syncFileWrites } from '../lib/sync-file-writes.ts';
import { beforePagesPlugin } from './before-pages.ts';
import { isFirstBuild } from './content-store.ts';

export function syncPageWritesIntegration(): AstroIntegration {
	let restore: (() => void) | null = null;
	const putBack = () => {
		restore?.();
		restore = null;
	};
	return {
		name: 'sync-page-writes',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'build' || !isFirstBuild(config.cacheDir)) return;
				updateConfig({
					vite: {
						plugins: [
							beforePagesPlugin('sync-page-writes', async () => {
								restore ??= syncFileWrites();
							}),
						],
					},
				});
			},
			'astro:build:generated': putBack,
		},
	};
}
