/**
 * The site's downloads (src/downloads.ts) outside Astro's build: `npm run build`
 * (scripts/build.ts) writes them while Astro renders the pages (src/write-downloads.ts), from the
 * snapshot of the articles collection the loader writes at the end of its load
 * (src/lib/collection-snapshot.ts). This tells it, once Astro's configuration is resolved
 * (`astro:config:done`, before the content sync: the step starts when the snapshot is there too,
 * while Astro writes its data store), where the output and cache are and the site, base path and
 * settings the pages are built with:
 * Astro's settings (SITE, BASE, OUT_DIR, ASTRO_CACHE_DIR, .env files, command-line flags) are
 * resolved in one place, Astro's. The build script names the file to write in
 * `DOWNLOADS_HANDOFF` and starts the step when it appears (written beside it and renamed, so that
 * it is whole); `astro build` run alone (without it) writes no downloads and says so.
 *
 * `npm run dev` serves every download at its address from the endpoints of src/endpoints/
 * (one per address pattern, named as its file), added as routes only in dev.
 */
import { readdirSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SettingsEnvSchema } from '../schemas/settings.ts';

/** The environment variable naming the file where the build writes its `DownloadsHandoff`. */
export const DOWNLOADS_HANDOFF = 'DOWNLOADS_HANDOFF';

/** What the build hands to the downloads step. */
export interface DownloadsHandoff {
	/** The output and cache folders (absolute). */
	readonly outDir: string;
	readonly cacheDir: string;
	/** Astro's `site` and `base`. */
	readonly site: string | undefined;
	readonly base: string;
	/** The settings' variables as the build read them (.env files included): feeds and data files print them. */
	readonly env: Readonly<Record<string, string>>;
}

/** The folder of the download endpoints, for dev: src/endpoints/tinh/[province]/rss.xml.ts serves /tinh/[province]/rss.xml. */
const ENDPOINTS = 'src/endpoints';

/** The route pattern and entry point of each endpoint under `dir`. */
export function endpointRoutes(dir: string): { pattern: string; entrypoint: string }[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.ts'))
		.map((e) => {
			const entrypoint = join(e.parentPath, e.name);
			return { pattern: `/${relative(dir, entrypoint).split(sep).join('/').slice(0, -'.ts'.length)}`, entrypoint };
		})
		.sort((a, b) => (a.pattern < b.pattern ? -1 : 1));
}

export function downloadsIntegration(): AstroIntegration {
	let cacheDir: URL;
	let outDir: URL;
	let site: string | undefined;
	let base: string;
	let building = false;
	return {
		name: 'briefings-downloads',
		hooks: {
			'astro:config:setup': ({ command, config, injectRoute }) => {
				building = command === 'build';
				if (command !== 'dev') return;
				for (const route of endpointRoutes(fileURLToPath(new URL(ENDPOINTS, config.root)))) injectRoute(route);
			},
			// Before the content sync: the step waits for the loader's snapshot as well.
			'astro:config:done': async ({ config }) => {
				cacheDir = config.cacheDir;
				outDir = config.outDir;
				site = config.site;
				base = config.base;
				const to = process.env[DOWNLOADS_HANDOFF];
				if (!building || !to) return;
				const env = Object.fromEntries(
					Object.keys(SettingsEnvSchema.shape).flatMap((key) => {
						const value = process.env[key];
						return value === undefined ? [] : [[key, value]];
					}),
				);
				const handoff: DownloadsHandoff = {
					// A static build's output folder (the `dir` of astro:build:done).
					outDir: fileURLToPath(outDir),
					cacheDir: fileURLToPath(cacheDir),
					site,
					base,
					env,
				};
				await writeFile(`${to}.partial`, JSON.stringify(handoff));
				await rename(`${to}.partial`, to);
			},
			'astro:build:start': ({ logger }) => {
				if (!process.env[DOWNLOADS_HANDOFF]) {
					logger.warn('no downloads written (feeds, data files): `npm run build` writes them beside `astro build`');
				}
			},
		},
	};
}
