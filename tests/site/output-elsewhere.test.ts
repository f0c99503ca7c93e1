/**
 * The output folder (OUT_DIR) on another file system than the project, as a deploy may put it (a
 * tmpfs, another disk, a mounted volume): Astro moves its stylesheets and scripts there from the
 * project's `.astro/` by renames, which the system refuses across devices
 * (src/lib/cross-device-rename.ts). Run where /dev/shm is such a file system, skipped elsewhere.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { buildSite, ROOT } from '../support/build-site.ts';

const SHM = '/dev/shm';
const elsewhere = existsSync(SHM) && statSync(SHM).dev !== statSync(ROOT).dev;
const out = elsewhere ? mkdtempSync(join(SHM, 'briefings-out-')) : '';
const dist = join(out, 'dist');
after(() => {
	if (out) rmSync(out, { recursive: true, force: true });
});

describe('an output folder on another file system', {
	skip: elsewhere ? false : `${SHM} is not another file system here`,
}, () => {
	it('gets the site, its stylesheets and its search index, built and built again', () => {
		for (const keepOutput of [false, true]) {
			const site = buildSite('output-elsewhere', 'tests/fixtures/seeds', {
				fresh: !keepOutput,
				keepOutput,
				env: { OUT_DIR: dist },
			});
			assert.equal(site.status, 0);
			assert.ok(
				readdirSync(join(dist, '_astro')).some((f) => f.endsWith('.css')),
				'a stylesheet in _astro/',
			);
			assert.ok(existsSync(join(dist, 'index.html')));
			assert.ok(existsSync(join(dist, 'pagefind')));
			assert.ok(existsSync(join(dist, 'data', 'briefings.json')), 'the downloads');
		}
	});
});
