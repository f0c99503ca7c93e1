/**
 * Builds the site search index with Pagefind at the end of `astro build`, into `<outDir>/pagefind/`.
 *
 * Only briefing pages are read (`bai-viet/<id>/index.html`), and in them only the briefing
 * itself (`data-pagefind-body` on the article; breadcrumbs and the search fields' holder are
 * `data-pagefind-ignore`). Each page goes to the indexer as just that article (`indexedRegion`,
 * half the indexing time of whole pages) with a space between adjacent elements
 * (`spaceBetweenTags`), so that minified markup does not glue words together. The whole site is
 * one Vietnamese index (`forceLanguage: 'vi'`). Pagefind's prebuilt user interfaces are removed
 * from the output: the search page has its own script (src/scripts/search.ts) and only needs the
 * search library, its worker and WebAssembly.
 *
 * Pagefind cannot update an index, only write it whole. A build whose indexed input is that of the
 * previous build (the same briefing pages, byte for byte, indexed by the same code and Pagefind:
 * a rebuild after a change to no briefing) keeps the previous index, which the output folder keeps
 * (src/integrations/keep-output.ts): a stamp of that input is kept in Astro's cache folder.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { throttled } from '../lib/progress.ts';
import { paths } from '../lib/site/paths.ts';
import { indexedRegion, spaceBetweenTags } from '../lib/site/search/indexed-html.ts';

/** Where the bundle goes, inside the output folder (the search page imports `<base>pagefind/pagefind.js`). */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** The stamp of the indexed input of the last index written, in Astro's cache folder. */
const STAMP = 'search-index.stamp';
/** The code that decides what is indexed: this file and the indexed region's. */
const INDEXING_CODE = [new URL(import.meta.url), new URL('../lib/site/search/indexed-html.ts', import.meta.url)];

/** Files of the bundle the site does not use: Pagefind's own UIs and their styles. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Pages sent to the indexer at once. */
const BATCH = 32;

/** Total size in bytes and number of files under `dir`. */
async function sizeOf(dir: string): Promise<{ bytes: number; files: number }> {
	let bytes = 0;
	let files = 0;
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		bytes += (await stat(join(entry.parentPath, entry.name))).size;
		files++;
	}
	return { bytes, files };
}

/** Ids of the built briefing pages (folders of `bai-viet/` holding an index.html). */
async function briefingIds(site: string): Promise<string[]> {
	const dir = join(site, 'bai-viet');
	const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
	const ids: string[] = [];
	for (const e of entries) {
		if (!e.isDirectory()) continue;
		if (await stat(join(dir, e.name, 'index.html')).catch(() => null)) ids.push(e.name);
	}
	return ids.sort();
}

/**
 * A digest of all that makes the index: the pages, in order, the indexing code and Pagefind's
 * version; null (index anew) when the code cannot be read where it is expected.
 */
async function stampOf(site: string, ids: readonly string[]): Promise<string | null> {
	const hash = createHash('sha256');
	try {
		for (const url of INDEXING_CODE) hash.update(await readFile(url));
		hash.update(await readFile(new URL('../../node_modules/pagefind/package.json', import.meta.url)));
	} catch {
		return null;
	}
	for (const id of ids) hash.update(`${id}\n`).update(await readFile(join(site, 'bai-viet', id, 'index.html')));
	return hash.digest('hex');
}

export function searchIndexIntegration(): AstroIntegration {
	let stampFile: URL;
	return {
		name: 'briefings-search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				stampFile = new URL(STAMP, config.cacheDir);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const output = join(site, SEARCH_BUNDLE_DIR);
				const started = performance.now();
				const ids = await briefingIds(site);
				const stamp = await stampOf(site, ids);
				const previous = await readFile(stampFile, 'utf8').catch(() => null);
				if (stamp && previous === stamp && (await stat(join(output, 'pagefind-entry.json')).catch(() => null))) {
					logger.info(`search index: ${ids.length} briefing page(s), unchanged since the last build: kept`);
					return;
				}
				await rm(stampFile, { force: true });
				try {
					const created = await pagefind.createIndex({
						forceLanguage: 'vi',
						// Table chrome repeated on every briefing: column headings, "not reported" cells.
						excludeSelectors: ['thead', 'td.is-empty'],
					});
					const index = created.index;
					if (!index) throw new Error(created.errors.join('; ') || 'Pagefind could not create an index');
					const progress = throttled((line) => logger.info(line));
					for (let i = 0; i < ids.length; i += BATCH) {
						progress(() => `search index: ${i} of ${ids.length} briefing pages indexed`);
						const batch = ids.slice(i, i + BATCH);
						const pages = await Promise.all(
							batch.map((id) => readFile(join(site, 'bai-viet', id, 'index.html'), 'utf8')),
						);
						// Sent in id order, all at once: Pagefind numbers pages in the order it receives
						// them, so every build of the same pages writes the same index, byte for byte.
						const added = await Promise.all(
							batch.map((id, k) =>
								// The URL without the base path: the search page gives Pagefind the base.
								index.addHTMLFile({
									url: paths.briefing(id),
									content: spaceBetweenTags(indexedRegion(pages[k] ?? '')),
								}),
							),
						);
						added.forEach((a, k) => {
							if (a.errors.length > 0) throw new Error(`${batch[k]}: ${a.errors.join('; ')}`);
						});
					}
					await rm(output, { recursive: true, force: true });
					const written = await index.writeFiles({ outputPath: output });
					if (written.errors.length > 0) throw new Error(written.errors.join('; '));
					for (const name of await readdir(output)) {
						if (UNUSED.test(name)) await rm(join(output, name));
					}
					if (stamp) await writeFile(stampFile, stamp).catch(() => undefined);
					const { bytes, files } = await sizeOf(output);
					const ms = Math.round(performance.now() - started);
					logger.info(
						`search index: ${ids.length} briefing page(s), ${files} files, ${(bytes / 1024).toFixed(0)} kB in ${SEARCH_BUNDLE_DIR}/ (${ms} ms)`,
					);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
