/**
 * The site's downloads (src/downloads.ts: feeds, briefings.json, indicators.csv,
 * datapackage.json, ranking.csv), written into the output folder by `npm run build` while Astro
 * renders the pages, in a process of its own (scripts/build.ts, scripts/write-downloads.ts):
 * Astro rendered each as a page (about 1 ms each, 11,200 of them at 2,000 articles) and wrote it
 * twice, to the output and to its cache, and held the site-wide files in its memory.
 *
 * The site model is built from the snapshot of the articles collection the loader wrote during
 * Astro's build (src/lib/collection-snapshot.ts) with the same code as Astro's (`buildSite`), so
 * the files are those Astro would write, byte for byte. Like Astro's incremental build, a file
 * whose key is that of the previous build is not made again: the key of what it is made from
 * (`Download.source`, with src/lib/site/page-keys.ts, as its page's was), the settings, the
 * site's address and the code that makes it (`DOWNLOADS_CODE`); the site-wide files have no key
 * and are made at every build. A file whose bytes are those of the previous build is not written
 * again, and a file no longer made (a deleted article's) is removed: the record of what was
 * written is kept in Astro's cache folder (src/lib/site/outputs/written-files.ts), where the
 * output folder's pruning reads it too (src/integrations/keep-output.ts).
 */
import { createHash } from 'node:crypto';
import {
	closeSync,
	mkdirSync,
	openSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
	writeSync,
} from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Download, type DownloadBody, siteDownloadGroups } from './downloads.ts';
import { lineDigest, readSnapshot } from './lib/collection-snapshot.ts';
import { throttled } from './lib/progress.ts';
import { settings } from './lib/settings.ts';
import { buildSite } from './lib/site/model/build-site.ts';
import {
	DOWNLOADS_WRITTEN,
	digestOf,
	filesGone,
	parseWrittenFiles,
	type WrittenFile,
	writtenFilesText,
} from './lib/site/outputs/written-files.ts';
import { pageKeys } from './lib/site/page-keys.ts';
import { withBase } from './lib/site/paths.ts';
import { utf8Scratch } from './lib/utf8-scratch.ts';

export interface WriteDownloadsOptions {
	/** The build's output folder (absolute). */
	readonly outDir: string;
	/** Astro's cache folder (absolute): what was written is recorded in it. */
	readonly cacheDir: string;
	/** The snapshot of the articles collection the build's loader wrote. */
	readonly snapshot: string;
	/** The site's origin (Astro's `site`) and base path (its `base`, `import.meta.env.BASE_URL` in pages). */
	readonly site: string | undefined;
	readonly base: string;
	/** Where progress and the summary line go. */
	readonly log: (line: string) => void;
	/**
	 * When the step runs while Astro builds (scripts/build.ts): whether Astro's build succeeded.
	 * The record of what was written is kept only then, so that a failed build leaves nothing a
	 * next build trusts; and files written meanwhile that Astro's end of build removed are written
	 * again. Without it the record is kept once the files are written.
	 */
	readonly outcome?: Promise<boolean>;
}

/** What an `outcome` that was false stops the step with. */
export class BuildFailedError extends Error {}

/**
 * The code that makes the downloads, relative to the project: all of src/lib (the model, the
 * outputs, the formatters), the schemas, this file and src/downloads.ts, and the dependencies'
 * versions (the RSS writer, Markdown, sanitising). A change to any of it makes every file again.
 */
const DOWNLOADS_CODE = ['src/lib', 'src/schemas', 'src/downloads.ts', 'src/write-downloads.ts', 'package-lock.json'];

/** A digest of `DOWNLOADS_CODE` under `root`; null (make every file) when it cannot be read. */
function codeDigest(root: string): string | null {
	const hash = createHash('sha256');
	try {
		for (const item of DOWNLOADS_CODE) {
			const path = join(root, item);
			const files = statSync(path).isDirectory()
				? readdirSync(path, { recursive: true, withFileTypes: true })
						.filter((e) => e.isFile())
						.map((e) => join(e.parentPath, e.name))
						.sort()
				: [path];
			for (const file of files) hash.update(`${file.slice(root.length)}\n`).update(readFileSync(file));
		}
	} catch {
		return null;
	}
	return hash.digest('hex');
}

/** Files written between two turns of the event loop. */
const YIELD_EVERY = 64;

/**
 * Writes `file`, making its folder only when it has none (most have: the pages' folders).
 * Synchronous: the thread pool's round trips (open, write, close) cost more CPU than they save
 * here, where most of a write is the file system creating the file.
 */
function writeFileMakingFolder(file: string, bytes: Uint8Array): void {
	try {
		writeFileSync(file, bytes);
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, bytes);
	}
}

/**
 * A writer of files that makes each folder once, before its first file: a cold build makes most
 * of its folders (tens of thousands: a briefing's, an official's), and a first write failing
 * for want of its folder costs a call and an error more than making the folder first. A folder
 * removed meanwhile is made again (`writeFileMakingFolder`).
 */
