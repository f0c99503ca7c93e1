/**
 * The site search index: Pagefind over the built briefing pages (`bai-viet/<id>/index.html`),
 * written into `<outDir>/pagefind/` in the process of `npm run build` (scripts/build.ts): beside
 * Astro's rendering, each shard once Astro has written its briefing pages (`written`: the first
 * route it renders, but for 404.html, given shard by shard), with one Pagefind process until
 * Astro exits (`rendering`) and two after; or, when that cannot be told, once Astro has exited.
 * The tests and the bench build through the same script.
 *
 * Only briefing pages are indexed (the copies', which are Astro's redirect page to the briefing
 * they repeat, aside: told by their first bytes, `isRedirectPage`, since the build report is
 * written after the briefing pages),
 * and in them only the briefing itself (`data-pagefind-body` on the article; breadcrumbs and the
 * search fields' holder are `data-pagefind-ignore`). Each page is read once (synchronously, a
 * group of `READS` pages between turns of the event loop) and goes to the indexer as just that article (`indexedRegion`, half the indexing time of whole pages), its
 * ignored and excluded elements emptied (`withoutUnindexed`: a third of the markup is left,
 * which Pagefind reads in two thirds of the time, writing the same index), with a space between
 * adjacent elements (`spaceBetweenTags`), so that minified markup does not glue words together.
 * The whole site is Vietnamese (`forceLanguage: 'vi'`). Pagefind's prebuilt user interfaces are
 * removed from the output: the search page has its own script (src/scripts/search.ts) and only
 * needs the search library, its worker and WebAssembly.
 *
 * The index is cut into shards (src/lib/site/search/shards.ts), each a Pagefind bundle of its
 * own in `pagefind/<k>/`, indexed by a Pagefind process of its own, two at a time (`INDEXERS`;
 * one while Astro renders), so Pagefind's memory is that of two shards, not the site's. Pagefind cannot update an index, only write it whole:
 * a shard whose input is that of the previous build (the same indexed regions of the same
 * briefing pages, byte for byte, indexed by the same code and Pagefind) is kept as it is, which the output folder keeps
 * (src/integrations/keep-output.ts); a stamp of each shard's input is kept in Astro's cache
 * folder, with a record of each of its page files (size, time, inode) and the digest of what was
 * indexed of it (src/lib/site/search/shard-record.ts): a shard none of whose pages Astro wrote
 * again is kept without reading them (`unread`). Adding, editing or deleting one briefing so
 * re-indexes one shard, and the output is that of a cold build.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import * as pagefind from 'pagefind';
import { throttled } from './lib/progress.ts';
import { paths } from './lib/site/paths.ts';
import {
	EXCLUDED_ELEMENTS,
	excludeSelectors,
	indexedRegion,
	isRedirectPage,
	REDIRECT_HEAD_BYTES,
	spaceBetweenTags,
	withoutUnindexed,
} from './lib/site/search/indexed-html.ts';
import {
	contentDigest,
	fileFacts,
	type PageRecord,
	parseShardRecord,
	recordedDigest,
	recordedDigests,
	recordedPage,
	type ShardRecord,
	shardStamp,
} from './lib/site/search/shard-record.ts';
import { SEARCH_BUNDLE_DIR, shardCount, shardGroups, shardOf } from './lib/site/search/shards.ts';
import type { ShardPages } from './lib/site/search/shards-written.ts';

export interface SearchIndexOptions {
	/** The build's output folder (absolute). */
	readonly outDir: string;
	/** Astro's cache folder (absolute): the shards' stamps are kept in its `search-index/`. */
	readonly cacheDir: string;
	/** Briefings per shard (`SHARD_PAGES` by default; the search page must be built with the same). */
	readonly shardPages?: number;
	/** Where progress and the summary line go. */
	readonly log: (line: string) => void;
	/**
	 * The shards as Astro writes their pages, when the index starts while it renders: how many
	 * (the plan its briefing route was ordered for) and each shard's pages, copies' included (ids),
	 * once they are all written, a shard at a time; by default every page of `bai-viet/` (after
	 * Astro's exit), cut into `shardCount` of its briefings.
	 */
	readonly written?: WrittenShards;
	/**
	 * Astro's build still running, settling true when it succeeded: until then one Pagefind
	 * process indexes (Astro's rendering keeps a core busy), then `INDEXERS`. False (it failed, or
	 * the pages given are not all the briefing pages): no further shard is begun (those begun are
	 * finished, so that no shard is left half written) and the index fails.
	 */
	readonly rendering?: Promise<boolean>;
}

