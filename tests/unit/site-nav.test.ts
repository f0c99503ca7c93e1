import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paths, withBase } from '../../src/lib/site/paths.ts';
import { ariaCurrent, NAV, sitePath } from '../../src/lib/site/present/nav.ts';

describe('ariaCurrent', () => {
	it('marks the section’s own page "page"', () => assert.equal(ariaCurrent('/tinh/', '/tinh/'), 'page'));
	it('marks pages inside a section "true"', () =>
		assert.equal(ariaCurrent('/tinh/dien-bien/nam-po/', '/tinh/'), 'true'));
	it('leaves other sections unmarked', () => assert.equal(ariaCurrent('/ngay/2024/', '/tinh/'), undefined));
	it('marks home only at home', () => {
		assert.equal(ariaCurrent('/', '/'), 'page');
		assert.equal(ariaCurrent('/tinh/', '/'), undefined);
	});
	it('lists every section page once', () => {
		assert.deepEqual(
			NAV.map((n) => n.path),
			[paths.provinces(), paths.districts(), paths.officials(), paths.indicators(), paths.archive(), paths.search()],
		);
	});
});

describe('sitePath and withBase', () => {
	it('removes the base path', () =>
		assert.equal(sitePath('/briefings/tinh/dien-bien/', '/briefings/'), '/tinh/dien-bien/'));
	it('keeps a root path', () => assert.equal(sitePath('/tinh/', '/'), '/tinh/'));
	it('adds the trailing slash of directory pages', () =>
		assert.equal(sitePath('/briefings/tinh', '/briefings/'), '/tinh/'));
	it('leaves file names alone', () => assert.equal(sitePath('/404.html', '/'), '/404.html'));
	it('puts the base in front', () => {
		assert.equal(withBase('/briefings/', '/tinh/'), '/briefings/tinh/');
		assert.equal(withBase('/', '/tinh/'), '/tinh/');
		assert.equal(withBase('/briefings', 'tinh/'), '/briefings/tinh/');
	});
});