function folderMakingWriter(): (file: string, bytes: Uint8Array) => void {
	const made = new Set<string>();
	return (file, bytes) => {
		const folder = dirname(file);
		if (!made.has(folder)) {
			mkdirSync(folder, { recursive: true });
			made.add(folder);
		}
		writeFileMakingFolder(file, bytes);
	};
}

/** Opens `file` for writing, making its folder when it has none. */
function openMakingFolder(file: string): number {
	try {
		return openSync(file, 'w');
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
		mkdirSync(dirname(file), { recursive: true });
		return openSync(file, 'w');
	}
}

/**
 * Writes the pieces of a body beside `file` as they are made, and puts them in its place unless
 * `keep` says that the file already has them (by their digest and size): the file's digest and
 * size. What is held is one piece at a time.
 */
function writePieces(
	file: string,
	pieces: Iterable<string | Uint8Array>,
	keep: (digest: string, size: number) => boolean = () => false,
): { digest: string; size: number; written: boolean } {
	const partial = `${file}.partial`;
	const fd = openMakingFolder(partial);
	const hash = createHash('sha256');
	let size = 0;
	try {
		for (const piece of pieces) {
			const bytes = typeof piece === 'string' ? utf8(piece) : piece;
			hash.update(bytes);
			for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
			size += bytes.length;
		}
	} catch (e) {
		closeSync(fd);
		rmSync(partial, { force: true });
		throw e;
	}
	closeSync(fd);
	const digest = hash.digest('hex');
	if (keep(digest, size)) {
		rmSync(partial, { force: true });
		return { digest, size, written: false };
	}
	renameSync(partial, file);
	return { digest, size, written: true };
}

// A text's bytes are written, and digested, before the next text is encoded.
const utf8 = utf8Scratch();

/** Bytes of a body given whole, a text's valid until the next is encoded (`utf8`); null for one given in pieces. */
function wholeBytes(body: DownloadBody): Uint8Array | null {
	if (typeof body === 'string') return utf8(body);
	return body instanceof Uint8Array ? body : null;
}

/** Removes the folders of `file` under `root` that it leaves empty. */
async function removeEmptyFolders(root: string, file: string): Promise<void> {
	for (let dir = dirname(file); dir.startsWith(`${root}/`); dir = dirname(dir)) {
		if ((await readdir(dir).catch(() => [''])).length > 0) return;
		await rmdir(dir).catch(() => {});
	}
}

/** What `writeAll` did: each file's record, and counts for the summary. */
interface Written {
	readonly written: Map<string, WrittenFile>;
	readonly briefings: number;
	readonly made: number;
	readonly changed: number;
}

/**
 * Makes every download of the site built from the snapshot, writing those whose bytes changed;
 * stops with a `BuildFailedError` as soon as `failed()`. The model and what was made from it are
 * let go when it returns: only the record of what was written is kept.
 */
