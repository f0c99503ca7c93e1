/**
 * A briefing page's panels written as text: the facts panel's head (`factsSummaryHtml`), the
 * citation box (`citeBoxHtml`) and the previous and next briefings (`neighbourNavHtml`): what
 * each shows, the notes when something is missing, article text escaped as Astro escapes it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import { citation } from '../../src/lib/site/present/citation.ts';
import { citeBoxHtml } from '../../src/lib/site/present/cite-box-html.ts';
import { factsSummaryHtml } from '../../src/lib/site/present/facts-summary-html.ts';
import { neighbourNavHtml } from '../../src/lib/site/present/neighbour-nav-html.ts';
import { item } from '../support/entries.ts';

const site = buildSite([
	item('a', {
		title: 'Họp <"quý"> & M\'Đrắk',
		date: '2024-03-05',
		period: { year: 2024, months: 3 },
		source: { outlet: 'Báo <A>', url: 'https://x.vn/a?b=1&c="2"', author: null },
		officials: [{ name: 'Lê Văn A', title: 'Chủ tịch UBND tỉnh', role: 'lead' }],
	}),
	item('b', { date: '2024-04-01', district: 'Mường Chà', districts: ['Mường Chà', 'Nậm Pồ', 'Mường Nhé', 'Tủa Chùa'] }),
	item('c', { date: null, province: null, district: null, districts: [] }),
]);
const b = (id: string) => {
	const found = site.briefings.find((x) => x.id === id);
	assert.ok(found, id);
	return found;
};
const href = (path: string) => `/b${path}`;

describe('factsSummaryHtml', () => {
	it('writes the kind, period, place and source, the officials, and the heading of the figures', () => {
		const html = factsSummaryHtml(b('a'), href);
		assert.match(
			html,
			/^<h2 id="facts-title">Tóm tắt bài viết<\/h2><dl class="facts-grid"><div><dt>Loại tin<\/dt><dd>[^<]+<\/dd><\/div>/,
		);
		assert.match(html, /<div><dt>Kỳ báo cáo<\/dt><dd>quý I\/2024<\/dd><\/div>/);
		assert.match(
			html,
			/<div><dt>Địa bàn<\/dt><dd><a href="\/b\/tinh\/dien-bien\/nam-po\/">Huyện Nậm Pồ<\/a>, <a href="\/b\/tinh\/dien-bien\/">Điện Biên<\/a><\/dd><\/div>/,
		);
		assert.match(html, /<div><dt>Nguồn<\/dt><dd>Báo &lt;A&gt;<\/dd><\/div><\/dl><h3>Quan chức \(1\)<\/h3>/);
		assert.match(
			html,
			/<ul class="people"><li><span class="people__name"><a href="\/b\/quan-chuc\/[^"]+">Lê Văn A<\/a><\/span> <span class="people__title">Chủ tịch UBND tỉnh · [^<]+<\/span><\/li><\/ul><h3>Số liệu \(0\)<\/h3>$/,
		);
	});
	it('widens a place of many districts, and says what is missing', () => {
		assert.match(
			factsSummaryHtml(b('b'), href),
			/<div class="wide"><dt>Địa bàn<\/dt><dd><a [^>]+>Huyện Mường Chà<\/a>, <a [^>]+>Điện Biên<\/a><span class="sub">Cũng nêu: <a [^>]+>Huyện Nậm Pồ<\/a>, <a /,
		);
		const html = factsSummaryHtml(b('c'), href);
		assert.match(html, /<dd><span class="muted">Không nêu<\/span><\/dd>/);
		assert.match(html, /<dd><span class="muted">Chưa xác định<\/span><\/dd>/);
		assert.match(html, /<dd><span class="muted">Không rõ<\/span><\/dd>/);
		assert.match(html, /<h3>Quan chức \(0\)<\/h3><p class="note">Bài không nêu quan chức nào\.<\/p>/);
	});
});

describe('citeBoxHtml', () => {
	it('writes the line to copy, its parts with the addresses as links, and the files', () => {
		const a = b('a');
		const cite = citation({
			title: a.entry.title,
			date: a.entry.date,
			outlet: a.entry.source.outlet ?? null,
			author: null,
			originalUrl: a.entry.source.url ?? null,
			pageUrl: `https://site.vn${a.path}`,
			siteName: 'Bản tin',
		});
		const html = citeBoxHtml(a.path, cite, 'CC & BY', href);
		assert.match(
			html,
			/^<h2 id="cite-title" class="section-title">Trích dẫn<\/h2><p class="cite-box__text" data-cite-text>[^<]*&lt;&quot;quý&quot;&gt; &amp; M&#39;Đrắk[^<]*<\/p>/,
		);
		assert.match(html, /<dd><a href="https:\/\/site\.vn\/bai-viet\/a\/">https:\/\/site\.vn\/bai-viet\/a\/<\/a><\/dd>/);
		assert.match(
			html,
			/<dd><a href="https:\/\/x\.vn\/a\?b=1&amp;c=&quot;2&quot;" rel="noopener nofollow">https:\/\/x\.vn\/a\?b=1&amp;c=&quot;2&quot;<\/a><\/dd>/,
		);
		assert.match(
			html,
			/<p class="cite-box__downloads">Tải số liệu của bài: <a href="\/b\/bai-viet\/a\/briefings\.json" type="application\/json">JSON<\/a> · <a href="\/b\/bai-viet\/a\/indicators\.csv" type="text\/csv">CSV<\/a> · <a href="\/b\/bai-viet\/a\/datapackage\.json" type="application\/json">Data Package<\/a> · <a href="\/b\/du-lieu\/">giải thích các trường, giấy phép CC &amp; BY<\/a><\/p>$/,
		);
	});
});

describe('neighbourNavHtml', () => {
	it('links the previous and next briefing of each scope that has one, with their days', () => {
		const html = neighbourNavHtml(b('b'), site.neighbours(b('b')), href);
		assert.match(
			html,
			/^<h2 id="neighbours-title">Bài trước, bài sau<\/h2><dl><div><dt>Cùng tỉnh Điện Biên<\/dt><dd><ul><li><span class="neighbours__dir">← Bài trước · 05\/03\/2024<\/span><a href="\/b\/bai-viet\/a\/">Họp &lt;&quot;quý&quot;&gt; &amp; M&#39;Đrắk<\/a><\/li><\/ul><\/dd><\/div>/,
		);
		assert.doesNotMatch(html, /Bài sau/);
		assert.match(html, /<dt>Mọi địa phương<\/dt>.*<\/dl>$/);
	});
	it('says why there is none', () => {
		const none = { prev: null, next: null };
		const scopes = { district: none, province: none, all: none };
		assert.match(neighbourNavHtml(b('a'), scopes, href), /<p class="note">Chưa có bài nào khác\.<\/p>$/);
		assert.match(
			neighbourNavHtml(b('c'), scopes, href),
			/<p class="note">Bài chưa rõ ngày nên không xếp được thứ tự\.<\/p>$/,
		);
	});
});
