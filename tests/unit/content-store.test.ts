import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { contentStoreIntegration, DATA_STORE_MODULE } from '../../src/integrations/content-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'content-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// The devalue Astro writes its store with.
const astroRequire = createRequire(createRequire(import.meta.url).resolve('astro/package.json'));
const devalue = (await import(pathToFileURL(astroRequire.resolve('devalue')).href)) as {
	stringify(value: unknown): string;
};

type Load = (id: string) => { code: string; meta: Record<string, unknown> } | null;

/** The load hook the integration gives Vite for `command`, or null when it gives none. */
async function loadOf(command: 'build' | 'dev', cacheDir: string): Promise<Load | null> {
	let handler: Load | null = null;
	const setup = contentStoreIntegration().hooks['astro:config:setup'] as (options: unknown) => Promise<void>;
	await setup({
		command,
		config: { cacheDir: pathToFileURL(`${cacheDir}/`) },
		updateConfig: (config: { vite: { plugins: { load: { handler: Load } }[] } }) => {
			handler = config.vite.plugins[0]?.load.handler ?? null;
		},
	});
	return handler;
}

describe('the content store read at run time', () => {
	it('gives the module the store Astro wrote, as a Map of collections', async () => {
		const store = new Map([
			[
				'articles',
				new Map([
					['a', { id: 'a', data: { title: 'Huyện Mường Nhé', indicators: [{ value: 1.5 }] }, digest: 'x' }],
					['b', { id: 'b', data: { title: 'Ủy ban', date: null } }],
				]),
			],
		]);
		writeFileSync(join(dir, 'data-store.json'), devalue.stringify(store));
		const load = await loadOf('build', dir);
		assert.ok(load);
		const loaded = load(DATA_STORE_MODULE);
		assert.ok(loaded);
		// Astro's mark of its store module, which its incremental build leaves out of page hashes.
		assert.deepEqual(loaded.meta, { astroIncremental: { kind: 'content-data' } });
		writeFileSync(join(dir, 'reader.mjs'), loaded.code);
		const read = (await import(pathToFileURL(join(dir, 'reader.mjs')).href)) as { default: unknown };
		assert.ok(read.default instanceof Map);
		assert.deepEqual(read.default, store);
		// Any other module is left to its own loader.
		assert.equal(load('\0astro:content'), null);
	});

	it('leaves Astro its empty store when no store was written, and dev as Astro has it', async () => {
		const empty = mkdtempSync(join(dir, 'empty-'));
		assert.equal((await loadOf('build', empty))?.(DATA_STORE_MODULE), null);
		assert.equal(await loadOf('dev', dir), null);
	});
});
