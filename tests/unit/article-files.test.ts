import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { listArticleEntries, listArticleFiles, readArticleFile } from '../../src/lib/article/files.ts';

let root: string;
let dir: string;

before(() => {
	root = mkdtempSync(join(tmpdir(), 'article-files-'));
	dir = join(root, 'articles');
	mkdirSync(join(dir, 'sub'), { recursive: true });
	mkdirSync(join(root, 'outside'));
	writeFileSync(join(root, 'outside', 'secret.txt'), 'BÍ MẬT');
	writeFileSync(join(dir, 'a.txt'), 'Bài A');
	writeFileSync(join(dir, 'sub', 'b.txt'), 'Bài B');
	writeFileSync(join(dir, '.hidden.txt'), 'ẩn');
	symlinkSync(join(root, 'outside', 'secret.txt'), join(dir, 'link.txt'));
	symlinkSync(join(root, 'outside'), join(dir, 'linked-folder'));
	execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
});

after(() => rmSync(root, { recursive: true, force: true }));

describe('listArticleEntries', () => {
	it('lists regular files, and links and FIFOs as refused, without entering linked folders', async () => {
		assert.deepEqual(await listArticleEntries(dir), [
			{ path: 'a.txt', refused: null },
			{ path: 'link.txt', refused: 'symlink' },
			{ path: 'linked-folder', refused: 'symlink' },
			{ path: 'pipe.txt', refused: 'fifo' },
			{ path: 'sub/b.txt', refused: null },
		]);
		assert.deepEqual(await listArticleFiles(dir), ['a.txt', 'sub/b.txt']);
	});
});

describe('readArticleFile', () => {
	it('reads at most the limit and tells the whole size', async () => {
		const { bytes, size } = await readArticleFile(join(dir, 'a.txt'), 3);
		assert.equal(size, Buffer.byteLength('Bài A'));
		assert.equal(bytes.length, 3);
	});

	it('refuses a link and a FIFO without following or blocking', async () => {
		await assert.rejects(readArticleFile(join(dir, 'link.txt'), 100), { code: 'ELOOP' });
		await assert.rejects(readArticleFile(join(dir, 'pipe.txt'), 100), { code: 'ENOTREGULAR' });
	});
});
