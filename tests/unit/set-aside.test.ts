import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { SetAside } from '../../scripts/set-aside.ts';

describe("the bench's folders set aside", () => {
	const root = mkdtempSync(join(tmpdir(), 'set-aside-'));
	after(() => rmSync(root, { recursive: true, force: true }));
	const folder = (name: string, text: string) => {
		const dir = join(root, name);
		mkdirSync(join(dir, 'sub'), { recursive: true });
		writeFileSync(join(dir, 'sub', 'page.html'), text);
		return dir;
	};

	it('moves a folder out of the way whole, and removes everything set aside at the end', () => {
		const aside = new SetAside(join(root, 'aside'));
		const dist = folder('dist', 'first build');
		aside.put(dist);
		assert.equal(existsSync(dist), false);
		// The same path again, for the next build: both kept until the end.
		aside.put(folder('dist', 'second build'));
		const kept = readdirSync(join(root, 'aside')).map((n) =>
			readFileSync(join(root, 'aside', n, 'sub', 'page.html'), 'utf8'),
		);
		assert.deepEqual(kept.sort(), ['first build', 'second build']);
		assert.equal(aside.count, 2);
		aside.clear();
		assert.equal(existsSync(join(root, 'aside')), false);
	});

	it('passes over a path that is not there', () => {
		const aside = new SetAside(join(root, 'aside-none'));
		aside.put(join(root, 'missing'));
		assert.equal(aside.count, 0);
		assert.equal(existsSync(join(root, 'aside-none')), false);
	});

	it('does not overwrite what an interrupted earlier run left, and removes it too', () => {
		const dir = join(root, 'aside-left');
		mkdirSync(join(dir, '0'), { recursive: true });
		writeFileSync(join(dir, '0', 'left.txt'), 'left');
		const aside = new SetAside(dir);
		aside.put(folder('cache', 'cache'));
		assert.equal(readFileSync(join(dir, '0', 'left.txt'), 'utf8'), 'left');
		assert.equal(readFileSync(join(dir, '1', 'sub', 'page.html'), 'utf8'), 'cache');
		aside.clear();
		assert.equal(existsSync(dir), false);
	});
});