/** Shards whose pages are written, as they come: `pages` ends once every shard was given, or Astro's build ended. */
export interface WrittenShards {
	readonly shards: number;
	readonly pages: AsyncIterable<ShardPages>;
}

/** What an index holds: its briefings (copies aside) and shards. */
export interface IndexSummary {
	readonly briefings: number;
	readonly shards: number;
}

/** The code that decides what is indexed: this file, the indexed region's and the shards'. */
const INDEXING_CODE = [
	new URL(import.meta.url),
	new URL('./lib/site/search/indexed-html.ts', import.meta.url),
	new URL('./lib/site/search/shards.ts', import.meta.url),
	new URL('./lib/site/search/shard-record.ts', import.meta.url),
	new URL('../node_modules/pagefind/package.json', import.meta.url),
];

/** Files of a bundle the site does not use: Pagefind's own UIs and their styles. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Pages sent to the indexer at once. */
const BATCH = 32;

/**
 * Pages read between two turns of the event loop. Pages are read synchronously: a promise read
 * (`fs/promises`, a file handle per page) costs this process half again the CPU time (the
 * reads' own and the collection of their handles and promises), for 10,000 pages about 2 s
 * of 6, without reading faster from a warm disk; a group of reads (a few milliseconds) then
 * gives way to Pagefind's replies, so that the indexers are not kept waiting.
 */
const READS = 64;

/**
 * Shards indexed at once, each by a Pagefind process of its own: two use the two cores of a
 * small build machine (a Pagefind service works on one request at a time), and hold two shards
 * in memory, not the site.
 */
const INDEXERS = 2;

type Pagefind = typeof pagefind;

/**
 * `INDEXERS` instances of Pagefind's Node module, each starting a service of its own: the module
 * keeps one service, so the others are loaded again under another URL.
 */
async function indexers(): Promise<Pagefind[]> {
	const url = import.meta.resolve('pagefind');
	const more = await Promise.all(
		Array.from({ length: INDEXERS - 1 }, (_, i) => import(`${url}?indexer=${i + 1}`) as Promise<Pagefind>),
	);
	return [pagefind, ...more];
}

/** Total size in bytes and number of files under `dir`. */
function sizeOf(dir: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	// Synchronous: some 11,000 files at 10,000 articles, walked in a fifth of the time of promises.
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		bytes += statSync(join(entry.parentPath, entry.name)).size;
		files++;
	}
	return { bytes, files };
}

/** Ids of the briefing pages in `site`, copies' included: folders of `bai-viet/` holding an index.html. */
export async function listBriefingPages(site: string): Promise<string[]> {
	const dir = join(site, 'bai-viet');
	const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
	const ids: string[] = [];
	for (const e of entries) {
		if (e.isDirectory() && (await stat(join(dir, e.name, 'index.html')).catch(() => null))) ids.push(e.name);
	}
	return ids.sort();
}

/** Whether the page of `id` is a copy's: Astro's redirect page to the briefing it repeats. */
function isCopy(site: string, id: string): boolean {
	const file = openSync(join(site, 'bai-viet', id, 'index.html'), 'r');
	try {
		const head = Buffer.alloc(REDIRECT_HEAD_BYTES);
		const bytesRead = readSync(file, head, 0, REDIRECT_HEAD_BYTES, 0);
		return isRedirectPage(head.toString('utf8', 0, bytesRead));
	} finally {
		closeSync(file);
	}
}

/**
 * How the index step tells a copy's page from a briefing's without opening it: the record of the
 * page (`recordedPage`) when its file is the one last read, and where to put down each copy's
 * page found, with its file's facts, for the next build's record.
 */
