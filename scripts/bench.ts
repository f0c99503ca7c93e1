/**
 * `npm run bench`: speed and memory of the extraction engine (and optionally of a whole site
 * build), on one core. The machine is shared and noisy, so each figure is also given as a ratio
 * to a reference workload measured in the same run (decoding + cleaning the same bytes), which
 * moves with the machine's load.
 *
 *   npm run bench                     extraction only
 *   npm run bench -- --build 1000     also build a site of 1000 articles made from the samples
 *   npm run bench -- --json           machine-readable figures on stdout
 *   npm run bench -- --site 1000      only the site build at scale against Hugo + Pagefind:
 *                                     cold and incremental builds (scripts/bench-site.ts)
 *   npm run bench -- --growth 1000,5000,10000
 *                                     only cold builds at each size, with the peer's: how time
 *                                     and memory grow (scripts/bench-site.ts)
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processArticle } from '../src/lib/article/process-article.ts';
import { extractFacts } from '../src/lib/extract/extract-facts.ts';
import { decodeBytes } from '../src/lib/text/decode.ts';
import { normalizeText } from '../src/lib/text/normalize.ts';
import { benchGrowth, benchSite, buildSite, countPages } from './bench-site.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const growthAt = process.argv.indexOf('--growth');
if (growthAt >= 0) {
	const sizes = String(process.argv[growthAt + 1] ?? '')
		.split(',')
		.map(Number);
	if (!sizes.every((n) => Number.isInteger(n) && n >= 3)) throw new Error('--growth needs sizes, e.g. 1000,5000,10000');
	process.exit(await benchGrowth(ROOT, sizes));
}
const siteAt = process.argv.indexOf('--site');
if (siteAt >= 0) {
	const count = Number(process.argv[siteAt + 1]);
	if (!Number.isInteger(count) || count < 3) throw new Error('--site needs a number of articles, 3 or more');
	process.exit(await benchSite(ROOT, count));
}
const SAMPLES = resolve(ROOT, 'tests/fixtures/seeds');
const args = process.argv.slice(2);
const json = args.includes('--json');
const buildCount = args.includes('--build') ? Number(args[args.indexOf('--build') + 1] ?? 1000) : 0;

const files = readdirSync(SAMPLES)
	.filter((f) => f.endsWith('.txt'))
	.sort()
	.map((f) => ({ file: `samples/${f}`, bytes: readFileSync(join(SAMPLES, f)) }));

/** Runs `fn` over the samples for at least `ms` milliseconds; articles per second. */
function rate(fn: (f: (typeof files)[number]) => void, ms = 2000): number {
	for (let i = 0; i < 200; i++) for (const f of files) fn(f); // warm-up: let the JIT settle
	let n = 0;
	const start = performance.now();
	let now = start;
	while (now - start < ms) {
		for (const f of files) fn(f);
		n += files.length;
		now = performance.now();
	}
	return (n * 1000) / (now - start);
}

const reference = rate((f) => normalizeText(decodeBytes(f.bytes).text));
const texts = new Map(files.map((f) => [f.file, normalizeText(decodeBytes(f.bytes).text)]));
const engine = rate((f) => extractFacts(texts.get(f.file) ?? ''));
const pipeline = rate((f) => processArticle(f.file, f.bytes));

const before = process.memoryUsage();
const kept = [];
for (let i = 0; i < 2000; i++) for (const f of files) kept.push(processArticle(f.file, f.bytes));
const after = process.memoryUsage();
const perArticleKiB = (after.heapUsed - before.heapUsed) / 1024 / kept.length;

const figures: Record<string, number> = {
	'reference (decode + clean) articles/s': reference,
	'extraction engine articles/s': engine,
	'full pipeline (decode, frontmatter, extract, validate) articles/s': pipeline,
	'pipeline cost / reference cost': reference / pipeline,
	'retained heap per processed article, KiB': perArticleKiB,
	'sample article size, bytes (mean)': files.reduce((n, f) => n + f.bytes.length, 0) / files.length,
};

if (buildCount > 0) Object.assign(figures, await benchBuild(buildCount));

if (json) {
	process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
} else {
	for (const [k, v] of Object.entries(figures)) {
		process.stdout.write(`${k.padEnd(66)} ${v >= 100 ? Math.round(v).toLocaleString('en') : v.toFixed(2)}\n`);
	}
	const met = (n: number) => (n >= 2000 ? 'met' : 'NOT met');
	process.stdout.write(
		`target ≥ 2,000 articles/s on one core: extraction engine ${met(engine)}, full per-file pipeline ${met(pipeline)}\n`,
	);
}

/**
 * Builds a site of `count` articles (the samples under new names) as `npm run build` does, from a
 * cold cache, and measures time and the peak memory of its process tree (`buildSite`).
 */
async function benchBuild(count: number): Promise<Record<string, number>> {
	const dir = resolve(ROOT, 'tmp/bench-articles');
	const out = resolve(ROOT, 'tmp/bench-dist');
	const cache = resolve(ROOT, 'tmp/bench-cache');
	for (const d of [dir, out, cache]) rmSync(d, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (let i = 0; i < count; i++) {
		const f = files[i % files.length];
		if (!f) continue;
		// A distinct first line keeps each copy from being a duplicate of the others.
		writeFileSync(
			join(dir, `bench-${String(i).padStart(5, '0')}.txt`),
			Buffer.concat([f.bytes, Buffer.from(`\n\nBản tin số ${i}.\n`)]),
		);
	}
	const run = await buildSite(ROOT, dir, out, cache);
	return {
		'site build: articles': count,
		'site build: pages written': countPages(out),
		'site build: seconds (cold cache)': run.seconds,
		'site build: articles/s': count / run.seconds,
		'site build: peak RSS of the process tree, MiB': run.peakMiB,
	};
}
