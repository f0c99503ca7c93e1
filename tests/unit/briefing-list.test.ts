/**
 * The items of a list of briefings written as text (`briefingItemsHtml`): what the list shows
 * of each briefing, in full and compact lists, article text escaped as Astro escapes it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import { briefingItemsHtml } from '../../src/lib/site/present/briefing-list.ts';
import { item } from '../support/entries.ts';

const site = buildSite([
	item('a', { title: 'Huyện M\'Đrắk & "Ea Kar" <họp>', date: '2024-11-19', period: { year: 2024, months: 9 } }),
	item('b', { title: 'Bài không ngày', date: null, district: null, districts: [] }),
]);
const [a, b] = ['a', 'b'].map((id) => site.briefings.find((x) => x.id === id));
const href = (path: string) => `/b${path}`;

describe('briefingItemsHtml', () => {
	it('writes the date, the linked headline and what the briefing is, its text escaped', () => {
		assert.ok(a && b);
		assert.equal(
			briefingItemsHtml([a], 'full', false, href),
			'<li class="blist__item"><span class="blist__date"><time datetime="2024-11-19">19/11/2024</time></span>' +
				'<div><p class="blist__title"><a href="/b/bai-viet/a/">Huyện M&#39;Đrắk &amp; &quot;Ea Kar&quot; &lt;họp&gt;</a></p>' +
				'<p class="blist__meta">Làm việc, kiểm tra · 9 tháng năm 2024 · Huyện Nậm Pồ, Điện Biên</p></div></li>',
		);
	});
	it('says the date in the line under the headline in a compact list, and repeats no place when asked', () => {
		assert.ok(a && b);
		const html = briefingItemsHtml([a, b], 'none', true, href);
		assert.doesNotMatch(html, /blist__date/);
		assert.match(html, /<p class="blist__meta">19\/11\/2024 · Làm việc, kiểm tra · 9 tháng năm 2024<\/p>/);
		assert.match(
			html,
			/<a href="\/b\/bai-viet\/b\/">Bài không ngày<\/a><\/p><p class="blist__meta">Làm việc, kiểm tra<\/p>/,
		);
		assert.match(
			briefingItemsHtml([b], 'full', false, href),
			/<span class="blist__date"><span class="muted">Chưa rõ ngày<\/span><\/span>/,
		);
		assert.equal(briefingItemsHtml([], 'full', false, href), '');
	});
});
