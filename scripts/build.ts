/**
 * `npm run build`: `astro build`, with the downloads (feeds and data files, src/write-downloads.ts)
 * written while Astro renders the pages, in a process of their own (scripts/write-downloads.ts),
 * and the search index (src/search-index.ts) in another (scripts/search-index.ts), from the
 * moment the downloads step has exited, shard by shard as Astro writes each shard's briefing
 * pages (the first route it renders but for 404.html, given shard by shard: read from its log of
 * pages and the plan of that order its briefing route hands over; with pages in flight at once,
 * the pages a shard rendered found written in the output folder), while Astro renders on, or
 * else once Astro has exited. Astro's rendering keeps about one core busy; writing the downloads
 * is mostly the file system's time, and the index uses one Pagefind process until Astro exits,
 * two after. Astro's build tells this
 * script where its output and cache are and how the site is built
 * (src/integrations/search-index.ts, written before the pages; src/integrations/downloads.ts,
 * written before the content sync: the step starts once the loader has also left its snapshot of
 * the articles collection, src/lib/collection-snapshot.ts, while Astro writes its data store
 * and bundles the pages). The downloads step exits once its
 * files are written, giving its memory back; once Astro's build has succeeded, a second short run
 * of it (`--keep`) writes again what Astro's end of build removed and keeps their record. The
 * index begun while Astro renders is kept only when Astro's build succeeds. The tests and the bench
 * build through this script too, so every build gets the same index and downloads.
 *
 * Astro's output is shown with one line of progress every few seconds instead of its line per
 * page (18,000 lines for 10,000 articles): how many pages were rendered and how many were kept
 * unchanged from the previous build (the incremental build), then the totals. Every other line of
 * Astro's output is passed through as it is. Extra arguments go to `astro build`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { DOWNLOADS_HANDOFF } from '../src/integrations/downloads.ts';
import { SEARCH_INDEX_HANDOFF, SEARCH_SHARD_PLAN, type SearchIndexHandoff } from '../src/integrations/search-index.ts';
import { pageEvents } from '../src/lib/astro-page-log.ts';
import { ARTICLES_SNAPSHOT } from '../src/lib/collection-snapshot.ts';
import { throttled } from '../src/lib/progress.ts';
import { pageWritten } from '../src/lib/site/search/page-written.ts';
import { readShardPlan } from '../src/lib/site/search/shard-order.ts';
import { type ShardPages, ShardsWritten, shardLine } from '../src/lib/site/search/shards-written.ts';

// A page file changed since is this build's (src/lib/site/search/page-written.ts).
const buildStart = Date.now();
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const downloadsStep = fileURLToPath(new URL('write-downloads.ts', import.meta.url));
const searchIndexStep = fileURLToPath(new URL('search-index.ts', import.meta.url));
const handoffDir = mkdtempSync(join(tmpdir(), 'briefings-build-'));
const handoff = join(handoffDir, 'handoff.json');
const downloadsHandoff = join(handoffDir, 'downloads.json');
const snapshot = join(handoffDir, 'articles.jsonl');
const shardPlan = join(handoffDir, 'shard-plan.json');
// The downloads step's record of what it wrote, until Astro's build has succeeded.
const pendingRecord = join(handoffDir, 'downloads-written.json');
// Memory (scripts/README.md): V8 collects when its heap has grown 45% past what was live
// after the last collection (left to itself, it let the heap double; at 30%, Astro's rendering did
// 25 full collections at 10,000 articles, at 45% 16, and the downloads step 18–20 and 13–14, for
// 10–70 MB more, below the tree's peak: the downloads step exits before the index starts, and Astro
// gives back its pooled pages before it renders, below), and its young generation stays within
// 16 MB semi-spaces (left to itself, it grew to 128 MB of resident pages for the whole build, for
// no less CPU); the bundler (Rolldown, whose allocator is mimalloc) gives back what it freed at
// once instead of keeping it for reuse; glibc keeps two arenas, not one per thread; the bundler's
// allocator maps no transparent huge pages (with them, a few live bytes kept a whole 2 MB page
// resident: its arena held about 170 MB for the whole build, 40 MB without); and Pagefind's
// allocator (jemalloc, set by `_RJEM_MALLOC_CONF`) keeps one arena, not eight (four a core): a
// process indexing a shard of 1,250 briefings peaked at about 390 MB instead of 450–470, for the
// same CPU. A setting of the environment wins.
const V8_FLAGS = ['--heap-growing-percent=45', '--max-semi-space-size=16'];
const memoryEnv = {
	MIMALLOC_PURGE_DELAY: '0',
	MIMALLOC_ALLOW_THP: '0',
	MALLOC_ARENA_MAX: '2',
	_RJEM_MALLOC_CONF: 'narenas:1',
	...process.env,
};
// The search index step's own process holds two or three shards' pages (about 17 MB each at
// 10,000 articles) and spends about 3 s of CPU: V8 tuned for size, with a young generation of 1 MB,
// keeps it at about 135 MB instead of 165–185, beside Astro's rendering at the tree's peak.
const INDEX_V8_FLAGS = ['--optimize-for-size', '--max-semi-space-size=1'];
// Astro's process may call the collector: before the rendering, one collection gives back the
// heap's pages the content sync and the bundling freed, which V8 would keep pooled through the
// whole rendering (src/integrations/release-pooled-memory.ts).
const ASTRO_V8_FLAGS = [...V8_FLAGS, '--expose-gc'];
const build = spawn(process.execPath, [...ASTRO_V8_FLAGS, astro, 'build', ...process.argv.slice(2)], {
	stdio: ['inherit', 'pipe', 'inherit'],
	env: {
		...memoryEnv,
		[SEARCH_INDEX_HANDOFF]: handoff,
		[DOWNLOADS_HANDOFF]: downloadsHandoff,
		[ARTICLES_SNAPSHOT]: snapshot,
		[SEARCH_SHARD_PLAN]: shardPlan,
	},
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => build.kill(signal));

let rendered = 0;
let kept = 0;
const counts = () => `${rendered + kept} pages written: ${rendered} rendered, ${kept} unchanged since the last build`;
const report = (line: string) => process.stdout.write(`  … ${line}\n`);
let progress = throttled(report);
// The plan is there once the first briefing page starts: Astro has its routes' paths by then.
const briefings = new ShardsWritten(() =>
	existsSync(shardPlan) ? readShardPlan(readFileSync(shardPlan, 'utf8')) : null,
);
/** Shards whose pages are written and not yet given to the index step. */
const shardsWritten: ShardPages[] = [];
// With pages in flight at once, a shard whose run is over is told once the pages Astro rendered
// are found written in the output folder, at most every `FIND_WRITTEN_MS` (a page is logged every
// few milliseconds).
const FIND_WRITTEN_MS = 20;
let lastFound = 0;
let briefingPages: string | null = null;
function findWritten(): ShardPages[] {
	const now = performance.now();
	if (now - lastFound < FIND_WRITTEN_MS) return [];
	lastFound = now;
	// The handoff is written before the pages (src/integrations/search-index.ts).
	briefingPages ??= existsSync(handoff)
		? join((JSON.parse(readFileSync(handoff, 'utf8')) as SearchIndexHandoff).outDir, 'bai-viet')
		: null;
	const dir = briefingPages;
	return dir ? briefings.found((id) => pageWritten(join(dir, id, 'index.html'), buildStart)) : [];
}

