/**
 * Lists a district's and a province's pages print, written as text: the officials who came
 * (`districtVisitorsHtml`), a directory of officials (`officialDirectoryHtml`), the table of a
 * province's districts (`coverageRowsHtml`) and the timeline (`timelineHtml`), text escaped as
 * Astro escapes it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cutTimeline } from '../../src/lib/site/model/archive.ts';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import { timelineHtml } from '../../src/lib/site/present/briefing-list.ts';
import { coverageRowsHtml } from '../../src/lib/site/present/coverage-rows-html.ts';
import { districtVisitorsHtml, officialDirectoryHtml } from '../../src/lib/site/present/people-html.ts';
import { item } from '../support/entries.ts';

const site = buildSite([
	item('a', { date: '2024-03-05', officials: [{ name: 'Lê <Văn> A', title: 'Chủ tịch UBND tỉnh', role: 'lead' }] }),
	item('b', {
		date: '2023-01-02',
		officials: [{ name: 'Lê <Văn> A', title: 'Phó Chủ tịch UBND tỉnh', role: 'speaker' }],
	}),
	item('c', { date: null, title: 'Bài "không" ngày' }),
]);
const href = (path: string) => `/b${path}`;
const district = site.districts.find((d) => d.ref.name === 'Nậm Pồ');
const province = site.provinces.find((p) => p.ref.name === 'Điện Biên');

describe('districtVisitorsHtml', () => {
	it('names each official with their latest title and every briefing with their role', () => {
		assert.ok(district);
		assert.match(
			districtVisitorsHtml(district.officials, href),
			/^<li><span class="people__name"><a href="\/b\/quan-chuc\/[^"]+">Lê &lt;Văn&gt; A<\/a><\/span> <span class="people__title">Chủ tịch UBND tỉnh<\/span><span class="sub"><a href="\/b\/bai-viet\/a\/">05\/03\/2024<\/a> \([^)]+\), <a href="\/b\/bai-viet\/b\/">02\/01\/2023<\/a> \([^)]+\)<\/span><\/li>$/,
		);
		assert.equal(districtVisitorsHtml([], href), '');
	});
});

describe('officialDirectoryHtml', () => {
	it('names each official with their latest title and how many briefings', () => {
		assert.ok(province);
		assert.match(
			officialDirectoryHtml(province.officials, href),
			/^<li><span class="people__name"><a href="\/b\/quan-chuc\/[^"]+">Lê &lt;Văn&gt; A<\/a><\/span> <span class="people__title">Chủ tịch UBND tỉnh · 2 bài<\/span><\/li>$/,
		);
	});
});

describe('coverageRowsHtml', () => {
	it('links a covered district with its count and latest day, mutes an uncovered one', () => {
		assert.ok(province);
		const html = coverageRowsHtml(province.districts, href);
		assert.match(
			html,
			/<tr><th scope="row"><a href="\/b\/tinh\/dien-bien\/nam-po\/">Nậm Pồ<\/a><span class="sub">huyện · \d+<\/span><\/th><td class="n">3<\/td><td class="n">05\/03\/2024<\/td><\/tr>/,
		);
		assert.match(
			html,
			/<tr class="is-uncovered"><th scope="row">[^<]+<span class="sub">[^<]+<\/span><\/th><td class="n">chưa có<\/td><td class="n">–<\/td><\/tr>/,
		);
		const [first] = province.districts;
		assert.ok(first);
		assert.match(
			coverageRowsHtml([{ ...first, mentions: 2 }], href),
			/<span class="sub">\+2 bài tổng hợp<\/span><\/td>/,
		);
	});
});

describe('timelineHtml', () => {
	it('writes a section a year with its count, the undated last, each with its list', () => {
		assert.ok(district);
		const html = timelineHtml(district.timeline, 'none', href);
		assert.match(
			html,
			/^<section><h3 class="timeline__year">Năm 2024 <span class="timeline__count">1 bài<\/span><\/h3><ol class="blist"><li class="blist__item">/,
		);
		assert.match(
			html,
			/<section><h3 class="timeline__year">Chưa rõ ngày <span class="timeline__count">1 bài<\/span><\/h3><ol class="blist"><li class="blist__item">.*Bài &quot;không&quot; ngày.*<\/ol><\/section>$/,
		);
	});
	it('counts every briefing of a group cut short, and links the page of them all', () => {
		assert.ok(district);
		const cut = cutTimeline(district.timeline, 0, (year) => `/tinh/x/bai-viet/${year ?? 'chua-ro-ngay'}/`);
		const html = timelineHtml(cut, 'none', href);
		assert.match(
			html,
			/^<section><h3 class="timeline__year">Năm 2024 <span class="timeline__count">1 bài<\/span><\/h3><ol class="blist"><\/ol><p class="note"><a href="\/b\/tinh\/x\/bai-viet\/2024\/">Mọi bài năm 2024<\/a><\/p><\/section>/,
		);
		assert.match(html, /<a href="\/b\/tinh\/x\/bai-viet\/chua-ro-ngay\/">Mọi bài chưa rõ ngày<\/a><\/p><\/section>$/);
		const whole = cutTimeline(district.timeline, 1, () => '/never/');
		assert.equal(
			timelineHtml(whole, 'none', href),
			timelineHtml(district.timeline, 'none', href),
			'a group not cut shows as before',
		);
	});
});
