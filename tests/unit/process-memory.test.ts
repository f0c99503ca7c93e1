import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stripVTControlCharacters } from 'node:util';
import { MemorySampler, roleOf } from '../../scripts/process-memory.ts';

// Astro's own lines, as it prints them with FORCE_COLOR set and without.
const coloured = [
	'\u001b[2m10:59:36\u001b[22m \u001b[34m[content]\u001b[39m Syncing content',
	'\u001b[2m10:59:36\u001b[22m \u001b[34m[build]\u001b[39m Building static entrypoints...',
	'\u001b[42m\u001b[30m generating static routes \u001b[39m\u001b[49m',
	'\u001b[2m10:59:37\u001b[22m \u001b[34m[build]\u001b[39m \u001b[1mComplete!\u001b[22m',
];
const plain = coloured.map(stripVTControlCharacters);

describe('the bench memory sampler', () => {
	for (const [name, lines] of [
		['plain', plain],
		['coloured', coloured],
	] as const) {
		it(`reads each phase of Astro's build from its ${name} output`, () => {
			const sampler = new MemorySampler(process.pid);
			for (const line of lines) sampler.phaseFrom(line);
			assert.deepEqual([...sampler.peaks().phasesSeconds.keys()], ['start', 'sync', 'bundle', 'render', 'after Astro']);
		});
	}

	it('stays in a phase on lines that start none', () => {
		const sampler = new MemorySampler(process.pid);
		sampler.phaseFrom(plain[0] ?? '');
		sampler.phaseFrom('[build] 12 page(s) built in 1.2s');
		assert.deepEqual([...sampler.peaks().phasesSeconds.keys()], ['start', 'sync']);
	});

	it('tells Astro, the indexer and other processes apart by command line', () => {
		assert.equal(roleOf('node --max-semi-space-size=16 node_modules/astro/bin/astro.mjs build'), 'astro');
		assert.equal(roleOf('node scripts/search-index.ts dist'), 'index');
		assert.equal(roleOf('/x/node_modules/@pagefind/linux-x64/bin/pagefind_extended --service'), 'index');
		assert.equal(roleOf('node scripts/write-downloads.ts'), 'other');
		assert.equal(
			roleOf('/work/wt-pagefind/node_modules/.bin/node /work/wt-pagefind/scripts/search-index.ts h'),
			'index',
		);
		assert.equal(roleOf('/work/wt-pagefind/node_modules/.bin/node --test /work/wt-pagefind/tests/x.test.ts'), 'other');
		assert.equal(roleOf('node /work/search-index.ts-folder/scripts/write-downloads.ts'), 'other');
	});

	it('samples its own process as other, and reports every peak in MiB', () => {
		const sampler = new MemorySampler(process.pid);
		sampler.sample();
		const peaks = sampler.peaks();
		if (process.platform === 'linux') assert.ok(peaks.treeMiB > 10, `tree ${peaks.treeMiB} MiB`);
		assert.equal(peaks.astroMiB, 0);
		assert.equal(peaks.indexMiB, 0);
	});
});
