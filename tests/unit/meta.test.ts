import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type HeadTag, headTags } from '../../src/lib/site/present/head-meta.ts';

const base = {
	title: 'Tít',
	description: 'Mô tả',
	siteName: 'Bản tin huyện',
	locale: 'vi_VN',
	canonical: 'https://example.org/b/bai-viet/a/',
	noindex: false,
	feeds: [{ title: 'Bản tin huyện', href: '/b/rss.xml' }],
};

/** A tag as a line of HTML, for reading the tests (the site's are written by Astro). */
const line = (t: HeadTag) =>
	`<${t.element} ${Object.entries(t.attributes)
		.map(([k, v]) => `${k}="${v}"`)
		.join(' ')}>`;

describe('headTags', () => {
	it('gives description, canonical, feeds, Open Graph and Twitter card, in order', () => {
		assert.deepEqual(headTags({ ...base, article: { published: '2024-11-19T15:55+07:00' } }).map(line), [
			'<meta name="description" content="Mô tả">',
			'<link rel="canonical" href="https://example.org/b/bai-viet/a/">',
			'<link rel="alternate" type="application/rss+xml" title="Bản tin huyện" href="/b/rss.xml">',
			'<meta property="og:site_name" content="Bản tin huyện">',
			'<meta property="og:locale" content="vi_VN">',
			'<meta property="og:type" content="article">',
			'<meta property="og:title" content="Tít">',
			'<meta property="og:description" content="Mô tả">',
			'<meta property="og:url" content="https://example.org/b/bai-viet/a/">',
			'<meta property="article:published_time" content="2024-11-19T15:55+07:00">',
			'<meta name="twitter:card" content="summary">',
		]);
	});

	it('shows the picture of a shared link in Open Graph and a large Twitter card', () => {
		const image = { url: 'https://example.org/b/og-image.png', width: 1200, height: 630, alt: 'Bản tin huyện' };
		const lines = headTags({ ...base, image }).map(line);
		for (const expected of [
			'<meta property="og:image" content="https://example.org/b/og-image.png">',
			'<meta property="og:image:width" content="1200">',
			'<meta property="og:image:height" content="630">',
			'<meta property="og:image:alt" content="Bản tin huyện">',
			'<meta name="twitter:card" content="summary_large_image">',
			'<meta name="twitter:image" content="https://example.org/b/og-image.png">',
		]) {
			assert.ok(lines.includes(expected), expected);
		}
	});

	it('is a website without canonical URL and with noindex on the 404 page', () => {
		const lines = headTags({ ...base, canonical: null, noindex: true }).map(line);
		assert.ok(lines.includes('<meta name="robots" content="noindex">'));
		assert.ok(!lines.some((l) => /canonical|og:url|article:/.test(l)));
		assert.ok(lines.includes('<meta property="og:type" content="website">'));
	});

	it('keeps article text as the value it is: escaping is Astro’s when it writes the attribute', () => {
		const hostile = `<script>alert(1)</script> "x" & 'y'`;
		const tags = headTags({ ...base, title: hostile, description: hostile });
		assert.ok(tags.every((t) => t.element === 'meta' || t.element === 'link'));
		assert.equal(tags.find((t) => t.attributes.property === 'og:title')?.attributes.content, hostile);
	});
});
