/**
 * Lets the incremental build leave an unchanged page where it is: the output folder is not
 * emptied before a build (`vite.build.emptyOutDir: false` in astro.config.mjs), so Astro skips a
 * page whose key and code are unchanged instead of copying it back from its cache. At the end of
 * the build this removes what the build did not produce (the page of a deleted article, a
 * stylesheet under an old hash): every file older than the build that is not a page of this
 * build's incremental manifest (the search index and the downloads aside: `npm run build` writes
 * both while Astro renders, the index each shard once its briefing pages are written, keeping
 * unchanged shards and files and removing the shards and downloads no longer made,
 * src/search-index.ts and src/write-downloads.ts). The index's folder (`pagefind/`) is never
 * entered, so this never races the index being written; the briefing pages it reads are pages
 * of this build, which this never removes. The output is then what a build into an empty folder writes. It must
 * run before the integrations that read the output (sitemap). A build into an empty or absent
 * folder (a cold build) has nothing to remove, and its output is not walked.
 *
 * The downloads step may be writing and removing files while this prunes: the files it keeps are
 * those of the previous build's record, read here before the content sync (the step starts after
 * it, and removes that record first), the files it writes are newer than the build, and a file or
 * folder it removes under this walk is passed over (src/lib/site/outputs/prune-output.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pruneOutput } from '../lib/site/outputs/prune-output.ts';
import { DOWNLOADS_WRITTEN, parseWrittenFiles } from '../lib/site/outputs/written-files.ts';
import { SEARCH_BUNDLE_DIR } from '../lib/site/search/shards.ts';

/** Astro's manifest of the pages it may skip, in its cache folder (astro/dist/core/build/incremental.js). */
const MANIFEST = 'incremental-build.json';
// A file system's clock may lag the process's by a tick: only files older than this are judged.
const CLOCK_SLACK_MS = 1000;

interface Manifest {
	readonly routes?: Record<string, { readonly paths?: Record<string, { readonly outputFile?: string }> }>;
}

/** Output files (relative to the output folder) of the pages recorded in the manifest. */
function manifestFiles(cacheDir: URL): Set<string> {
	let manifest: Manifest;
	try {
		manifest = JSON.parse(readFileSync(new URL(MANIFEST, cacheDir), 'utf8')) as Manifest;
	} catch {
		return new Set();
	}
	return new Set(
		Object.values(manifest.routes ?? {}).flatMap((r) =>
			Object.values(r.paths ?? {}).flatMap((p) => (p.outputFile ? [decodeURI(p.outputFile)] : [])),
		),
	);
}

/** The downloads the previous `npm run build` wrote (src/write-downloads.ts): its step keeps or removes them. */
function downloadFiles(cacheDir: URL): Set<string> {
	let text: string | null = null;
	try {
		text = readFileSync(new URL(DOWNLOADS_WRITTEN, cacheDir), 'utf8');
	} catch {
		// None written yet.
	}
	return new Set(parseWrittenFiles(text).keys());
}

/** True when `dir` holds nothing, or is not there. */
function isEmptyFolder(dir: URL): boolean {
	try {
		return readdirSync(dir).length === 0;
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'ENOENT') return true;
		throw e;
	}
}

export function keepOutputIntegration(): AstroIntegration {
	let cacheDir: URL;
	let started = 0;
	let downloads = new Set<string>();
	// An output folder empty or absent at the start (a cold build): every file in it at the end is this build's.
	let fresh = false;
	return {
		name: 'briefings-keep-output',
		hooks: {
			// Before the content sync, so before the downloads step starts (src/write-downloads.ts):
			// every file older than this is the previous build's.
			'astro:config:done': ({ config }) => {
				cacheDir = config.cacheDir;
				started = Date.now() - CLOCK_SLACK_MS;
				downloads = downloadFiles(cacheDir);
				fresh = isEmptyFolder(config.outDir);
			},
			'astro:build:done': ({ dir, logger }) => {
				if (fresh) return;
				const keep = manifestFiles(cacheDir);
				for (const file of downloads) keep.add(file);
				const removed = pruneOutput(fileURLToPath(dir), { since: started, keep, skip: SEARCH_BUNDLE_DIR });
				logger.debug(`${removed} file(s) of the previous build removed`);
			},
		},
	};
}
