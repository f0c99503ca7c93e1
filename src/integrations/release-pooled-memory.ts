/**
 * Memory of `astro build` (scripts/README.md): once the bundles are built, before the
 * pages are rendered, one collection meant to reduce memory (src/lib/release-pooled-memory.ts)
 * gives back the pages of V8's heap that the content sync and the bundling used and no longer
 * do. Without it Astro's process kept them through the whole rendering: the heap of the end of
 * the sync and of the bundling, half again the rendering's, beside the search index's Pagefind
 * processes.
 *
 * Only when the process was started with `--expose-gc`, as `npm run build` starts it
 * (scripts/build.ts); `astro build` alone and `astro dev` are left as they are.
 */
import type { AstroIntegration } from 'astro';
import { releasePooledMemory } from '../lib/release-pooled-memory.ts';
import { beforePagesPlugin } from './before-pages.ts';

export function releasePooledMemoryIntegration(): AstroIntegration {
	return {
		name: 'release-pooled-memory',
		hooks: {
			'astro:config:setup': ({ command, updateConfig, logger }) => {
				if (command !== 'build') return;
				updateConfig({
					vite: {
						plugins: [
							beforePagesPlugin('release-pooled-memory', async () => {
								const started = performance.now();
								const resident = process.memoryUsage.rss();
								if (!releasePooledMemory()) return;
								const freed = (resident - process.memoryUsage.rss()) / 2 ** 20;
								logger.debug(
									`${freed.toFixed(0)} MiB given back before the rendering (${(performance.now() - started).toFixed(0)} ms)`,
								);
							}),
						],
					},
				});
			},
		},
	};
}
