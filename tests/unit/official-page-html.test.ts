/**
 * An official's page written as text (`officialPageHtml`) and the key facts it shares with the
 * district and province pages (`keyFactsHtml`): what each section shows, the notes of an empty
 * one, article text escaped as Astro escapes it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import { keyFactsHtml } from '../../src/lib/site/present/key-facts-html.ts';
import { officialPageHtml } from '../../src/lib/site/present/official-page-html.ts';
import { item } from '../support/entries.ts';

const site = buildSite([
	item('a', {
		title: 'Kiểm tra <"tiến độ"> & M\'Đrắk',
		date: '2023-12-22',
		officials: [{ name: 'Lê Văn A', title: 'Phó Chủ tịch UBND tỉnh', role: 'lead' }, { name: 'Trần B' }],
	}),
	item('b', {
		date: '2024-03-05',
		districts: ['Nậm Pồ', 'Mường Chà'],
		officials: [{ name: 'Lê Văn A', title: 'Chủ tịch UBND tỉnh', role: 'lead' }],
	}),
	item('c', { date: null, district: null, districts: [], officials: [{ name: 'Lò C', title: '' }] }),
]);
const href = (path: string) => `/b${path}`;
const official = (name: string) => {
	const o = site.officials.find((x) => x.ref.name === name);
	assert.ok(o, name);
	return o;
};

describe('keyFactsHtml', () => {
	it('writes a labelled fact a line, a link when it has a path, escaped', () => {
		assert.equal(
			keyFactsHtml(
				[
					{ label: 'Tỉnh', value: 'Điện Biên', path: '/tinh/dien-bien/' },
					{ label: 'A & B', value: '<3 bài>' },
				],
				href,
			),
			'<div><dt>Tỉnh</dt><dd><a href="/b/tinh/dien-bien/">Điện Biên</a></dd></div>' +
				'<div><dt>A &amp; B</dt><dd>&lt;3 bài&gt;</dd></div>',
		);
		assert.equal(keyFactsHtml([], href), '');
	});
});

describe('officialPageHtml', () => {
	it('writes the head, the titles held, the districts, the appearances and the companions', () => {
		const a = official('Lê Văn A');
		const html = officialPageHtml(a, href);
		assert.match(html, /^<header class="page-head"><nav class="breadcrumbs" aria-label="Vị trí trang"><ol>.*<\/nav>/);
		assert.match(
			html,
			/<p class="kicker">Quan chức · Tỉnh Điện Biên<\/p><h1>Lê Văn A<\/h1><p class="standfirst">Chủ tịch UBND tỉnh<\/p>/,
		);
		assert.match(
			html,
			/<dl class="facts-grid key-facts">.*<div><dt>Xuất hiện<\/dt><dd>2 bài<\/dd><\/div>.*<\/dl><\/header>/,
		);
		assert.match(
			html,
			/<ol class="titles"><li><span>Phó Chủ tịch UBND tỉnh<\/span><span class="dates"><time datetime="2023-12-22">22\/12\/2023<\/time><\/span><\/li>/,
		);
		assert.match(
			html,
			/<ul class="columns"><li><a href="\/b\/tinh\/dien-bien\/[a-z-]+\/">Huyện [^<]+<\/a><span class="count">\d bài<\/span><\/li>/,
		);
		// Newest first; a briefing of several districts links each.
		assert.match(
			html,
			/<ol class="blist visits"><li class="blist__item"><span class="blist__date"><time datetime="2024-03-05">05\/03\/2024<\/time><\/span><div><p class="blist__title"><a href="\/b\/bai-viet\/b\/">Bài b<\/a><\/p><p class="blist__meta"><a href="[^"]+">Huyện [^<]+<\/a>, <a href="[^"]+">Huyện [^<]+<\/a> · Chủ tịch UBND tỉnh · [^<]+<\/p><\/div><\/li>/,
		);
		assert.match(html, /<a href="\/b\/bai-viet\/a\/">Kiểm tra &lt;&quot;tiến độ&quot;&gt; &amp; M&#39;Đrắk<\/a>/);
		assert.match(
			html,
			/<a href="\/b\/quan-chuc\/[^"]+\/rss\.xml" type="application\/rss\+xml">Theo dõi qua RSS<\/a>: bài mới có Lê Văn A\.<\/p>/,
		);
		assert.match(
			html,
			/<h2 id="companions">Cùng xuất hiện<\/h2><ul class="columns"><li><a href="\/b\/quan-chuc\/[^"]+">Trần B<\/a><span class="count">1 bài<\/span><\/li><\/ul><\/section>$/,
		);
	});
	it('says so when there is no title, district or companion, and names the province of a briefing without district', () => {
		const html = officialPageHtml(official('Lò C'), href);
		assert.doesNotMatch(html, /standfirst/);
		assert.match(html, /<p class="note">Các bài không ghi chức danh\.<\/p>/);
		assert.match(html, /<p class="note">Các bài không gắn với huyện nào\.<\/p>/);
		assert.match(html, /<p class="note">Không có quan chức nào khác được nêu cùng\.<\/p><\/section>$/);
		assert.match(
			html,
			/<span class="blist__date"><span class="muted">Chưa rõ ngày<\/span><\/span>.*<p class="blist__meta">Điện Biên · [^<]+<\/p>/,
		);
	});
});
