import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { contentStoreIntegration, DATA_STORE_MODULE, sortedStore } from '../../src/integrations/content-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'content-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// The devalue Astro writes its store with.
const astroRequire = createRequire(createRequire(import.meta.url).resolve('astro/package.json'));
const devalue = (await import(pathToFileURL(astroRequire.resolve('devalue')).href)) as {
	stringify(value: unknown): string;
};

// Astro's own serialisation of its store (what it writes to data-store.json).
const writer = (await import(pathToFileURL(astroRequire.resolve('./dist/content/data-store-writer.js')).href)) as {
	serializeDataStore(collections: Map<string, Map<string, unknown>>): string;
	FileWriter: new (file: string) => { write(collections: Map<string, Map<string, unknown>>): Promise<boolean> };
};
const parse = (await import(pathToFileURL(astroRequire.resolve('devalue')).href)).parse as (text: string) => unknown;

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

describe('the content sync’s store handed to the pages', () => {
	const synced = new Map([
		[
			'meta:articles',
			new Map([
				['z.txt', '{"digest":"1"}'],
				['a.txt', '{"digest":"2"}'],
			]),
		],
		[
			'articles',
			new Map<string, unknown>([
				['uy-ban', { id: 'uy-ban', data: { title: 'Ủy ban', body: [{ type: 'paragraph', text: 'x' }] } }],
				['Binh', { id: 'Binh', data: { title: 'Bình', date: undefined, n: -0 } }],
				['an-giang', { id: 'an-giang', data: { title: 'An Giang', figures: [1.5, null] } }],
				['ấp', { id: 'ấp', data: { title: 'Ấp' } }],
			]),
		],
	]);

	it('is what Astro writes to its file and the module would read back, in the same order', () => {
		const read = parse(writer.serializeDataStore(synced)) as Map<string, Map<string, unknown>>;
		const sorted = sortedStore(synced);
		assert.deepEqual(sorted, read);
		assert.deepEqual([...sorted.keys()], [...read.keys()]);
		for (const [name, entries] of read) assert.deepEqual([...(sorted.get(name)?.keys() ?? [])], [...entries.keys()]);
		assert.notDeepEqual([...sorted.keys()], [...synced.keys()], 'the order changed');
	});

	it('is what Astro last wrote in the build, handed over once the build starts', async () => {
		await loadOf('build', dir);
		const file = join(dir, 'written.json');
		assert.equal(await new writer.FileWriter(file).write(synced), true);
		const start = contentStoreIntegration().hooks['astro:build:start'] as (options: unknown) => Promise<void>;
		const key = Symbol.for('district-briefings.content-store.synced');
		const g = globalThis as { [key: symbol]: unknown };
		try {
			await start({ logger: { warn: () => {} } });
			assert.deepEqual(g[key], parse(readFileSync(file, 'utf8')));
		} finally {
			delete g[key];
		}
	});

	it('is the module’s store when handed over, the file being read otherwise', async () => {
		writeFileSync(join(dir, 'data-store.json'), devalue.stringify(new Map([['articles', new Map()]])));
		const load = await loadOf('build', dir);
		const code = load?.(DATA_STORE_MODULE)?.code;
		assert.ok(code);
		const key = Symbol.for('district-briefings.content-store.synced');
		const handed = sortedStore(synced);
		const g = globalThis as { [key: symbol]: unknown };
		g[key] = handed;
		try {
			writeFileSync(join(dir, 'handed.mjs'), code);
			const read = (await import(pathToFileURL(join(dir, 'handed.mjs')).href)) as { default: unknown };
			assert.equal(read.default, handed);
		} finally {
			delete g[key];
		}
		writeFileSync(join(dir, 'from-file.mjs'), code);
		const fromFile = (await import(pathToFileURL(join(dir, 'from-file.mjs')).href)) as { default: unknown };
		assert.deepEqual(fromFile.default, new Map([['articles', new Map()]]));
	});
});
