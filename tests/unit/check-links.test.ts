import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { absoluteUrls, checkLinks, htmlLinks } from '../support/check-links.ts';

const SITE = 'https://example.org';
const dir = mkdtempSync(join(tmpdir(), 'check-links-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, text: string): void {
	mkdirSync(dirname(join(dir, path)), { recursive: true });
	writeFileSync(join(dir, path), text);
}

const page = (body: string) =>
	`<!doctype html><html><head><link rel="canonical" href="${SITE}/b/tinh/"><link rel="stylesheet" href="/b/_astro/x.css"><meta property="og:url" content="${SITE}/b/tinh/"></head><body id="top">${body}</body></html>`;

write('_astro/x.css', 'p{}');
write('tinh/index.html', page('<a href="/b/">home</a><a href="#top">top</a><a href="https://other.example/x">ext</a>'));
write('index.html', page('<a href="/b/tinh/">ok</a><a href="/b/rss.xml">feed</a><a href="mailto:a@b.c">mail</a>'));
write('rss.xml', `<rss><channel><link>${SITE}/b/</link><item><link>${SITE}/b/tinh/</link></item></channel></rss>`);

describe('checkLinks', () => {
	it('finds no broken link in a sound site', () => {
		const report = checkLinks(dir, { site: SITE, base: '/b/', anchors: true });
		assert.deepEqual(report.broken, []);
		assert.equal(report.external, 1);
		assert.ok(report.checked >= 12, String(report.checked));
	});

	it('reports missing pages, links outside the base, missing anchors and javascript: links', () => {
		write(
			'ngay/index.html',
			page(
				'<a href="/b/khong-co/">missing</a><a href="/tinh/">no base</a><a href="/b/tinh/#nowhere">anchor</a><a href="javascript:alert(1)">js</a><img src="/b/anh.png"><a href="tuong-doi/">relative</a>',
			),
		);
		write(
			'sitemap-0.xml',
			`<urlset><url><loc>${SITE}/b/mat/</loc></url><url><loc>${SITE}/b/tinh/</loc></url></urlset>`,
		);
		write(
			'feed.xml',
			`<rss><item><content:encoded>&lt;a href=&quot;${SITE}/b/xoa/&quot;&gt;x&lt;/a&gt;</content:encoded></item></rss>`,
		);
		const report = checkLinks(dir, { site: SITE, base: '/b/', anchors: true });
		const found = report.broken.map((b) => `${b.file} ${b.link} ${b.reason}`);
		assert.deepEqual(found.sort(), [
			'/feed.xml https://example.org/b/xoa/ no such file in the build',
			'/ngay/index.html /b/anh.png no such file in the build',
			'/ngay/index.html /b/khong-co/ no such file in the build',
			'/ngay/index.html /b/tinh/#nowhere no id "nowhere" in the target page',
			'/ngay/index.html /tinh/ outside the base path /b/',
			'/ngay/index.html javascript:alert(1) javascript: address',
			'/ngay/index.html tuong-doi/ relative address (the site writes root-relative or absolute ones)',
			'/sitemap-0.xml https://example.org/b/mat/ no such file in the build',
		]);
	});
});

describe('link extraction', () => {
	it('reads href and src of any tag, decoded, and og:url', () => {
		assert.deepEqual(
			htmlLinks(
				'<a class="x" href="/a/?q=1&amp;r=2">a</a><script src=/s.js></script><meta property="og:url" content="https://e.org/">',
			),
			['/a/?q=1&r=2', '/s.js', 'https://e.org/'],
		);
	});
	it('reads addresses in XML, also inside escaped HTML', () => {
		assert.deepEqual(absoluteUrls('<loc>https://e.org/a/</loc> &lt;a href=&quot;https://e.org/b/&quot;&gt;'), [
			'https://e.org/a/',
			'https://e.org/b/',
		]);
	});
});