interface CopyRecords {
	readonly recorded: (id: string, facts: string | null) => PageRecord | undefined;
	readonly found: (id: string, facts: string) => void;
}

/**
 * The ids of the briefings among the briefing pages `pages` (all of `bai-viet/` by default),
 * sorted: the copies' pages, which redirect to the briefing they repeat, told by the page itself
 * (the build report is written after the briefing pages, as a page of its own), or by its record
 * when its file is the one last read (`copies`).
 */
async function briefingIds(site: string, pages?: readonly string[], copies?: CopyRecords): Promise<string[]> {
	const all = pages ? [...pages].sort() : await listBriefingPages(site);
	const briefing = (id: string) => {
		if (!copies) return !isCopy(site, id);
		const facts = pageFacts(site, id);
		const recorded = copies.recorded(id, facts);
		const copy = recorded ? !('digest' in recorded) : isCopy(site, id);
		if (copy && facts !== null) copies.found(id, facts);
		return !copy;
	};
	const ids: string[] = [];
	for (let i = 0; i < all.length; i += READS) {
		if (i > 0) await nextTurn();
		ids.push(...all.slice(i, i + READS).filter(briefing));
	}
	return ids;
}

/** A digest of the indexing code and Pagefind's version; null (index anew) when it cannot be read. */
async function codeDigest(): Promise<string | null> {
	const hash = createHash('sha256');
	try {
		for (const url of INDEXING_CODE) hash.update(await readFile(url));
	} catch {
		return null;
	}
	return hash.digest('hex');
}

/** A briefing's id, its page as the indexer reads it, and its file's facts when read (`fileFacts`). */
interface IndexedPage {
	readonly id: string;
	readonly content: string;
	readonly file: string;
}

/**
 * A briefing page of a shard as far as it is known: its file's facts and the digest of what the
 * indexer reads of it, and that text when the page was read (not when its record gave the digest).
 */
interface ShardPage {
	readonly id: string;
	readonly file: string;
	readonly digest: string;
	readonly content?: string;
}

/** The file of the briefing page of `id`. */
function pageFile(outDir: string, id: string): string {
	return join(outDir, 'bai-viet', id, 'index.html');
}

/** The facts of the page file of `id` (`fileFacts`), null when it is not there. */
function pageFacts(outDir: string, id: string): string | null {
	const facts = statSync(pageFile(outDir, id), { throwIfNoEntry: false });
	return facts ? fileFacts(facts) : null;
}

/**
 * A briefing page as the indexer reads it: its indexed region without what Pagefind does not
 * index, with a space between adjacent elements; an error for a page without the region (it would not be a briefing's).
 * `file`: its file's facts, taken before the read: a file written again after it has other facts,
 * and is read again next time.
 */
function indexedPage(outDir: string, id: string, file: string): IndexedPage {
	const html = readFileSync(pageFile(outDir, id), 'utf8');
	const region = indexedRegion(html);
	if (region === html) throw new Error(`search index: ${id}: no data-pagefind-body in its page`);
	return { id, content: spaceBetweenTags(withoutUnindexed(region, EXCLUDED_ELEMENTS)), file };
}

/**
 * The pages `ids` of a shard, in the order given: from `record` each one whose file is the one
 * recorded (its digest, unread), the others read as the indexer reads them (an empty record:
 * every one), `READS` reads between turns of the event loop.
 */
async function readShardPages(
	outDir: string,
	ids: readonly string[],
	record: ShardRecord,
	counted: (reads: number) => void,
): Promise<ShardPage[]> {
	const pages: ShardPage[] = [];
	let reads = 0;
	for (const id of ids) {
		const file = pageFacts(outDir, id);
		const digest = recordedDigest(recordedPage(record, id, file));
		if (file !== null && digest !== undefined) {
			pages.push({ id, file, digest });
			continue;
		}
		if (reads++ % READS === 0) await nextTurn();
		const page = indexedPage(outDir, id, file ?? '');
		pages.push({ ...page, digest: contentDigest(page.content) });
	}
	counted(reads);
	return pages;
}

