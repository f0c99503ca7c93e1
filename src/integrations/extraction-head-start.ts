/**
 * Starts a cold `astro build`'s extraction as soon as Astro's configuration is set up, before
 * the content sync (src/loaders/head-start.ts): only in `astro build`, and only when Astro's
 * cache holds no data store, so that the loader will extract every file (with a store, most files
 * are usually unchanged and reused). A head start the loader did not take is stopped when the
 * build starts, after the content sync.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { compileCacheDir } from '../loaders/extraction-pool.ts';
import { dropHeadStart, startHeadStart } from '../loaders/head-start.ts';
import { isFirstBuild } from './content-store.ts';

export interface HeadStartOptions {
	/** The articles' folder, relative to the project root: the loader's (src/content.config.ts). */
	readonly base: string;
}

export function extractionHeadStartIntegration({ base }: HeadStartOptions): AstroIntegration {
	return {
		name: 'briefings-extraction-head-start',
		hooks: {
			'astro:config:setup': ({ command, config }) => {
				if (command !== 'build' || !isFirstBuild(config.cacheDir)) return;
				const root = fileURLToPath(config.root);
				startHeadStart(root, resolve(root, base), compileCacheDir(config.cacheDir));
			},
			'astro:build:start': () => dropHeadStart(),
		},
	};
}
