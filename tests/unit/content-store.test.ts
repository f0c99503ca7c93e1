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

type Handler = (code: string, id: string) => string | null;

/** The transform the integration gives Vite for `command`, or null when it gives none. */
function transformOf(command: 'build' | 'dev', cacheDir: string): Handler | null {
	let handler: Handler | null = null;
	const setup = contentStoreIntegration().hooks['astro:config:setup'] as (options: unknown) => void;
	setup({
		command,
		config: { cacheDir: pathToFileURL(`${cacheDir}/`) },
		updateConfig: (config: { vite: { plugins: { transform: { handler: Handler } }[] } }) => {
			handler = config.vite.plugins[0]?.transform.handler ?? null;
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
		const transform = transformOf('build', dir);
		assert.ok(transform);
		const code = transform('export default JSON.parse("[]")', DATA_STORE_MODULE);
		assert.ok(code);
		writeFileSync(join(dir, 'reader.mjs'), code);
		const read = (await import(pathToFileURL(join(dir, 'reader.mjs')).href)) as { default: unknown };
		assert.ok(read.default instanceof Map);
		assert.deepEqual(read.default, store);
		// Any other module is left as it is.
		assert.equal(transform('export default 1', '\0astro:content'), null);
	});

	it('leaves Astro an empty store when no store was written, and dev as Astro has it', () => {
		const empty = mkdtempSync(join(dir, 'empty-'));
		assert.equal(transformOf('build', empty)?.('export default new Map()', DATA_STORE_MODULE), null);
		assert.equal(transformOf('dev', dir), null);
	});
});