/**
 * `pages` each with the text the indexer reads and its digest, those not read yet read now (their
 * files' facts and digests those of this read).
 */
async function withContent(
	outDir: string,
	pages: readonly ShardPage[],
	counted: (reads: number) => void,
): Promise<(IndexedPage & ShardPage)[]> {
	const unread = pages.filter((p) => p.content === undefined).map((p) => p.id);
	const read = new Map((await readShardPages(outDir, unread, {}, counted)).map((p) => [p.id, p]));
	return pages.map((p) => {
		const page = (p.content === undefined ? read.get(p.id) : p) ?? p;
		return { id: p.id, file: page.file, digest: page.digest, content: page.content ?? '' };
	});
}

/** Indexes `pages` (id and indexed content, in id order) into the bundle folder `output`, with a Pagefind process of its own. */
async function indexShard(pagefind: Pagefind, pages: readonly IndexedPage[], output: string): Promise<void> {
	try {
		const created = await pagefind.createIndex({
			forceLanguage: 'vi',
			// Emptied in JavaScript already (`withoutUnindexed`); told to Pagefind as well, so that
			// its configuration says what the index leaves out.
			excludeSelectors: excludeSelectors(EXCLUDED_ELEMENTS),
		});
		const index = created.index;
		if (!index) throw new Error(created.errors.join('; ') || 'Pagefind could not create an index');
		for (let i = 0; i < pages.length; i += BATCH) {
			const batch = pages.slice(i, i + BATCH);
			// Sent in id order, all at once: Pagefind numbers pages in the order it receives them,
			// so every build of the same pages writes the same index, byte for byte.
			const added = await Promise.all(
				// The URL without the base path: the search page gives Pagefind the base.
				batch.map(({ id, content }) => index.addHTMLFile({ url: paths.briefing(id), content })),
			);
			added.forEach((a, k) => {
				if (a.errors.length > 0) throw new Error(`${batch[k]?.id}: ${a.errors.join('; ')}`);
			});
		}
		await rm(output, { recursive: true, force: true });
		const written = await index.writeFiles({ outputPath: output });
		if (written.errors.length > 0) throw new Error(written.errors.join('; '));
		for (const name of await readdir(output)) {
			if (UNUSED.test(name)) await rm(join(output, name));
		}
	} finally {
		// The process ends with its shard: the next shard starts with none of its memory.
		await pagefind.close();
	}
}

/**
 * The shards of the briefing pages of `outDir` as they are written: each shard's briefings, copies
 * aside, sorted, in `groups[k]`, and its number in `ready` once it is there. With `written`, as
 * it gives them (an error for a page outside its shard, or a shard given twice); else all at
 * once, from every page of `bai-viet/`.
 */
class ShardFeed {
	readonly shards: number;
	readonly groups: (string[] | undefined)[];
	readonly ready: number[] = [];
	#over = false;
	/** The indexers waiting for a shard: each is woken when one comes, or none will. */
	#waiting: (() => void)[] = [];
	readonly #fed: Promise<void>;

	constructor(
		shards: number,
		ids: readonly string[] | null,
		feed: (add: (k: number, ids: string[]) => void) => Promise<void>,
	) {
		this.shards = shards;
		this.groups = ids ? shardGroups(ids, shards) : Array.from({ length: shards }, () => undefined);
		if (ids) this.ready.push(...this.groups.map((_, k) => k));
		this.#fed = feed((k, group) => {
			this.groups[k] = group;
			this.ready.push(k);
			this.#wake();
		}).finally(() => {
			this.#over = true;
			this.#wake();
		});
		// Handled by `done`; until then a failed feed must not end the process.
		this.#fed.catch(() => undefined);
	}

	#wake(): void {
		for (const resolve of this.#waiting.splice(0)) resolve();
	}

	/** The next shard whose pages are written, when one comes; undefined once no more will. */
	async next(): Promise<number | undefined> {
		while (this.ready.length === 0 && !this.#over) await new Promise<void>((resolve) => this.#waiting.push(resolve));
		return this.ready.shift();
	}

	/**
	 * Settles once no more shards will come (its error if one was wrong): the briefings given,
	 * copies aside (those of every shard, unless Astro's build ended before they all came).
	 */
	async done(): Promise<number> {
		await this.#fed;
		return this.groups.reduce((n, g) => n + (g?.length ?? 0), 0);
	}
}

