import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getRssString } from '@astrojs/rss';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import {
	feedContent,
	feedDate,
	feedHtml,
	feedItems,
	feedOptions,
	sanitizeFeedHtml,
} from '../../src/lib/site/outputs/feeds.ts';
import type { BodyBlock } from '../../src/schemas/entry.ts';
import { item } from '../support/entries.ts';
import { feedProblems, htmlProblems, readFeed } from '../support/rss.ts';

const NO_SOURCE = { outlet: null, url: null, author: null };
const url = (path: string) => `https://example.org/briefings${path}`;
const p = (text: string): BodyBlock => ({ type: 'paragraph', text });

const HOSTILE: BodyBlock[] = [
	p('Mở đầu <script>alert(1)</script> giữa'),
	p('<img src=x onerror=alert(2)> và <a href="javascript:alert(3)">bấm</a>'),
	p('[chi tiết](javascript:alert(4)) <javascript:alert(5)> https://evil.example/x'),
	p('**đậm** _nghiêng_ `mã` # không phải tiêu đề > không phải trích dẫn'),
	p('<iframe src="https://evil.example"></iframe><style>body{}</style><svg onload=alert(6)>'),
	{ type: 'heading', text: '<h1 onclick="x()">Tiêu đề</h1>' },
	{ type: 'caption', text: 'Ảnh <b onmouseover=alert(7)>đoàn</b>', credit: '<i>Chí Công</i>' },
];

