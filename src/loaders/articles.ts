/**
 * The content loader of `content/articles/`: each file through the extraction engine, into the
 * collection with its status and messages. It never aborts the build: whatever a file holds, it
 * ends up in the collection, published or quarantined with a catalogued message (only a failed
 * extraction worker fails the load: `extraction-pool.ts`). Many files are extracted on worker
 * threads, their results taken in the files' order. Unchanged files
 * (same bytes, same engine: see `engine-digest.ts`) are not extracted again. Links, FIFOs and
 * devices are listed as refused and never read. Ids follow `src/lib/article/ids.ts`, in the
 * build and in dev alike: in dev every change re-runs the same whole-folder load. Under
 * `npm run build` the collection's data goes to a snapshot of it (src/lib/collection-snapshot.ts),
 * which the site model and the downloads step read, and Astro's data store keeps of each entry
 * only what reusing it takes (`snapshotOnly`).
 */
import { randomUUID } from 'node:crypto';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { assignIds, type IdClaim } from '../lib/article/ids.ts';
import { articleMessage } from '../lib/article/messages.ts';
import {
	entryData,
	notAFile,
	type ProcessedArticle,
	processArticle,
	quarantine,
	unreadable,
	withMessage,
} from '../lib/article/process-article.ts';
import {
	ARTICLES_SNAPSHOT,
	hasKeptLine,
	isSnapshotOnly,
	type KeptLines,
	readKeptLines,
	snapshotOnly,
	writeSnapshot,
} from '../lib/collection-snapshot.ts';
import { throttled } from '../lib/progress.ts';
import { EntrySchema } from '../schemas/entry.ts';
import { engineDigest } from './engine-digest.ts';
import { compileCacheDir, type ExtractionJob, extractAll, workersFor } from './extraction-pool.ts';
import { dropHeadStart, type HeadStart, takeHeadStart } from './head-start.ts';
import { type ReadArticle, readArticle, readFolder } from './read-articles.ts';

export interface ArticlesLoaderOptions {
	/** Folder of the articles, relative to the project root. */
	readonly base: string;
}

/** What the loader remembers of a file between builds (in the loader's meta store). */
interface FileMemo {
	readonly digest: string;
	readonly wanted: string;
	readonly bySlug: boolean;
}

/** One file of this load: its claim on an id, and either its fresh article or its cached entry's id. */
interface Candidate {
	readonly file: string;
	readonly path: string;
	readonly claim: IdClaim;
	readonly digest: string | null;
	readonly article: ProcessedArticle | null;
	readonly cachedId: string | null;
}

/** A file read whose bytes or engine changed since its entry was made: to be extracted. */
interface Changed extends ExtractionJob {
	readonly path: string;
	readonly digest: string;
}

// The meta store's key of the kept snapshot's token (`KeptSnapshot`): never a file's path.
const KEPT_SNAPSHOT_TOKEN = '\0kept-snapshot';

// Messages whose truth depends on the day of the build: such an entry is never reused.
const DAY_BOUND = new Set(['date-out-of-range', 'implausible-date']);

export function articlesLoader(options: ArticlesLoaderOptions): Loader {
	return {
		name: 'briefing-articles',
		schema: EntrySchema,
		async load(context) {
			const root = fileURLToPath(context.config.root);
			const dir = resolve(root, options.base);
			// The engine cannot change under a running load: its digest is read once, not at each reload.
			const engine = engineDigest(root);
			// `npm run build` reads the collection from its snapshot (the site model, src/model.ts,
			// and the downloads, src/write-downloads.ts); never dev, whose pages and endpoints read
			// the collection itself.
			const snapshot = context.watcher ? undefined : process.env[ARTICLES_SNAPSHOT];
			const cacheDir = fileURLToPath(context.config.cacheDir);
			// The lines of the snapshot the previous build kept in the cache folder, which this load
			// may take for the entries it reuses: their data is what that build wrote.
			const kept = snapshot ? readKeptLines(cacheDir, context.meta.get(KEPT_SNAPSHOT_TOKEN)) : {};
			const stored = await loadAll(context, engine, root, dir, kept);
			if (context.watcher) watch(context, engine, root, dir);
			// A load that writes none (dev, `astro build` alone) may store other data under the same
			// stamps: the kept snapshot is no longer its store's.
			if (!snapshot) context.meta.delete(KEPT_SNAPSHOT_TOKEN);
			else {
				const keep = { dir: cacheDir, unchanged: (id: string) => !stored.has(id), lines: kept, next: randomUUID() };
				await writeSnapshot(snapshot, context.store.values(), keep);
				inSnapshotOnly(context);
				context.meta.set(KEPT_SNAPSHOT_TOKEN, keep.next);
			}
		},
	};
}

