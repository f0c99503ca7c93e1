/**
 * Memory of `astro build` (scripts/README.md): the content store is read from Astro's
 * cache folder when the pages are rendered instead of being bundled into the server build, and
 * the copy the content sync made is let go once it is on disk. Only `astro build` is changed;
 * `astro dev` keeps Astro's own modules. What `getCollection` returns is the same either way.
 *
 * Astro puts the store (`data-store.json`, devalue's text of every collection) into the server
 * build as one string literal of a module, `astro:data-layer-content`, which the bundler then
 * parses, transforms and writes whole, and which the rendering process keeps three times over:
 * the module's source text, the literal and the parsed store (at 2,000 articles the source and
 * the literal are 18 and 17 MB of the heap, growing with the articles). Here the module becomes
 * three lines reading the same file when it is first imported, in the process that renders the
 * pages (a static build renders in the process that built it, from the same cache folder). It is loaded before Astro's own loader of the module, which would read, check and copy
 * the whole store only to be replaced, and with Astro's metadata, so that the incremental build
 * still leaves it out of the pages' code hashes.
 *
 * The content sync's own store (Astro's content layer, a singleton of its build process) stays
 * referenced after the sync has written it, for the whole build; `astro:build:start` comes after
 * the sync, so it is disposed there.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

/** Astro's module of the bundled store, as its Vite plugin resolves it. */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';
/** The store's file in Astro's cache folder (astro/dist/content/paths.js, `getDataStoreFile`). */
export const DATA_STORE_FILE = 'data-store.json';

/** Whether a build with the cache folder `cacheDir` is a first build: Astro's cache holds no data store yet. */
export function isFirstBuild(cacheDir: URL): boolean {
	return !existsSync(new URL(DATA_STORE_FILE, cacheDir));
}

const astroRequire = createRequire(createRequire(import.meta.url).resolve('astro/package.json'));

/**
 * A module of Astro's own, by its file (the package exports no path to it): the instance Astro
 * uses. null when this Astro has no such file (another version): the build then goes Astro's own
 * way, only hungrier, and says so.
 */
async function astroModule<T>(path: string, logger: AstroIntegrationLogger): Promise<T | null> {
	try {
		return (await import(pathToFileURL(astroRequire.resolve(path)).href)) as T;
	} catch (e) {
		logger.warn(
			`the content store is bundled as Astro does (more memory): astro/${path.slice(2)}: ${(e as Error).message}`,
		);
		return null;
	}
}

/**
 * The module that reads the store from `file` when it is imported, parsed with `devalueUrl`'s
 * `parse` (the devalue Astro writes it with): a Map of collections, which Astro's runtime takes
 * as it is.
 */
export function storeReader(file: string, devalueUrl: string): string {
	return [
		`import { readFileSync } from 'node:fs';`,
		`import { parse } from ${JSON.stringify(devalueUrl)};`,
		`export default parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
	].join('\n');
}

export function contentStoreIntegration(): AstroIntegration {
	return {
		name: 'content-store',
		hooks: {
			'astro:config:setup': async ({ command, config, updateConfig, logger }) => {
				if (command !== 'build') return;
				const file = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
				const devalue = pathToFileURL(astroRequire.resolve('devalue')).href;
				const metadata = await astroModule<{
					createContentDataIncrementalMetadata(): Record<string, unknown>;
				}>('./dist/core/build/incremental-metadata.js', logger);
				if (!metadata) return;
				const { createContentDataIncrementalMetadata } = metadata;
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'content-store:read-at-run-time',
								// Before Astro's own load, which would read, check and copy the whole store first.
								load: {
									order: 'pre',
									filter: { id: /^\0astro:data-layer-content$/ },
									// Without a file Astro's module is an empty store: left to Astro.
									handler: (id) =>
										id === DATA_STORE_MODULE && existsSync(file)
											? {
													code: storeReader(file, devalue),
													map: { mappings: '' },
													// Astro's metadata of its store module: the incremental build leaves it out of pages' hashes.
													meta: createContentDataIncrementalMetadata(),
												}
											: null,
								},
							},
						],
					},
				});
			},
			'astro:build:start': async ({ logger }) => {
				const instance = await astroModule<{ globalContentLayer?: { dispose(): void } }>(
					'./dist/content/instance.js',
					logger,
				);
				instance?.globalContentLayer?.dispose();
			},
		},
	};
}
