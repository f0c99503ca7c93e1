/**
 * `npm run bench -- --site 20` works end to end: the generated articles are built cold and after
 * adding, editing and deleting one, and every incremental output is the cold build's, byte for
 * byte. Only that it runs and what it compares is tested, never its timings. It needs
 * ../shared/bench (developers' and CI's only) and python3: without them it is skipped, saying why.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../support/build-site.ts';

const shared = existsSync(resolve(ROOT, '../shared/bench/gen-corpus.py'));
// The corpus generator is a Python script.
const python = spawnSync('python3', ['--version']).status === 0;

describe('npm run bench -- --site', () => {
	it('builds 20 generated articles cold and incrementally, each incremental output the same as a cold one', {
		skip: !shared ? '../shared/bench is not beside the project' : !python ? 'python3 is not installed' : false,
	}, () => {
		const run = spawnSync(process.execPath, ['scripts/bench.ts', '--site', '20'], {
			cwd: ROOT,
			encoding: 'utf8',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		});
		assert.equal(run.status, 0, run.stdout + run.stderr);
		const rows = run.stdout.split('\n').filter((l) => l.startsWith('| '));
		for (const label of ['unchanged, rebuilt', 'one article added', 'one article edited', 'one article deleted']) {
			const row = rows.find((r) => r.startsWith(`| ${label} `));
			assert.ok(row, `${label}: ${run.stdout}`);
			assert.match(row, /\| +yes \|$/, row);
		}
		const column = rows[0]?.split('|').findIndex((c) => c.trim() === 'pages') ?? -1;
		const pages = (label: string) => Number(rows.find((r) => r.startsWith(`| ${label} `))?.split('|')[column]);
		// Adding one article adds its page (and maybe its district's, official's and month's pages).
		assert.ok(pages('one article added') > pages('cold'), run.stdout);
		// The peer, when Hugo is installed, is built after each of the five cold builds.
		if (spawnSync('hugo', ['version']).status === 0)
			assert.ok(
				rows.some((r) => r.startsWith('| peer: hugo + pagefind, median of 5 ')),
				run.stdout,
			);
		// Astro's process is told apart from the rest of the build's processes (on Linux, whose /proc it
		// reads), and each phase timed, the steps after Astro's exit included.
		if (process.platform === 'linux')
			assert.match(
				run.stdout,
				/by phase \(time, peak\): (start [\d.]+ s \d+ MiB, )?sync [\d.]+ s \d+ MiB, bundle [\d.]+ s \d+ MiB, render [\d.]+ s \d+ MiB.*, after Astro [\d.]+ s/,
			);
	});
});
