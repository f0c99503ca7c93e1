/**
 * The feed text's direct writer (`directFeedHtml`, which `feedHtml` takes) against its reference,
 * markdown-it over the escaped Markdown and then sanitize-html (`markdownFeedHtml`), byte for
 * byte: on the sample articles, on seeded random bodies and sources (every block shape, every
 * ASCII punctuation character, white space of every kind, control characters, markup, addresses
 * with entities, escapes, spaces and non-ASCII), and on the edge cases by name. The direct writer
 * must also write the ordinary cases itself, not leave them all to the reference.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { processArticle } from '../../src/lib/article/process-article.ts';
import { directFeedHtml } from '../../src/lib/site/outputs/feed-body-html.ts';
import { feedHtml, feedLinkHref, markdownFeedHtml } from '../../src/lib/site/outputs/feeds.ts';
import type { Source } from '../../src/schemas/briefing.ts';
import type { BodyBlock } from '../../src/schemas/entry.ts';
import { block, EDGE_BODIES, text } from '../support/random-body.ts';
import { seededRandom } from '../support/seeded-random.ts';

const NO_SOURCE: Source = { outlet: null, url: null, author: null };
// A link maker that takes every address: what the direct writer does with the rest of the source.
const anyHref = (url: string) => url;

const URLS = [
	'https://baodienbien.vn/dien-bien-dong-hop-ban-123.html',
	'http://laichau.gov.vn/?a=1&b=2',
	'HTTPS://Example.VN/Đường/tỉnh?q=Nậm Pồ',
	'https://x.vn/a%20b%zz%',
	'https://x.vn/?q=&amp;x&copy;&#x3C;&nosuch;',
	'https://x.vn/"q"/\'r\'/[a](b)*_{}',
	'https://x.vn/a b',
	'https://x.vn/<x>',
	'https://x.vn/a\\)b',
	'https://x.vn/a\nb',
	'https://x.vn/a\u0000b',
	'https://xn--tnh-7ba.vn/',
	'https://',
	'ftp://x.vn/',
	'javascript:alert(1)',
];

function source(random: () => number): Source {
	const maybe = (make: () => string) => (random() < 0.5 ? make() : null);
	return {
		outlet: maybe(() => (random() < 0.2 ? ' ' : text(random))),
		author: maybe(() => text(random)),
		url: maybe(() => URLS[Math.floor(random() * URLS.length)] as string),
	};
}

const SEEDS = 'tests/fixtures/seeds';
const seeds = readdirSync(SEEDS)
	.filter((f) => f.endsWith('.txt'))
	.map((f) => processArticle(`${SEEDS}/${f}`, readFileSync(`${SEEDS}/${f}`)));

describe('the feed text is written directly, byte for byte markdown-it and sanitize-html', () => {
	it('on the sample articles, with their sources, each written directly', () => {
		assert.equal(seeds.length, 5);
		for (const a of seeds) {
			assert.ok(a.body.length > 5, a.file);
			assert.equal(feedHtml(a.body, a.facts.source), markdownFeedHtml(a.body, a.facts.source), a.file);
			assert.notEqual(directFeedHtml(a.body, a.facts.source, anyHref), null, a.file);
		}
	});

	it('on 1,000 seeded random bodies and sources, most written directly', () => {
		let direct = 0;
		for (let seed = 1; seed <= 1000; seed++) {
			const random = seededRandom(seed);
			const blocks = Array.from({ length: Math.floor(random() * 7) }, () => block(random));
			const src = source(random);
			assert.equal(
				feedHtml(blocks, src),
				markdownFeedHtml(blocks, src),
				`seed ${seed}: ${JSON.stringify([blocks, src])}`,
			);
			if (directFeedHtml(blocks, src, feedLinkHref) !== null) direct++;
		}
		// Left to the reference: a NUL in some text (one word in 25), an address with white space,
		// control characters, angle brackets or a backslash, or not http(s).
		assert.ok(direct > 450, `${direct} of 1,000 written directly`);
	});

	const EDGES: { name: string; blocks: BodyBlock[]; source?: Source }[] = [
		...EDGE_BODIES,
		{ name: 'a NUL in a credit', blocks: [{ type: 'caption', text: 'a', credit: 'b\u0000' }] },
		{
			name: 'an address and no credit',
			blocks: [],
			source: { outlet: null, author: null, url: 'https://x.vn/a?b=1&c=2' },
		},
		{
			name: 'an address, an outlet and an author',
			blocks: [{ type: 'paragraph', text: 'Nội dung.' }],
			source: { outlet: 'Báo <Điện Biên>', author: 'Chí Công & Hà', url: 'https://baodienbien.vn/a.html' },
		},
		{
			name: 'an outlet of white space last',
			blocks: [],
			source: { outlet: 'Báo', author: ' \t', url: null },
		},
		{
			name: 'an address with a NUL',
			blocks: [],
			source: { outlet: 'Báo', author: null, url: 'https://x.vn/\u0000' },
		},
	];
	for (const { name, blocks, source = NO_SOURCE } of EDGES) {
		it(name, () => {
			assert.equal(feedHtml(blocks, source), markdownFeedHtml(blocks, source));
		});
	}

	it('gives the href of a plain http(s) address, as markdown-it normalises it', () => {
		assert.equal(feedLinkHref('https://baodienbien.vn/a-1.html'), 'https://baodienbien.vn/a-1.html');
		assert.equal(feedLinkHref('HTTP://x.vn/Đường?a=1&amp;b=%zz'), 'HTTP://x.vn/%C4%90%C6%B0%E1%BB%9Dng?a=1&b=%25zz');
		for (const url of [
			'https://x.vn/a b',
			'https://x.vn/<x>',
			'https://x.vn/a\\b',
			'ftp://x.vn/',
			'javascript:x',
			'https://x.vn/\u0001',
		]) {
			assert.equal(feedLinkHref(url), null, url);
		}
	});

	it('leaves a NUL and an address its link maker refuses to the reference', () => {
		assert.equal(directFeedHtml([{ type: 'paragraph', text: 'a\u0000b' }], NO_SOURCE, anyHref), null);
		assert.equal(
			directFeedHtml([], { outlet: 'Báo', author: null, url: 'https://x.vn/' }, () => null),
			null,
		);
		assert.equal(directFeedHtml([{ type: 'heading', text: 'A & B' }], NO_SOURCE, anyHref), '<h3>A &amp; B</h3>\n');
	});
});