/**
 * Leaves in the store, of each entry whose data it holds, only what reusing it takes
 * (`snapshotOnly`): its data is in the snapshot just written.
 */
function inSnapshotOnly(context: LoaderContext): void {
	for (const entry of [...context.store.values()]) {
		if (!isSnapshotOnly(entry.data)) replaceEntry(context, { ...entry, data: snapshotOnly(entry.data) });
	}
}

/**
 * Sets `entry` in the store, in place of any entry of its id: Astro's `set` keeps an entry set
 * again with the digest it has as it was (its data from another day, or only `snapshotOnly`).
 */
function replaceEntry(context: LoaderContext, entry: Parameters<LoaderContext['store']['set']>[0]): void {
	if (entry.digest !== undefined && context.store.get(entry.id)?.digest === entry.digest)
		context.store.delete(entry.id);
	context.store.set(entry);
}

/**
 * Loads the whole folder into the store: the one path of the build and of every dev reload.
 * Returns the ids of the entries it stored: every other entry of the store is the one it held.
 * An entry the store holds only `snapshotOnly` is reused only when `keptLines` has its line.
 */
async function loadAll(
	context: LoaderContext,
	engine: string,
	root: string,
	dir: string,
	keptLines: KeptLines = {},
): Promise<Set<string>> {
	const candidates = await examineAll(context, engine, root, dir, keptLines);
	const ids = assignIds(candidates.map((c) => c.claim));
	const kept = new Set<string>();
	const stored = new Set<string>();
	let extracted = 0;
	let unchanged = 0;
	for (const c of candidates) {
		const { id, takenBy } = ids.get(c.file) ?? { id: c.claim.wanted, takenBy: null };
		kept.add(id);
		if (!c.article && c.cachedId === id && takenBy === null) {
			unchanged++;
			continue;
		}
		// A cached file whose id moved is read again: its entry must carry the move's warning.
		const again = c.article ? c : examine(context, await readArticle(engine, c.file, c.path), null, keptLines);
		const done = isChanged(again) ? withArticle(again, processArticle(again.file, again.bytes, again.size)) : again;
		if (!done.article) continue;
		if (done.digest) extracted++;
		stored.add(id);
		await store(context, id, done.digest, takenBy ? idTaken(done.article, id, takenBy) : done.article, c.claim);
	}
	let removed = 0;
	for (const id of [...context.store.keys()]) {
		if (kept.has(id)) continue;
		context.store.delete(id);
		removed++;
	}
	context.logger.info(
		`${candidates.length} article files: ${extracted} extracted, ${unchanged} unchanged, ${candidates.length - extracted - unchanged} not read, ${removed} removed`,
	);
	return stored;
}

/**
 * Every file of the folder, in order, as a candidate: its cached entry, or its article, the
 * changed files extracted all together (on worker threads when there are many). With nothing in
 * the store (a cold build), the folder may have been read and its extraction begun already, as
 * Astro set up (`head-start.ts`).
 */
async function examineAll(
	context: LoaderContext,
	engine: string,
	root: string,
	dir: string,
	kept: KeptLines,
): Promise<Candidate[]> {
	let head: HeadStart | null = null;
	if (isEmpty(context)) head = await takeHeadStart(dir, engine);
	// With a store to reuse, a head start would extract files this load reuses.
	else dropHeadStart();
	const reads = head?.reads ?? (await readFolder(root, dir, engine));
	const heldBy = new Map<string, string>();
	for (const [id, entry] of context.store.entries()) if (entry.filePath) heldBy.set(entry.filePath, id);
	const seen = reads.map((read) => examine(context, read, heldBy.get(read.file) ?? null, kept));
	const changed = seen.filter(isChanged);
	// A first build of thousands of articles takes a while: say how far it is.
	const progress = throttled((line) => context.logger.info(line));
	const done = (n: number) => progress(() => `${n} of ${changed.length} article files extracted`);
	const articles = head
		? await head.extracted(done)
		: await extractAll(changed, workersFor(changed.length), done, {
				compileCache: compileCacheDir(context.config.cacheDir),
			});
	let k = 0;
	// The bytes read are dropped with `seen` on return.
	return seen.map((c) => (isChanged(c) ? withArticle(c, articles[k++] as ProcessedArticle) : c));
}

function isEmpty(context: LoaderContext): boolean {
	for (const _ of context.store.keys()) return false;
	return true;
}