createInterface({ input: build.stdout }).on('line', (line) => {
	const events = pageEvents(line);
	if (events) {
		// The clock starts at the first page: the steps before have their own output.
		if (rendered + kept === 0) progress = throttled(report);
		for (const event of events) {
			if (event.kind === 'done' && event.rendered) rendered++;
			else if (event.kind === 'done') kept++;
		}
		shardsWritten.push(...briefings.read(events), ...findWritten());
		indexWhileRendering();
		progress(counts);
		return;
	}
	if (rendered + kept > 0) {
		process.stdout.write(`  ${counts()}\n`);
		rendered = kept = 0;
	}
	process.stdout.write(`${line}\n`);
});
/** Astro's exit status (1 when it was killed by a signal). */
const exited = new Promise<number>((resolve) => build.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
const time = () => new Date().toTimeString().slice(0, 8);
/** Runs a step; false, with its error on stderr, when it failed. */
const step = async (name: string, tag: string, run: (log: (line: string) => void) => Promise<void>) => {
	try {
		await run((line) => process.stdout.write(`${time()} [${tag}] ${line}\n`));
		return true;
	} catch (e) {
		process.stderr.write(`${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
		return false;
	}
};
/** True once `file` exists (checked every `HANDOFF_POLL_MS`), false when Astro exits first. */
async function appears(file: string): Promise<boolean> {
	let over = false;
	void exited.then(() => {
		over = true;
	});
	for (;;) {
		if (existsSync(file)) return true;
		if (over) return existsSync(file);
		await new Promise((resolve) => setTimeout(resolve, HANDOFF_POLL_MS));
	}
}
const HANDOFF_POLL_MS = 100;

/** A step's process: its input (open until ended) and its exit status (1 when killed). */
interface StepProcess {
	readonly input: NodeJS.WritableStream;
	readonly status: Promise<number>;
}
/** Starts `node FLAGS… ARGS…` with the memory environment, passing on the signals that stop a build. */
function stepProcess(flags: readonly string[], args: readonly string[]): StepProcess {
	const child = spawn(process.execPath, [...flags, ...args], { stdio: ['pipe', 'inherit', 'inherit'], env: memoryEnv });
	for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
	// It may have ended (failed) before it is written to: its input is then closed.
	child.stdin.on('error', () => {});
	return {
		input: child.stdin,
		status: new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1))),
	};
}

/** The downloads step's process, with `args`. */
function downloadsProcess(args: readonly string[]): StepProcess {
	return stepProcess(V8_FLAGS, [downloadsStep, downloadsHandoff, snapshot, pendingRecord, ...args]);
}

// The downloads, from the end of the loader's load on (its snapshot written), beside Astro's
// writing of its data store, its bundling and its rendering, in a process of
// their own (scripts/write-downloads.ts) that exits once the files are written, giving its memory
// back while Astro renders on; told to stop if Astro's build fails. True when it wrote them all.
const downloads = step('downloads', 'downloads', async () => {
	if (!(await appears(downloadsHandoff)) || !(await appears(snapshot))) {
		// Astro failed before its pages (its error is shown), or did not hand over.
		if ((await exited) === 0) throw new Error(`Astro's build wrote no ${downloadsHandoff} or no ${snapshot}`);
		return;
	}
	const writer = downloadsProcess([]);
	void exited.then((code) => writer.input.end(code === 0 ? 'ok\n' : 'failed\n'));
	const status = await writer.status;
	if (status !== 0) throw new Error(`scripts/write-downloads.ts exited with status ${status}`);
});

// The search index, in a process of its own (scripts/search-index.ts) that gives its memory back
// when it is done: from the moment the downloads step has exited and the briefing pages have
// begun in the planned order (src/lib/site/search/shards-written.ts), beside the rest of Astro's
// rendering, each shard indexed once its pages are written, with one Pagefind process until
// Astro exits (its rendering keeps a core busy) and two after; when the pages do not come as
// planned before then (no plan, no briefing pages), once Astro has exited. Its result is kept
// only if Astro succeeds, and it indexes again when the briefing pages of the finished build are
// not those it was given.
/** The index step's process: the shards written, then Astro's outcome, are written to its input while Astro renders. */
function startIndex(shards: number | null): StepProcess {
	const indexer = stepProcess(INDEX_V8_FLAGS, [searchIndexStep, handoff, ...(shards ? [String(shards)] : [])]);
	if (!shards) indexer.input.end();
	return indexer;
}
let early: StepProcess | null = null;
// Not while the downloads step runs: its process (about 0.3 GB at 10,000 articles) beside Astro's,
// the index step's and a Pagefind process made the tree's peak; it ends before Astro's rendering
// of the briefing pages does, and until then the two cores are busy with it and Astro.
let downloadsOver = false;
void downloads.then(() => {
	downloadsOver = true;
	indexWhileRendering();
});
function indexWhileRendering(): void {
	// The handoff is written before the pages (src/integrations/search-index.ts). Once Astro has
	// exited, the index is started on its exit.
	const plan = briefings.plan;
	if (
		!early &&
		plan &&
		!briefings.broken &&
		downloadsOver &&
		build.exitCode === null &&
		build.signalCode === null &&
		existsSync(handoff)
	) {
		early = startIndex(plan.shards);
	}
	if (early) for (const shard of shardsWritten.splice(0)) early.input.write(shardLine(shard));
}

void exited.then(async (code) => {
	try {
		// Every page is written: the shards still looked for are.
		if (code === 0 && early) for (const shard of briefings.found(() => true)) early.input.write(shardLine(shard));
		early?.input.end(code !== 0 ? 'failed\n' : briefings.complete ? 'ok\n' : 'changed\n');
		// The index's end and the downloads' record side by side: neither reads what the other writes.
		const indexing = step('search index', 'search', async () => {
			if (code !== 0) {
				// Astro's error is the one to show: the index, if begun, stops.
				await early?.status;
				return;
			}
			if (!early && !existsSync(handoff)) throw new Error(`Astro's build wrote no ${handoff}`);
			const status = await (early ?? startIndex(null)).status;
			if (status !== 0) throw new Error(`scripts/search-index.ts exited with status ${status}`);
		});
		// Their record is kept only when Astro's build succeeded and they were all written: a
		// second, short process writes again what Astro's end of build removed, and keeps it.
		const keeping = (async () =>
			(await downloads) &&
			(code !== 0 ||
				(await step('downloads', 'downloads', async () => {
					const keeper = downloadsProcess(['--keep']);
					keeper.input.end();
					const status = await keeper.status;
					if (status !== 0) throw new Error(`scripts/write-downloads.ts --keep exited with status ${status}`);
				}))))();
		const [indexed, written] = await Promise.all([indexing, keeping]);
		process.exitCode = code !== 0 ? code : indexed && written ? 0 : 1;
	} finally {
		rmSync(handoffDir, { recursive: true, force: true });
	}
});
