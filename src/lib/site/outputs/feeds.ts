/**
 * RSS feeds of the site, of a province and of a district: the newest dated briefings with their
 * full text. The text is what markdown-it (HTML disabled) renders of the escaped Markdown of the
 * article body, then sanitized with a tight allowlist, so nothing in an article can reach a feed
 * reader as markup; it is written directly, those bytes without either parse, where
 * `directFeedHtml` can (feed-body-html.ts). Undated briefings are left out: a feed orders items
 * by date, and an undated one has no place in it (they stay on their pages and in briefings.json).
 */
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import type { Source } from '../../../schemas/briefing.ts';
import type { BodyBlock } from '../../../schemas/entry.ts';
import { VIETNAM_UTC_OFFSET } from '../../dates/vietnam-time.ts';
import { KIND_LABELS } from '../../format/enum-names.ts';
import { bodyToMarkdown, escapeMarkdown } from '../../markdown/body-to-markdown.ts';
import { CAPTION_ELEMENT, captionParagraphElement } from '../../markdown/captions.ts';
import { settings } from '../../settings.ts';
import type { Briefing } from '../model/types.ts';
import { directFeedHtml } from './feed-body-html.ts';
import { scopedMemo } from './scoped-memo.ts';

/** Items per feed: the newest ones. The whole archive is in briefings.json. */
export const FEED_LIMIT = 50;

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

// Captions are blockquotes in the Markdown (see bodyToMarkdown), rendered by the one caption
// rule of both Markdown engines (markdown/captions.ts), as on the briefing page.
markdown.core.ruler.push('briefing_captions', (state) => {
	const tokens = state.tokens;
	for (let i = 0; i < tokens.length; i++) {
		const open = tokens[i];
		if (open?.type !== 'blockquote_open') continue;
		let depth = 0;
		const paragraphs: number[] = [];
		let j = i;
		for (; j < tokens.length; j++) {
			const t = tokens[j];
			if (!t) break;
			if (t.type === 'blockquote_open') depth++;
			if (t.type === 'blockquote_close' && --depth === 0) break;
			if (t.type === 'paragraph_open' && depth === 1) paragraphs.push(j);
		}
		open.tag = CAPTION_ELEMENT;
		const close = tokens[j];
		if (close) close.tag = CAPTION_ELEMENT;
		paragraphs.forEach((p, n) => {
			const tag = captionParagraphElement(n, paragraphs.length);
			for (const k of [p, p + 2]) {
				const t = tokens[k];
				if (t) t.tag = tag;
			}
		});
	}
});