async function writeAll(
	options: WriteDownloadsOptions,
	outDir: string,
	previous: ReadonlyMap<string, WrittenFile>,
	failed: () => boolean,
): Promise<Written> {
	const { snapshot, site, base, log } = options;
	const model = buildSite(await readSnapshot(snapshot, { bodiesOnDisk: true }));
	const url = urlMaker(site, base);
	const code = codeDigest(fileURLToPath(new URL('..', import.meta.url)));
	// A key maker per group of files: its memo of digests (what the group's pages hold) is let go
	// with the group, as what the group's files share is (siteDownloadGroups). An entry's data is
	// digested by the digest of its snapshot line, not read (its body, from the file) in every group.
	const keyMaker = () => (code ? pageKeys(model, [settings, site ?? null, base, code], lineDigest) : null);
	let keys: ReturnType<typeof keyMaker> = null;
	const written = new Map<string, WrittenFile>();
	let made = 0;
	let changed = 0;
	const put = folderMakingWriter();
	const progress = throttled(log);
	const write = async ({ folder, name, source, body }: Download) => {
		const path = `${folder}${name}`.slice(1);
		const file = join(outDir, path);
		const key = keys && source !== null ? keys.page(source) : null;
		const before = previous.get(path);
		const size = () => statSync(file, { throwIfNoEntry: false })?.size;
		if (key !== null && before?.key === key && size() === before.size) {
			written.set(path, before);
			return;
		}
		const content = await body();
		const bytes = wholeBytes(content);
		if (bytes === null) {
			const same = (digest: string, length: number) => before?.digest === digest && size() === length;
			const piecewise = writePieces(file, content as Iterable<string | Uint8Array>, same);
			written.set(path, { digest: piecewise.digest, size: piecewise.size, key });
			made++;
			if (piecewise.written) changed++;
			return;
		}
		const digest = digestOf(bytes);
		written.set(path, { digest, size: bytes.length, key });
		made++;
		if (before?.digest === digest && size() === bytes.length) return;
		put(file, bytes);
		changed++;
	};
	let n = 0;
	// Group by group, so that what the files of a group share is let go with it (siteDownloadGroups).
	for (const group of siteDownloadGroups(model, url)) {
		keys = keyMaker();
		for (const download of group) {
			await write(download);
			progress(() => `downloads: ${written.size} files done, ${made} made, ${changed} written…`);
			// Let the search index, indexing at the same time, go on now and then.
			if (++n % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
			if (failed()) throw new BuildFailedError("Astro's build failed: downloads stopped, none recorded");
		}
	}
	return { written, briefings: model.briefings.length, made, changed };
}

/** Absolute URLs as pages make them (src/href.ts: `absoluteUrl`). */
const urlMaker = (site: string | undefined, base: string) => (path: string) =>
	new URL(withBase(base, path), site ?? 'http://localhost/').href;

/**
 * Writes again the files of `written` that are not in `outDir` at their size, from a model built
 * from the snapshot again (only when there are any): how many there were.
 */
async function restore(
	options: WriteDownloadsOptions,
	outDir: string,
	written: ReadonlyMap<string, WrittenFile>,
): Promise<number> {
	const sizeOf = (path: string) => statSync(join(outDir, path), { throwIfNoEntry: false })?.size;
	const lost = new Set([...written].filter(([path, file]) => sizeOf(path) !== file.size).map(([path]) => path));
	if (lost.size === 0) return 0;
	const model = buildSite(await readSnapshot(options.snapshot, { bodiesOnDisk: true }));
	for (const group of siteDownloadGroups(model, urlMaker(options.site, options.base))) {
		for (const download of group) {
			const path = `${download.folder}${download.name}`.slice(1);
			if (!lost.has(path)) continue;
			const file = join(outDir, path);
			const content = await download.body();
			const bytes = wholeBytes(content);
			if (bytes === null) writePieces(file, content as Iterable<string | Uint8Array>);
			else writeFileMakingFolder(file, bytes);
		}
	}
	return lost.size;
}

/** What `makeDownloads` did: the record of each file written, not yet kept, and counts for the summary. */
export interface MadeDownloads extends Written {
	/** Files of the previous build no longer made, removed. */
	readonly gone: number;
}

/**
 * Makes and writes every download of the site built from the snapshot, leaving unchanged files as
 * they are, and removes those no longer made; stops with a `BuildFailedError` as soon as
 * `options.outcome` is false. The record of what was written is returned, not kept: until
 * `keepDownloads` keeps it, the cache folder has none (a file written by an interrupted build is
 * not taken for the previous build's).
 */
export async function makeDownloads(options: WriteDownloadsOptions): Promise<MadeDownloads> {
	let failed = false;
	void options.outcome?.then((ok) => {
		failed = !ok;
	});
	const outDir = resolve(options.outDir);
	const record = join(options.cacheDir, DOWNLOADS_WRITTEN);
	const previous = parseWrittenFiles(await readFile(record, 'utf8').catch(() => null));
	await rm(record, { force: true });
	const made = await writeAll(options, outDir, previous, () => failed);
	const gone = filesGone(previous, made.written);
	for (const path of gone) {
		const file = join(outDir, path);
		await rm(file, { force: true });
		await removeEmptyFolders(outDir, file);
	}
	return { ...made, gone: gone.length };
}

/**
 * Once Astro's build has succeeded: writes again what its end of build removed of `written`
 * (src/integrations/keep-output.ts leaves the recorded files and those newer than the build, but
 * a file it judged older an instant before this step wrote it again would be gone; checked by
 * size), then keeps the record of `written` in the cache folder, for the next build.
 */
export async function keepDownloads(
	options: WriteDownloadsOptions,
	written: ReadonlyMap<string, WrittenFile>,
): Promise<void> {
	const restored = await restore(options, resolve(options.outDir), written);
	if (restored > 0) options.log(`downloads: ${restored} file(s) removed during Astro's build written again`);
	const record = join(options.cacheDir, DOWNLOADS_WRITTEN);
	await mkdir(dirname(record), { recursive: true });
	await writeFile(`${record}.partial`, writtenFilesText(written));
	await rename(`${record}.partial`, record);
}

/** The summary line of a `makeDownloads`. */
export function downloadsSummary({ written, briefings, made, changed, gone }: MadeDownloads, ms: number): string {
	return `downloads: ${written.size} files of ${briefings} briefing(s): ${made} made, ${changed} written, ${written.size - changed} unchanged, ${gone} removed (${ms} ms)`;
}

/**
 * `makeDownloads`, then, when Astro's `outcome` is given, waiting for it (its record is kept only
 * when it is true), then `keepDownloads`. (`npm run build` runs the two in two processes, so that
 * nothing is held while Astro renders on: scripts/write-downloads.ts.)
 */
export async function writeDownloads(options: WriteDownloadsOptions): Promise<void> {
	const started = performance.now();
	const made = await makeDownloads(options);
	if (options.outcome && !(await options.outcome)) {
		throw new BuildFailedError("Astro's build failed: downloads not recorded");
	}
	await keepDownloads(options, made.written);
	options.log(downloadsSummary(made, Math.round(performance.now() - started)));
}