/**
 * A file read: its cached entry when its bytes and the engine are unchanged (and, when the store
 * holds it `snapshotOnly`, `kept` has its line), or the file to extract, or its quarantine when
 * it was refused or cannot be read.
 */
function examine(
	context: LoaderContext,
	read: ReadArticle,
	heldId: string | null,
	kept: KeptLines,
): Candidate | Changed {
	const { file, path } = read;
	// A link, a FIFO (listed so, or swapped for one since it was listed) is refused.
	if ('refused' in read) return fresh(file, path, notAFile(file, read.refused), null);
	if ('unreadable' in read) {
		context.logger.warn(`${file}: cannot be read (${read.unreadable})`);
		return fresh(file, path, unreadable(file, read.unreadable), null);
	}
	const { bytes, size, digest } = read;
	const memo = recall(context, file);
	const cached = heldId ? context.store.get(heldId) : undefined;
	if (
		memo?.digest === digest &&
		cached?.filePath === file &&
		heldId &&
		!isDayBound(cached.data) &&
		(!isSnapshotOnly(cached.data) || hasKeptLine(kept, cached))
	) {
		return {
			file,
			path,
			claim: { file, wanted: memo.wanted, bySlug: memo.bySlug },
			digest,
			article: null,
			cachedId: heldId,
		};
	}
	return { file, path, bytes, size, digest };
}

function isChanged(seen: Candidate | Changed): seen is Changed {
	return 'bytes' in seen;
}

function withArticle(file: Changed, article: ProcessedArticle): Candidate {
	return fresh(file.file, file.path, article, file.digest);
}

function fresh(file: string, path: string, article: ProcessedArticle, digest: string | null): Candidate {
	const claim = { file, wanted: article.id, bySlug: article.overridden.includes('slug') };
	return { file, path, claim, digest, article, cachedId: null };
}

function recall(context: LoaderContext, file: string): FileMemo | null {
	try {
		return JSON.parse(context.meta.get(file) ?? 'null') as FileMemo | null;
	} catch {
		return null;
	}
}

function isDayBound(data: Record<string, unknown>): boolean {
	const messages = data.messages as { code: string }[] | undefined;
	return messages?.some((m) => DAY_BOUND.has(m.code)) ?? false;
}

/** The article, published under `id` rather than the id it asked for, which `holder` keeps. */
function idTaken(article: ProcessedArticle, id: string, holder: string): ProcessedArticle {
	return withMessage(
		article,
		articleMessage(
			'id-taken',
			article.file,
			`the address "${article.id}" belongs to ${holder}; this article is published as "${id}"`,
			{
				...(article.overridden.includes('slug') ? { field: 'slug' } : {}),
				vi: `Địa chỉ "${article.id}" thuộc về ${holder}; bài này được đăng ở "${id}"`,
			},
		),
	);
}

async function store(
	context: LoaderContext,
	id: string,
	digest: string | null,
	article: ProcessedArticle,
	claim: IdClaim,
): Promise<void> {
	const file = article.file;
	let data: Record<string, unknown>;
	try {
		data = await context.parseData({ id, data: entryData(article), filePath: file });
	} catch (e) {
		// The schema refused what extraction produced (a bug): keep the article, quarantined, with the reason.
		context.logger.error(`${file}: ${(e as Error).message}`);
		data = await context.parseData({ id, data: entryData(quarantine(article, (e as Error).message)), filePath: file });
	}
	replaceEntry(context, { id, data, ...(digest ? { digest } : {}), filePath: file });
	if (digest) {
		const memo: FileMemo = { digest, wanted: claim.wanted, bySlug: claim.bySlug };
		context.meta.set(file, JSON.stringify(memo));
	} else context.meta.delete(file);
}

/** Dev: any change under the folder re-runs the whole load, one at a time, so dev ids follow the build's rule. */
function watch(context: LoaderContext, engine: string, root: string, dir: string): void {
	const watcher = context.watcher;
	if (!watcher) return;
	watcher.add(dir);
	let running: Promise<void> = Promise.resolve();
	let timer: ReturnType<typeof setTimeout> | undefined;
	const schedule = (path: string) => {
		if (!path.startsWith(dir + sep)) return;
		clearTimeout(timer);
		// Editors save several files at once (a pull, a copy): one reload for the burst.
		timer = setTimeout(() => {
			running = running.then(() =>
				loadAll(context, engine, root, dir).then(
					() => undefined,
					(e) => context.logger.error(`reload failed: ${(e as Error).message}`),
				),
			);
		}, 50);
	};
	for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) watcher.on(event, schedule);
}
