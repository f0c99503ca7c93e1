/**
 * What pages print as text instead of through Astro components (the frame's head tags, header
 * and footer, a briefing's search fields) against what Astro's own runtime writes for the same
 * values: escaping of text and attributes, empty and missing values.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addAttribute, escapeHTML, spreadAttributes } from 'astro/runtime/server/index.js';
import { attribute, escapeText, voidElement } from '../../src/lib/site/markup.ts';
import { headTags, headTagsHtml } from '../../src/lib/site/present/head-meta.ts';
import { brandHtml, breadcrumbsHtml, siteFooterHtml, siteNavHtml } from '../../src/lib/site/present/site-frame.ts';
import { searchFieldsHtml } from '../../src/lib/site/search/fields-html.ts';

// Texts an article or a setting may hold: markup, quotes, entities, nothing at all.
const TEXTS = [
	'',
	'Huyện Điện Biên Đông',
	'<script>alert("x")</script>',
	'Tom & Jerry\'s "quote" <b>',
	'&amp; already &lt;',
	'a > b < c',
	'  spaces  ',
	'Hòa Bình — 2023–2024 · “ngoặc”',
];

describe('escapeText', () => {
	it('escapes as Astro escapes a string in a template', () => {
		for (const t of TEXTS) assert.equal(escapeText(t), String(escapeHTML(t)), t);
	});
	it('leaves no markup of its own in an article text', () => {
		assert.equal(escapeText('<img src=x onerror="a()">'), '&lt;img src=x onerror=&quot;a()&quot;&gt;');
	});
});

describe('attribute', () => {
	it('writes an attribute as Astro does, the empty text as the bare name', () => {
		for (const t of TEXTS) assert.equal(attribute('title', t), String(addAttribute(t, 'title')), t);
	});
	it('writes nothing for a missing value', () => {
		assert.equal(attribute('aria-current', undefined), '');
		assert.equal(attribute('aria-current', null), '');
	});
});

describe('voidElement and headTagsHtml', () => {
	it('writes a spread of attributes as Astro does, in their order', () => {
		for (const t of TEXTS) {
			const attributes = { name: 'description', content: t, title: `${t}!` };
			assert.equal(voidElement('meta', attributes), `<meta${String(spreadAttributes(attributes))}>`);
		}
	});
	it('writes one tag a line, an article title escaped', () => {
		const html = headTagsHtml(
			headTags({
				title: 'Tít "a" & <b>',
				description: 'Mô tả',
				siteName: 'Bản tin',
				locale: 'vi_VN',
				canonical: 'https://example.org/a/',
				noindex: false,
				feeds: [],
			}),
		);
		const lines = html.split('\n');
		assert.equal(lines.length, 9);
		assert.equal(lines[0], '<meta name="description" content="Mô tả">');
		assert.ok(lines.includes('<meta property="og:title" content="Tít &quot;a&quot; &amp; <b>">'));
		assert.equal(headTagsHtml([]), '');
	});
});

const href = (path: string) => `/b${path}`;

describe('the frame', () => {
	it('writes the brand with the settings escaped', () => {
		assert.equal(
			brandHtml({ name: 'A & B', tagline: '<i>x</i>' }, href),
			'<a class="brand" href="/b/"><span class="brand__name">A &amp; B</span><span class="brand__tag">&lt;i&gt;x&lt;/i&gt;</span></a>',
		);
	});
	it('writes breadcrumbs, links up, the page itself last, every label escaped', () => {
		assert.equal(
			breadcrumbsHtml(
				[{ label: 'Trang chủ', path: '/' }, { label: 'A & B', path: '/tinh/a/' }, { label: '<b>"Tít"</b>' }],
				href,
			),
			'<nav class="breadcrumbs" aria-label="Vị trí trang"><ol><li><a href="/b/">Trang chủ</a></li>' +
				'<li><a href="/b/tinh/a/">A &amp; B</a></li>' +
				'<li><span class="breadcrumbs__current" aria-current="page">&lt;b&gt;&quot;Tít&quot;&lt;/b&gt;</span></li></ol></nav>',
		);
	});
	it('marks the section of the page in the navigation', () => {
		const nav = siteNavHtml('/tinh/dien-bien/', href);
		assert.match(
			nav,
			/^<nav class="site-nav" aria-label="Mục chính"><ul><li><a href="\/b\/tinh\/" aria-current="true">Tỉnh, thành<\/a><\/li>/,
		);
		assert.equal(nav.match(/aria-current/g)?.length, 1);
		assert.match(siteNavHtml('/huyen/', href), /<a href="\/b\/huyen\/" aria-current="page">Huyện<\/a>/);
		assert.doesNotMatch(siteNavHtml('/', href), /aria-current/);
	});
	const footer = (
		organisation: { name: string; url: string | null },
		contact: { email: string | null; url: string | null },
	) =>
		siteFooterHtml(
			{ organisation, contact, dataLicence: { name: 'CC BY 4.0', id: 'CC-BY-4.0', url: 'https://l.example/?a&b' } },
			href,
		);
	it('writes the maker, linked when it has an address, and no contact line without one', () => {
		const plain = footer({ name: 'Nhóm <A>', url: null }, { email: null, url: null });
		assert.match(plain, /<p>Thực hiện: Nhóm &lt;A&gt;\.<\/p>/);
		assert.match(plain, /<a href="https:\/\/l\.example\/\?a&amp;b" rel="license">CC BY 4\.0<\/a>/);
		assert.match(plain, /<a href="\/b\/du-lieu\/">/);
		const linked = footer({ name: 'Nhóm', url: 'https://n.example/' }, { email: null, url: null });
		assert.match(linked, /Thực hiện: <a href="https:\/\/n\.example\/">Nhóm<\/a>\.<\/p>/);
	});
	it('writes the contact line with the email, the page or both', () => {
		const org = { name: 'Nhóm', url: null };
		assert.match(
			footer(org, { email: 'a@b.vn', url: null }),
			/Nhóm\. Báo lỗi, góp ý: <a href="mailto:a@b\.vn">a@b\.vn<\/a>\.<\/p>/,
		);
		assert.match(
			footer(org, { email: 'a@b.vn', url: 'https://c.example/' }),
			/<a href="mailto:a@b\.vn">a@b\.vn<\/a> · <a href="https:\/\/c\.example\/">trang liên hệ<\/a>\.<\/p>/,
		);
		assert.match(
			footer(org, { email: null, url: 'https://c.example/' }),
			/góp ý: <a href="https:\/\/c\.example\/">trang liên hệ<\/a>\.<\/p>/,
		);
	});
});

describe('searchFieldsHtml', () => {
	it('writes each filter and metadata value in an attribute, escaped as Astro does, then the sort key', () => {
		const html = searchFieldsHtml({
			filters: { province: ['Điện Biên'], district: [], official: ['A "B" & <C>', 'D'], year: ['2024'] },
			meta: { date: '2024-11-19', fold: '', names: 'x | y' },
			sort: { date: '2024-11-19' },
		});
		assert.equal(
			html,
			'<span data-pagefind-filter="province[data-value]" data-value="Điện Biên"></span>' +
				'<span data-pagefind-filter="official[data-value]" data-value="A &quot;B&quot; &amp; <C>"></span>' +
				'<span data-pagefind-filter="official[data-value]" data-value="D"></span>' +
				'<span data-pagefind-filter="year[data-value]" data-value="2024"></span>' +
				'<span data-pagefind-meta="date[data-value]" data-value="2024-11-19"></span>' +
				'<span data-pagefind-meta="fold[data-value]" data-value></span>' +
				'<span data-pagefind-meta="names[data-value]" data-value="x | y"></span>' +
				'<span data-pagefind-sort="date[data-value]" data-value="2024-11-19"></span>',
		);
	});
});
