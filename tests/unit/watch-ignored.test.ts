import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { watchIgnored } from '../../src/lib/watch-ignored.ts';

const root = join('/', 'site');
const tmp = join(root, 'tmp');
const dist = join(root, 'dist');

describe('watchIgnored', () => {
	it('ignores the scratch folders and all they hold', () => {
		const ignored = watchIgnored([tmp, dist], join(root, 'content', 'articles'));
		for (const path of [tmp, join(tmp, 'bench-site', 'dist', 'a.html'), dist, join(dist, 'index.html')]) {
			assert.equal(ignored(path), true, path);
		}
	});

	it('watches everything else, a folder named like a scratch one included', () => {
		const ignored = watchIgnored([tmp, dist], join(root, 'content', 'articles'));
		for (const path of [
			root,
			join(root, 'src', 'pages', 'index.astro'),
			join(root, 'content', 'articles', 'a.txt'),
			`${tmp}2`,
		]) {
			assert.equal(ignored(path), false, path);
		}
	});

	it('watches articles kept inside a scratch folder, and the folders on the way to them', () => {
		const articles = join(tmp, 'dev-reload-1', 'articles');
		const ignored = watchIgnored([tmp, dist], articles);
		assert.equal(ignored(tmp), false);
		assert.equal(ignored(join(tmp, 'dev-reload-1')), false);
		assert.equal(ignored(join(articles, 'a.txt')), false);
		assert.equal(ignored(join(tmp, 'bench-site')), true);
		assert.equal(ignored(join(tmp, 'dev-reload-1', 'dist')), true);
	});
});