describe('feedHtml', () => {
	it('turns hostile text into inert text', () => {
		const html = feedHtml(HOSTILE, NO_SOURCE);
		assert.deepEqual(htmlProblems(html), []);
		assert.doesNotMatch(html, /<script|<img|<iframe|<svg|<style|<b\b|<i\b|<h1/i);
		assert.doesNotMatch(html, /<[^>]*\son\w+=/i);
		assert.doesNotMatch(html, /<a\b[^>]*href="(?!https?:)/i);
		// The words are all still there, as text.
		assert.match(html, /Mở đầu &lt;script&gt;alert\(1\)&lt;\/script&gt; giữa/);
		assert.match(html, /&lt;img src=x onerror=alert\(2\)&gt;/);
		assert.match(html, /\[chi tiết\]\(javascript:alert\(4\)\)/);
		assert.match(html, /\*\*đậm\*\* _nghiêng_ `mã` # không phải tiêu đề &gt; không phải trích dẫn/);
	});

	it('keeps paragraphs, subheads and captions as the page does', () => {
		const html = feedHtml(
			[
				p('Đoạn một.'),
				{ type: 'heading', text: 'Phát triển kinh tế' },
				p('Đoạn hai.'),
				{ type: 'caption', text: 'Quang cảnh buổi làm việc.', credit: 'Chí Công' },
			],
			NO_SOURCE,
		);
		assert.equal(
			html,
			'<p>Đoạn một.</p>\n<h3>Phát triển kinh tế</h3>\n<p>Đoạn hai.</p>\n<figure>\n<figcaption>Quang cảnh buổi làm việc.</figcaption>\n<small>Ảnh: Chí Công</small>\n</figure>\n',
		);
	});

	it('ends with the source, linked when its address is known', () => {
		const html = feedHtml([p('Nội dung.')], {
			outlet: 'Điện Biên TV',
			url: 'https://dienbientv.vn/tin-tuc/a-1.htm?x=1&y=(2)',
			author: 'Chí Công',
		});
		assert.match(
			html,
			/<p>Nguồn: <a href="https:\/\/dienbientv\.vn\/tin-tuc\/a-1\.htm\?x=1&amp;y=\(2\)">Điện Biên TV<\/a> · Chí Công<\/p>\n$/,
		);
		assert.match(
			feedHtml([p('x')], { outlet: 'Báo <Lai Châu>', url: null, author: null }),
			/Nguồn: Báo &lt;Lai Châu&gt;/,
		);
		assert.doesNotMatch(feedHtml([p('x')], NO_SOURCE), /Nguồn/);
	});
});

describe('sanitizeFeedHtml', () => {
	it('keeps the allowlist and drops everything else', () => {
		const dirty =
			'<p class="x" style="color:red">a<script>alert(1)</script></p><a href="javascript:alert(1)">j</a><a href="/tinh/">r</a><a href="//evil.example/">p</a><a href="https://ok.example/" onclick="x()" target="_blank">ok</a><iframe src="https://e.example"></iframe><img src=x onerror=alert(1)><strong>s</strong>';
		const clean = sanitizeFeedHtml(dirty);
		assert.equal(clean, '<p>a</p><a>j</a><a>r</a><a>p</a><a href="https://ok.example/">ok</a><strong>s</strong>');
		assert.deepEqual(htmlProblems(clean), []);
	});
});

describe('feedDate', () => {
	it('is midnight in Vietnam, or the dateline time', () => {
		assert.equal(feedDate('2024-11-19', null)?.toISOString(), '2024-11-18T17:00:00.000Z');
		assert.equal(feedDate('2024-11-19', '15:55')?.toISOString(), '2024-11-19T08:55:00.000Z');
		assert.equal(feedDate('2024-11-19', '15:55')?.toUTCString(), 'Tue, 19 Nov 2024 08:55:00 GMT');
	});
	it('ignores a malformed time and has no date for an undated briefing', () => {
		assert.equal(feedDate('2024-11-19', '25:99')?.toISOString(), '2024-11-18T17:00:00.000Z');
		assert.equal(feedDate(null, '10:00'), null);
	});
});

describe('feedContent', () => {
	it('is feedHtml without XML-forbidden characters, rendered once per entry', () => {
		let asked = 0;
		const entry = {
			get body() {
				asked++;
				return [p('Đoạn một.')];
			},
			source: { outlet: 'Báo Lai Châu', url: null, author: null },
		};
		const html = feedContent(entry);
		assert.equal(html, feedHtml(entry.body, entry.source));
		asked = 0;
		assert.equal(feedContent(entry), html);
		assert.equal(asked, 0, 'its body is not asked for again');
		// Another entry with the same body is rendered with its own source.
		const other = feedContent({ body: entry.body, source: { outlet: 'Điện Biên TV', url: null, author: null } });
		assert.match(other, /Điện Biên TV/);
		assert.doesNotMatch(other, /Lai Châu/);
	});
	it('keeps what it rendered by scope: the same text in another scope, rendered again', () => {
		let asked = 0;
		const entry = {
			get body() {
				asked++;
				return [p('Đoạn hai.')];
			},
			source: { outlet: 'Báo Lai Châu', url: null, author: null },
		};
		const [one, two] = [{}, {}];
		const html = feedContent(entry, one);
		assert.equal(feedContent(entry, two), html);
		assert.equal(feedContent(entry), html);
		assert.equal(feedContent(entry, one), html);
		assert.equal(asked, 3, 'once in each of the three scopes');
	});
});

describe('feedItems', () => {
	const site = buildSite([
		item('old', { date: '2023-06-13' }),
		item('morning', { date: '2024-11-19', time: '08:00' }),
		item('undated', { date: null }),
		item('evening', {
			date: '2024-11-19',
			time: '15:55',
			title: 'Tít <script>alert(1)</script>',
			summary: 'Tóm tắt & "trích"',
			kind: 'party-meeting',
			districts: ['Nậm Pồ', 'Mường Nhé'],
			source: { outlet: 'Điện Biên TV', url: null, author: 'Chí <b>Công</b>' },
			body: [p('Đoạn <script>alert(2)</script>')],
		}),
	]);
	const items = feedItems(site.briefings, url);

	it('carries the dated briefings only, newest first', () => {
		assert.deepEqual(
			items.map((i) => i.link),
			['evening', 'morning', 'old'].map((id) => url(`/bai-viet/${id}/`)),
		);
	});

	it('keeps at most the limit', () => assert.equal(feedItems(site.briefings, url, 2).length, 2));

	it('gives a briefing the same item in every feed of a URL maker, and renders only the items it keeps', () => {
		const other = (path: string) => url(path);
		const old = site.briefings.filter((b) => b.id === 'old');
		assert.equal(
			feedItems(old, url)[0],
			items.find((i) => i.link === url('/bai-viet/old/')),
		);
		assert.notEqual(feedItems(site.briefings, other)[0], items[0]);
		assert.deepEqual(feedItems(site.briefings, other), items);
		// The body of a briefing left out (past the limit) is never read: its text is not rendered.
		const read: string[] = [];
		const watched = buildSite([item('x', { date: '2024-01-01' }), item('y', { date: '2023-01-01' })]);
		for (const b of watched.briefings) {
			const { body } = b.entry;
			Object.defineProperty(b.entry, 'body', {
				get: () => {
					read.push(b.id);
					return body;
				},
			});
		}
		assert.deepEqual(
			feedItems(watched.briefings, url, 1).map((i) => i.link),
			[url('/bai-viet/x/')],
		);
		assert.deepEqual(read, ['x']);
	});

	it('names province, districts and kind as categories, byline and outlet as creator', () => {
		const first = items[0];
		assert.ok(first);
		assert.deepEqual(first.categories, ['Tỉnh Điện Biên', 'Huyện Nậm Pồ', 'Huyện Mường Nhé', 'Hội nghị Đảng bộ']);
		assert.equal(first.customData, '<dc:creator>Chí &lt;b&gt;Công&lt;/b&gt;, Điện Biên TV</dc:creator>');
		assert.equal(first.description, 'Tóm tắt & "trích"');
		assert.equal(items[1]?.customData, undefined);
	});

	it('makes a valid RSS 2.0 feed in which hostile text stays text', async () => {
		const xml = await getRssString(
			feedOptions(
				{
					name: 'Huyện Nậm Pồ',
					page: '/tinh/dien-bien/nam-po/',
					feed: '/tinh/dien-bien/nam-po/rss.xml',
					briefings: site.briefings,
				},
				url,
			),
		);
		assert.deepEqual(feedProblems(xml), []);
		const feed = readFeed(xml);
		assert.equal(feed.title, 'Bản tin huyện: Huyện Nậm Pồ');
		assert.equal(feed.link, url('/tinh/dien-bien/nam-po/'));
		assert.equal(feed.self, url('/tinh/dien-bien/nam-po/rss.xml'));
		assert.equal(feed.language, 'vi');
		assert.equal(feed.items.length, 3);
		const first = feed.items[0];
		assert.equal(first?.title, 'Tít <script>alert(1)</script>');
		assert.equal(first?.guid, url('/bai-viet/evening/'));
		assert.equal(first?.pubDate, 'Tue, 19 Nov 2024 08:55:00 GMT');
		assert.equal(first?.creator, 'Chí <b>Công</b>, Điện Biên TV');
		assert.equal(
			first?.content,
			'<p>Đoạn &lt;script&gt;alert(2)&lt;/script&gt;</p>\n<p>Nguồn: Điện Biên TV · Chí &lt;b&gt;Công&lt;/b&gt;</p>\n',
		);
		// No markup of the article's reaches the XML as markup: every "<" of its text is escaped twice or once.
		assert.doesNotMatch(xml, /<script|<b>/);
	});

	it('is caught when broken: feedProblems finds a bad feed', () => {
		const bad =
			'<?xml version="1.0"?><rss version="0.91"><channel><title>T</title><link>/rel/</link><item><title>x</title><link>/x/</link><pubDate>2024-11-19</pubDate><content:encoded>&lt;p onclick="x()"&gt;a&lt;/p&gt;&lt;script&gt;1&lt;/script&gt;</content:encoded></item></channel></rss>';
		const problems = feedProblems(bad);
		for (const expected of [
			'rss version "0.91"',
			'channel without description',
			'channel link not absolute: /rel/',
			'item 1 without guid',
			'item 1: link not absolute: /x/',
			'item 1: pubDate not RFC 822: 2024-11-19',
			'item 1: attribute onclick on <p>',
			'item 1: tag <script>',
		]) {
			assert.ok(problems.includes(expected), `${expected} in ${problems.join('; ')}`);
		}
		assert.match(feedProblems('<rss><channel>')[0] ?? '', /not well-formed/);
	});
});
