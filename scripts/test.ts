/**
 * `npm test`: every test of the project, with Node's test runner — unit tests of src/lib, the
 * site tests (which build sites from fixture folders) and the browser tests (headless
 * Chromium, skipped with a notice when no Chromium is installed).
 *
 * Extra arguments are passed to `node --test` (e.g. `npm test -- --test-name-pattern=slug`).
 */
import { spawnSync } from 'node:child_process';
import { globSync } from 'node:fs';

const files = globSync('tests/{unit,site,browser}/**/*.test.ts').sort(
	(a, b) => order(a) - order(b) || a.localeCompare(b),
);

function order(f: string): number {
	return f.startsWith('tests/unit') ? 0 : f.startsWith('tests/site') ? 1 : 2;
}

const run = spawnSync(
	process.execPath,
	['--test', '--test-reporter=spec', '--test-concurrency=1', ...process.argv.slice(2), ...files],
	{ stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
);
process.exitCode = run.status ?? 1;
