/**
 * `fs.promises.mkdir` and `writeFile` done at once while `astro build` writes its pages
 * (src/lib/sync-file-writes.ts): done before the call returns, settled as the originals are,
 * anything else left to the originals, and the originals put back.
 */
import assert from 'node:assert/strict';
import fs, { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { syncFileWrites } from '../../src/lib/sync-file-writes.ts';

const dir = mkdtempSync(join(tmpdir(), 'sync-file-writes-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('page writes done at once', () => {
	it('makes the folder and writes the file before the call returns, as the originals would', async () => {
		const { mkdir, writeFile } = fs.promises;
		const restore = syncFileWrites();
		try {
			assert.notEqual(fs.promises.writeFile, writeFile);
			const folder = join(dir, 'bai-viet', 'nam-po');
			const made = fs.promises.mkdir(pathToFileURL(`${folder}/`), { recursive: true });
			assert.ok(fs.statSync(folder).isDirectory(), 'made before the promise is awaited');
			assert.equal(await made, join(dir, 'bai-viet'));
			assert.equal(await fs.promises.mkdir(folder, { recursive: true }), undefined);
			const page = join(folder, 'index.html');
			const written = fs.promises.writeFile(page, '<p>Nậm Pồ</p>');
			assert.equal(fs.readFileSync(page, 'utf8'), '<p>Nậm Pồ</p>', 'written before the promise is awaited');
			assert.equal(await written, undefined);
			await fs.promises.writeFile(pathToFileURL(page), new TextEncoder().encode('<p>Điện Biên</p>'));
			assert.equal(fs.readFileSync(page, 'utf8'), '<p>Điện Biên</p>');
		} finally {
			restore();
		}
		assert.equal(fs.promises.mkdir, mkdir);
		assert.equal(fs.promises.writeFile, writeFile);
	});

	it('rejects as the originals do, never throws', async () => {
		const restore = syncFileWrites();
		try {
			const missing = join(dir, 'none', 'index.html');
			let promise: Promise<void> | null = null;
			assert.doesNotThrow(() => {
				promise = fs.promises.writeFile(missing, 'x');
			});
			await assert.rejects(promise as unknown as Promise<void>, { code: 'ENOENT' });
			fs.writeFileSync(join(dir, 'file'), '');
			await assert.rejects(fs.promises.mkdir(join(dir, 'file', 'sub')), { code: 'ENOTDIR' });
		} finally {
			restore();
		}
	});

	it('leaves an open file and a stream of data to the originals', async () => {
		const restore = syncFileWrites();
		const file = join(dir, 'handle.txt');
		try {
			const handle = await fs.promises.open(file, 'w');
			try {
				await fs.promises.writeFile(handle, 'by handle');
			} finally {
				await handle.close();
			}
			assert.equal(fs.readFileSync(file, 'utf8'), 'by handle');
			await fs.promises.writeFile(
				file,
				(async function* () {
					yield 'by ';
					yield 'stream';
				})(),
			);
			assert.equal(fs.readFileSync(file, 'utf8'), 'by stream');
		} finally {
			restore();
		}
	});
});