/** The feed of the shards of `written`, or of every briefing page of `outDir` when not given. */
async function shardFeed(
	outDir: string,
	shardPages: number | undefined,
	written?: WrittenShards,
	copies?: (k: number) => CopyRecords,
): Promise<ShardFeed> {
	if (!written) {
		const ids = await briefingIds(outDir);
		return new ShardFeed(shardCount(ids.length, shardPages), ids, async () => {});
	}
	const { shards } = written;
	return new ShardFeed(shards, null, async (add) => {
		const given = new Set<number>();
		for await (const { shard: k, pages } of written.pages) {
			if (!(k >= 0 && k < shards) || given.has(k)) throw new Error(`search index: shard ${k} given twice or unplanned`);
			given.add(k);
			const ids = await briefingIds(outDir, pages, copies?.(k));
			const stray = ids.find((id) => shardOf(id, shards) !== k);
			if (stray !== undefined) throw new Error(`search index: ${stray} given in shard ${k}, not its own`);
			add(k, ids);
		}
	});
}

/**
 * Writes the search index of the built site in `outDir`, shard by shard, keeping the shards whose
 * input is unchanged; what it holds.
 */
export async function buildSearchIndex({
	outDir,
	cacheDir,
	shardPages,
	log,
	written,
	rendering = Promise.resolve(true),
}: SearchIndexOptions): Promise<IndexSummary> {
	const started = performance.now();
	const bundle = join(outDir, SEARCH_BUNDLE_DIR);
	const stamps = join(cacheDir, 'search-index');
	const recordFile = (k: number) => join(stamps, `${k}.pages.json`);
	// Each shard's record of its pages as last read (src/lib/site/search/shard-record.ts), read once.
	const records = new Map<number, ShardRecord>();
	const recordOf = (k: number): ShardRecord => {
		let record = records.get(k);
		if (!record) {
			let text: string | null = null;
			try {
				text = readFileSync(recordFile(k), 'utf8');
			} catch {
				// None yet: the pages are read.
			}
			record = parseShardRecord(text);
			records.set(k, record);
		}
		return record;
	};
	// The copies' pages of each shard found, with their files' facts, for its record.
	const copiesFound = new Map<number, Map<string, string>>();
	const copies = (k: number): CopyRecords => {
		const found = new Map<string, string>();
		copiesFound.set(k, found);
		return {
			recorded: (id, facts) => recordedPage(recordOf(k), id, facts),
			found: (id, facts) => found.set(id, facts),
		};
	};
	const feed = await shardFeed(outDir, shardPages, written, copies);
	const { shards, groups } = feed;
	const code = await codeDigest();
	await mkdir(bundle, { recursive: true });
	await mkdir(stamps, { recursive: true });
	// What an earlier build left that this one does not write: shards past the count, an older layout.
	const wanted = new Set(groups.map((_, k) => String(k)));
	for (const name of await readdir(bundle)) {
		if (!wanted.has(name)) await rm(join(bundle, name), { recursive: true, force: true });
	}
	for (const name of await readdir(stamps)) {
		if (!wanted.has(name.replace(/\.(stamp|pages\.json)$/, ''))) await rm(join(stamps, name), { force: true });
	}
	const progress = throttled(log);
	let indexed = 0;
	let unread = 0;
	let pagesRead = 0;
	const counted = (reads: number) => {
		pagesRead += reads;
	};
	let done = 0;
	// A shard's pages are read while the indexers work on the shards before it: this process is
	// idle during Pagefind's work, and reading the next shard then keeps the two cores busy. Only
	// the pages Astro wrote again are read: the others give the digests of their records.
	const reading = new Map<number, Promise<ShardPage[]>>();
	const read = (k: number): Promise<ShardPage[]> => {
		const pages = reading.get(k) ?? readShardPages(outDir, groups[k] ?? [], recordOf(k), counted);
		// Handled when the shard is taken; until then a failed read must not end the process.
		pages.catch(() => undefined);
		reading.set(k, pages);
		return pages;
	};
	// The stamp of each shard whose pages are all the files last read, else null.
	const knownStamps = new Map<number, string | null>();
	const knownStamp = (k: number): string | null => {
		if (!knownStamps.has(k)) {
			const digests = recordedDigests(recordOf(k), groups[k] ?? [], (id) => pageFacts(outDir, id));
			knownStamps.set(k, digests && shardStamp(code, shards, digests));
		}
		return knownStamps.get(k) ?? null;
	};
	/** Shard `k`'s record of `pages` and of the copies' pages found in it. */
	const recordText = (k: number, pages: readonly { id: string; file: string; digest: string }[]) => {
		const record: Record<string, PageRecord> = {};
		for (const [id, file] of copiesFound.get(k) ?? []) record[id] = { file, copy: true };
		for (const { id, file, digest } of pages) record[id] = { file, digest };
		return JSON.stringify(record);
	};
	const shard = async (indexer: Pagefind, k: number) => {
		const output = join(bundle, String(k));
		const stampFile = join(stamps, `${k}.stamp`);
		const previous = await readFile(stampFile, 'utf8').catch(() => null);
		const kept = async (stamp: string | null) =>
			stamp !== null &&
			previous === stamp &&
			(await stat(join(output, 'pagefind-entry.json')).catch(() => null)) !== null;
		const following = feed.ready[0];
		// A shard none of whose pages was written again since they were last read is kept unread.
		if (await kept(knownStamp(k))) {
			if (following !== undefined && knownStamp(following) === null) read(following);
			unread++;
			return;
		}
		// Each page written again is read once: what the indexer reads of it makes the stamp with
		// the recorded digests of the others and, when the shard changed, the index (the others
		// read then). Only that: a page whose lists of other briefings changed (a new neighbour)
		// leaves its shard as it is.
		const known = await read(k);
		reading.delete(k);
		if (following !== undefined && knownStamp(following) === null) read(following);
		const stamp = shardStamp(code, shards, known);
		let pages: readonly { id: string; file: string; digest: string }[] = known;
		if (!(await kept(stamp))) {
			const indexedPages = await withContent(outDir, known, counted);
			pages = indexedPages;
			await rm(stampFile, { force: true });
			await indexShard(indexer, indexedPages, output);
			// The stamp of what was indexed: the pages read now may have been written again since
			// their record was taken (never in a build, whose pages are written before their shard).
			const indexedStamp = shardStamp(code, shards, pages);
			if (indexedStamp) await writeFile(stampFile, indexedStamp);
			indexed++;
		}
		await writeFile(recordFile(k), recordText(k, pages));
	};
	let failed = false;
	// Each indexer takes the next shard whose pages are written when it is done with one.
	const work = async (indexer: Pagefind) => {
		for (;;) {
			const k = failed ? undefined : await feed.next();
			if (k === undefined || failed) return;
			await shard(indexer, k);
			done++;
			progress(() => `search index: ${done} of ${shards} shards done…`);
		}
	};
	const [first, ...more] = await indexers();
	await Promise.all([
		first && work(first),
		rendering.then((succeeded) => {
			failed = !succeeded;
			return Promise.all(more.map(work));
		}),
	]);
	if (failed) throw new Error('search index abandoned: the build it was made for did not succeed');
	const briefings = await feed.done();
	const { bytes, files } = sizeOf(bundle);
	const ms = Math.round(performance.now() - started);
	log(
		`search index: ${briefings} briefing page(s) in ${shards} shard(s), ${indexed} indexed, ${shards - indexed} unchanged (${unread} unread), ${pagesRead} page(s) read; ${files} files, ${(bytes / 1024).toFixed(0)} kB in ${SEARCH_BUNDLE_DIR}/ (${ms} ms)`,
	);
	return { briefings, shards };
}