/** What a feed's HTML may hold: text structure, and links to http(s) addresses only. */
export const FEED_SANITIZE: sanitizeHtml.IOptions = {
	allowedTags: ['p', 'h2', 'h3', 'blockquote', 'figure', 'figcaption', 'small', 'a', 'em', 'strong', 'ul', 'ol', 'li'],
	allowedAttributes: { a: ['href'] },
	allowedSchemes: ['http', 'https'],
	allowedSchemesByTag: {},
	allowProtocolRelative: false,
	disallowedTagsMode: 'discard',
	// A relative address would resolve against the feed reader, not the site: drop it.
	transformTags: {
		a: (tagName, attribs) => {
			const { href, ...rest } = attribs;
			return { tagName, attribs: href && /^https?:\/\//i.test(href) ? { ...rest, href } : rest };
		},
	},
};

/** Sanitizes HTML for a feed (see FEED_SANITIZE). */
export function sanitizeFeedHtml(html: string): string {
	return sanitizeHtml(html, FEED_SANITIZE);
}

/**
 * The full text of a briefing for a feed reader: its body, then where it was first published.
 * Written directly (`directFeedHtml`), the bytes of `markdownFeedHtml`, which writes what the
 * direct writer leaves to it.
 */
export function feedHtml(blocks: readonly BodyBlock[], source: Source): string {
	return directFeedHtml(blocks, source, feedLinkHref) ?? markdownFeedHtml(blocks, source);
}

/** The reference of the feed's text: markdown-it over the body's escaped Markdown and source line, then sanitized. */
export function markdownFeedHtml(blocks: readonly BodyBlock[], source: Source): string {
	const parts = [bodyToMarkdown(blocks)];
	const credit = [source.outlet, source.author].filter((s): s is string => Boolean(s)).map(escapeMarkdown);
	if (source.url) {
		const name = credit[0] ?? escapeMarkdown(source.url);
		parts.push(
			`Nguồn\\: [${name}](<${source.url}>)${credit
				.slice(1)
				.map((c) => ` · ${c}`)
				.join('')}`,
		);
	} else if (credit.length > 0) {
		parts.push(`Nguồn\\: ${credit.join(' · ')}`);
	}
	return sanitizeFeedHtml(markdown.render(parts.join('\n\n')));
}

// biome-ignore lint/complexity/useRegexLiterals: a literal would hold control characters.
const PLAIN_HTTP_URL = new RegExp('^https?://[^\\u0000-\\u0020\\u007f-\\u009f\\s<>\\\\]*$', 'i');

/**
 * The href markdown-it gives the source line's `<url>` (its entities read, the address
 * normalised, percent-encoded), or null: only an http(s) address without white space, control
 * characters, angle brackets or backslashes, which could end or escape the `<…>` or let the
 * sanitizer drop the href, is taken; any other is left to `markdownFeedHtml`.
 */
export function feedLinkHref(url: string): string | null {
	if (!PLAIN_HTTP_URL.test(url)) return null;
	const href = markdown.normalizeLink(markdown.utils.unescapeAll(url));
	return markdown.validateLink(href) && /^https?:\/\//i.test(href) ? href : null;
}

// A briefing is in many feeds (the site's, its province's and district's, each official's and
// indicator's it names): its text is rendered once a build, not once a feed. Kept by scope (the
// URL maker of the feed: one per build's site in pages, one per group of files in the downloads
// writer, which lets go of a group's texts with its URL maker), then by entry (never changed
// during a build; its body is asked for only when the text is rendered: the downloads step reads
// it from the snapshot then, src/lib/collection-snapshot.ts).
const renderedFeedHtml = scopedMemo((entry: FeedEntry) => xmlChars(feedHtml(entry.body, entry.source)));
const everywhere = {};

/** What a feed's text is made of: an entry's body and source. */
export type FeedEntry = Readonly<{ body: readonly BodyBlock[]; source: Source }>;

/** `feedHtml` of an entry's body and source, rendered once per entry object in `scope`. */
export function feedContent(entry: FeedEntry, scope: object = everywhere): string {
	return renderedFeedHtml(scope, entry);
}

/** When a briefing happened: its day at midnight Vietnam time, or at the dateline's time. Null when undated. */
export function feedDate(date: string | null, time: string | null): Date | null {
	if (!date) return null;
	const hhmm = time && /^([01]\d|2[0-3]):[0-5]\d$/.test(time) ? time : '00:00';
	const d = new Date(`${date}T${hhmm}:00${VIETNAM_UTC_OFFSET}`);
	return Number.isNaN(d.getTime()) ? null : d;
}

const XML_ENTITIES: Readonly<Record<string, string>> = {
	'<': '&lt;',
	'>': '&gt;',
	'&': '&amp;',
	"'": '&apos;',
	'"': '&quot;',
};

// What XML 1.0 forbids in a document: C0 controls but tab, LF and CR, surrogates that are not
// half of a pair, U+FFFE and U+FFFF. One of them makes the whole feed unreadable.
// biome-ignore lint/complexity/useRegexLiterals: a literal would hold control characters.
const NOT_XML = new RegExp(
	'[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
	'g',
);

/**
 * `text` without the characters XML 1.0 forbids. Article text is cleaned of them already (see
 * `normalizeText`); this is the feed writer's own guarantee, whatever reaches it.
 */
export function xmlChars(text: string): string {
	return text.replace(NOT_XML, '');
}

/** Text for XML element content and attribute values: markup characters escaped, forbidden characters dropped. */
export function escapeXml(text: string): string {
	return xmlChars(text).replace(/[<>&'"]/g, (c) => XML_ENTITIES[c] ?? c);
}

/** One item, in the shape @astrojs/rss takes. */
export interface FeedItem {
	readonly title: string;
	readonly link: string;
	readonly pubDate: Date;
	readonly description: string;
	readonly content: string;
	readonly categories: string[];
	/** `<dc:creator>`: the byline and the outlet (RSS's own <author> must be an e-mail address). */
	readonly customData?: string;
}

/** The items of a feed: dated briefings only, newest first, at most `limit`. */
export function feedItems(
	briefings: readonly Briefing[],
	url: (path: string) => string,
	limit = FEED_LIMIT,
): FeedItem[] {
	const dated = briefings
		.map((b) => ({ b, pubDate: feedDate(b.entry.date, b.entry.time) }))
		.filter((x): x is { b: Briefing; pubDate: Date } => x.pubDate !== null)
		.sort((x, y) => y.pubDate.getTime() - x.pubDate.getTime() || x.b.id.localeCompare(y.b.id));
	return dated.slice(0, limit).map(({ b }) => feedItem(url, b));
}

// A briefing is an item of several feeds (its province's, its district's, each of its
// officials'): made once per URL maker, as its text is, the same object in each. Only for the
// briefings a feed keeps: an item renders its text. (Its RSS text is not kept: a second copy of
// every text of a group, about 40 MB more at the step's peak at 10,000 articles, for 0.2 s.)
const feedItem = scopedMemo((b: Briefing, url: (path: string) => string): FeedItem => {
	const e = b.entry;
	const creator = [e.source.author, e.source.outlet].filter(Boolean).join(', ');
	return {
		title: xmlChars(e.title),
		link: xmlChars(url(b.path)),
		// Dated: `feedItems` lists only dated briefings.
		pubDate: feedDate(e.date, e.time) as Date,
		description: xmlChars(e.summary || e.title),
		content: feedContent(e, url),
		categories: [
			...new Set([
				...(b.province ? [b.province.fullName] : []),
				...b.districts.map((d) => d.fullName),
				KIND_LABELS[e.kind],
			]),
		].map(xmlChars),
		...(creator ? { customData: `<dc:creator>${escapeXml(creator)}</dc:creator>` } : {}),
	};
});

/** What a feed covers: the whole site, a province or a district. */
export interface FeedScope {
	/** "Tỉnh Điện Biên"; null for the whole site. */
	readonly name: string | null;
	/** The page the feed belongs to (its channel link). */
	readonly page: string;
	/** The feed's own path. */
	readonly feed: string;
	readonly briefings: readonly Briefing[];
}

/** The title of a scope's feed, also the title of its auto-discovery link. */
export function feedTitle(name: string | null): string {
	return name ? `${settings.name}: ${name}` : settings.name;
}

/** Options for @astrojs/rss: channel, namespaces, items. */
export function feedOptions(scope: FeedScope, url: (path: string) => string) {
	const items = feedItems(scope.briefings, url);
	const newest = items[0]?.pubDate;
	return {
		title: xmlChars(feedTitle(scope.name)),
		description: xmlChars(
			scope.name
				? `Các bài viết mới về ${scope.name}: làm việc, hội nghị, số liệu kinh tế – xã hội, trích từ tin bài báo chí địa phương.`
				: 'Các bài viết mới: huyện báo cáo gì, lãnh đạo tỉnh yêu cầu gì, trích từ tin bài báo chí địa phương.',
		),
		site: xmlChars(url(scope.page)),
		items,
		xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
		customData: [
			`<language>${settings.language}</language>`,
			newest ? `<lastBuildDate>${newest.toUTCString()}</lastBuildDate>` : '',
			`<atom:link href="${escapeXml(url(scope.feed))}" rel="self" type="application/rss+xml"/>`,
		].join(''),
		trailingSlash: true,
	};
}
