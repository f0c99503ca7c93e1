/**
 * Feeds stay well-formed XML whatever characters a headline, summary, body or byline holds:
 * noncharacters, controls and lone surrogates are dropped by the feed writer itself.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getRssString } from '@astrojs/rss';
import { entryData, processArticle } from '../../src/lib/article/process-article.ts';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import { escapeXml, feedOptions, xmlChars } from '../../src/lib/site/outputs/feeds.ts';
import { item } from '../support/entries.ts';
import { feedProblems, readFeed } from '../support/rss.ts';
import { seedText } from '../support/seeds.ts';

const url = (path: string) => `https://example.org${path}`;
const FORBIDDEN = '\uFFFE\uFFFF\u0001\u0008\u000B\u001F\uDFFF\uD800';

async function feedOf(site: ReturnType<typeof buildSite>): Promise<string> {
	return getRssString(
		feedOptions({ name: 'Huyện Nậm Pồ', page: '/p/', feed: '/p/rss.xml', briefings: site.briefings }, url),
	);
}

describe('feeds and characters XML forbids', () => {
	it('drop them from entries that hold them, and parse as XML', async () => {
		const site = buildSite([
			item('a', {
				title: `Tít${FORBIDDEN} bài`,
				summary: `Tóm${FORBIDDEN} tắt`,
				source: { outlet: `Điện Biên${FORBIDDEN} TV`, url: null, author: `Chí${FORBIDDEN} Công` },
				body: [{ type: 'paragraph', text: `Đoạn${FORBIDDEN} một` }],
			}),
		]);
		const xml = await feedOf(site);
		assert.deepEqual(feedProblems(xml), []);
		const [first] = readFeed(xml).items;
		assert.equal(first?.title, 'Tít bài');
		assert.equal(first?.description, 'Tóm tắt');
		assert.match(first?.content ?? '', /Đoạn\s+một/);
		assert.equal(first?.creator, 'Chí Công, Điện Biên TV');
	});

	it('never see them from an article, which cleaning rids of them first', async () => {
		const text = seedText('000_bcc1ecf503c2fdd8.txt').replace('\n', `\uFFFF\u2066\uFFFE\n`);
		const article = processArticle('x.txt', new TextEncoder().encode(text));
		assert.doesNotMatch(article.facts.title, /[\uFFFE\uFFFF\u2066]/);
		const site = buildSite([{ id: article.id, data: entryData(article) }]);
		assert.deepEqual(feedProblems(await feedOf(site)), []);
	});

	it('xmlChars keeps pairs, tab and line breaks, and escapeXml drops what it must', () => {
		assert.equal(xmlChars('a\t\n\r𝕏\uFFFDb'), 'a\t\n\r𝕏\uFFFDb');
		assert.equal(xmlChars(`x${FORBIDDEN}y`), 'xy');
		assert.equal(escapeXml(`<a\uFFFF&>`), '&lt;a&amp;&gt;');
	});
});
