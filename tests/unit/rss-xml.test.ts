/**
 * The feeds' RSS written directly (src/lib/site/outputs/rss-xml.ts) is, byte for byte, what
 * @astrojs/rss's getRssString writes for the same options, whatever the text holds (markup
 * characters, quotes, Vietnamese, characters XML forbids, empty texts), with and without items,
 * dates and content; and
 * what it could not write as getRssString does is left to it (null).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getRssString } from '@astrojs/rss';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import { feedOptions } from '../../src/lib/site/outputs/feeds.ts';
import { rssXml } from '../../src/lib/site/outputs/rss-xml.ts';
import { item } from '../support/entries.ts';

const url = (path: string) => `https://example.org/ban-tin${path}`;

const site = buildSite([
	item('a', {
		title: `Huyện "Nậm Pồ" & <xã> 'Si Pa Phìn'\uFFFF`,
		summary: 'Tóm tắt: 5 > 3 & 2 < 4.',
		date: '2024-11-19',
		time: '08:30',
		source: { outlet: 'Báo Điện Biên Phủ', url: 'https://example.com/a?x=1&y=2', author: `Lò "Văn" O'Anh & Cộng sự` },
		body: [
			{ type: 'heading', text: 'Tít phụ <b>' },
			{ type: 'paragraph', text: 'Đoạn một với [liên kết](javascript:alert(1)) và *nhấn* & "trích".' },
		],
		officials: [{ name: 'Vừ A Bằng' }],
	}),
	item('b', { district: 'Mường Chà', date: '2024-10-02', kind: 'party-meeting' }),
	item('c', { date: null, summary: '' }),
	item('d', {
		province: 'Hà Nội',
		district: 'Ba Vì',
		date: '2023-06-13',
		source: { outlet: 'Hà Nội mới', url: null, author: null },
	}),
]);

type Options = ReturnType<typeof feedOptions>;
const options = (name: string | null, briefings = site.briefings, page = '/p/'): Options =>
	feedOptions({ name, page, feed: `${page}rss.xml`, briefings }, url);

describe('RSS written directly', () => {
	it('is byte for byte what getRssString writes', async () => {
		const cases = [
			options(null),
			options('Tỉnh Điện Biên & "Lai Châu"'),
			options('Huyện Nậm Pồ', site.briefings.slice(0, 1), '/tinh/dien-bien/nam-po/'),
			options('không có bài', [], '/quan-chuc/x/y/'),
			options(
				'chưa có ngày',
				site.briefings.filter((b) => !b.entry.date),
			),
			// The channel's link in @astrojs/rss's canonical form.
			{ ...options(null), trailingSlash: false },
			{ ...options(null), site: 'https://example.org//ban-tin/trang/index.html' },
			{ ...options(null), site: 'https://example.org/ban-tin/tin.xml' },
			// Empty texts, written self-closed; no content namespace when no item has content.
			{ ...options(null), title: '' },
			options(
				'không nội dung',
				site.briefings.filter((b) => b.id === 'b'),
			),
			{ ...options(null), items: options(null).items.map((i) => ({ ...i, categories: ['', ...i.categories] })) },
			{ ...options(null), items: options(null).items.map((i) => ({ ...i, title: '', description: '' })) },
		];
		for (const o of cases) {
			const xml = rssXml(o);
			assert.ok(xml, `written directly: ${o.title}`);
			assert.equal(xml, await getRssString(o));
		}
		assert.match(rssXml(options(null)) ?? '', /<dc:creator>Lò &quot;Văn&quot; O&apos;Anh &amp; Cộng sự, Báo/);
		assert.match(
			rssXml(
				options(
					'b',
					site.briefings.filter((b) => b.id === 'b'),
				),
			) ?? '',
			/<content:encoded\/>/,
		);
	});

	it('leaves to getRssString what it would write otherwise', async () => {
		const o = options(null);
		const [first] = o.items;
		assert.ok(first);
		const withItem = (changes: object): Options => ({ ...o, items: [{ ...first, ...changes }] });
		const others: Options[] = [
			withItem({ customData: '<dc:creator>2024</dc:creator>' }),
			withItem({ customData: '<dc:creator> Lò Văn O </dc:creator>' }),
			withItem({ customData: '<dc:creator>A &#38; B</dc:creator>' }),
			withItem({ customData: '<author>x@example.org</author>' }),
			withItem({ customData: '<dc:creator></dc:creator>' }),
			withItem({ link: '/bai-viet/a/' }),
			{ ...o, site: '/ban-tin/p/' },
			{ ...o, customData: `${o.customData}<ttl>60</ttl>` },
			{ ...o, xmlns: { ...o.xmlns, content: 'http://purl.org/rss/1.0/modules/content/' } } as Options,
		];
		for (const other of others) assert.equal(rssXml(other), null, JSON.stringify(other).slice(0, 200));
		// What getRssString makes of one of them: not what a direct writing would have given.
		assert.match(await getRssString(others[0] as Options), /<dc:creator>2024<\/dc:creator>/);
	});
});
