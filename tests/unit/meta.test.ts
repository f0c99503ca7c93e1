import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeAttribute, headMetaHtml } from '../../src/lib/site/present/head-meta.ts';

const base = {
	title: 'Tít',
	description: 'Mô tả',
	siteName: 'Bản tin huyện',
	locale: 'vi_VN',
	canonical: 'https://example.org/b/bai-viet/a/',
	noindex: false,
	feeds: [{ title: 'Bản tin huyện', href: '/b/rss.xml' }],
};

describe('headMetaHtml', () => {
	it('writes description, canonical, feeds, Open Graph and Twitter card', () => {
		assert.equal(
			headMetaHtml({ ...base, article: { published: '2024-11-19T15:55+07:00' } }),
			[
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
			].join('\n'),
		);
	});

	it('shows the picture of a shared link in Open Graph and a large Twitter card', () => {
		const image = { url: 'https://example.org/b/og-image.png', width: 1200, height: 630, alt: 'Bản tin huyện' };
		const html = headMetaHtml({ ...base, image });
		for (const line of [
			'<meta property="og:image" content="https://example.org/b/og-image.png">',
			'<meta property="og:image:width" content="1200">',
			'<meta property="og:image:height" content="630">',
			'<meta property="og:image:alt" content="Bản tin huyện">',
			'<meta name="twitter:card" content="summary_large_image">',
			'<meta name="twitter:image" content="https://example.org/b/og-image.png">',
		]) {
			assert.ok(html.split('\n').includes(line), line);
		}
	});

	it('is a website without canonical URL and with noindex on the 404 page', () => {
		const html = headMetaHtml({ ...base, canonical: null, noindex: true });
		assert.match(html, /<meta name="robots" content="noindex">/);
		assert.doesNotMatch(html, /canonical|og:url|article:/);
		assert.match(html, /og:type" content="website"/);
	});

	it('escapes article text whole: no markup, even inside an attribute', () => {
		const hostile = `<script>alert(1)</script> "x" & 'y' <b onmouseover="alert(2)">`;
		const html = headMetaHtml({ ...base, title: hostile, description: hostile });
		assert.doesNotMatch(html, /<script|<b\b|"x"/);
		assert.equal((html.match(/<(meta|link)\b/g) ?? []).length, html.split('\n').length);
		assert.equal(
			escapeAttribute(hostile),
			'&lt;script&gt;alert(1)&lt;/script&gt; &quot;x&quot; &amp; &#39;y&#39; &lt;b onmouseover=&quot;alert(2)&quot;&gt;',
		);
	});
});
