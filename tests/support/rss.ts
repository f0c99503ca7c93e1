/**
 * Reads an RSS 2.0 feed for the tests and lists what breaks the format or the site's rules:
 * well-formed XML, <rss version="2.0">, a channel with title, link and description, items with
 * title, link, guid and an RFC 822 pubDate, absolute links, and item HTML that holds only the
 * feed allowlist (no script, no event handler, no javascript: address).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface FeedItemRead {
	title: string;
	link: string;
	guid: string;
	isPermaLink: string | undefined;
	pubDate: string;
	description: string;
	content: string;
	categories: string[];
	creator: string | undefined;
}

export interface FeedRead {
	version: string;
	title: string;
	link: string;
	description: string;
	language: string | undefined;
	self: string | undefined;
	items: FeedItemRead[];
}

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: false,
	isArray: (name) => name === 'item' || name === 'category',
});

const text = (v: unknown): string => {
	if (v === undefined || v === null) return '';
	if (typeof v === 'object') return String((v as Record<string, unknown>)['#text'] ?? '');
	return String(v);
};

/** The feed's channel and items; throws when the XML is not well-formed. */
export function readFeed(xml: string): FeedRead {
	const valid = XMLValidator.validate(xml);
	if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
	const doc = parser.parse(xml) as { rss?: Record<string, unknown> };
	const rss = doc.rss ?? {};
	const channel = (rss.channel ?? {}) as Record<string, unknown>;
	const items = (channel.item ?? []) as Record<string, unknown>[];
	const self = channel['atom:link'] as Record<string, string> | undefined;
	return {
		version: text(rss['@_version']),
		title: text(channel.title),
		link: text(channel.link),
		description: text(channel.description),
		language: channel.language === undefined ? undefined : text(channel.language),
		self: self?.['@_href'],
		items: items.map((i) => ({
			title: text(i.title),
			link: text(i.link),
			guid: text(i.guid),
			isPermaLink: (i.guid as Record<string, string> | undefined)?.['@_isPermaLink'],
			pubDate: text(i.pubDate),
			description: text(i.description),
			content: text(i['content:encoded']),
			categories: ((i.category ?? []) as unknown[]).map(text),
			creator: i['dc:creator'] === undefined ? undefined : text(i['dc:creator']),
		})),
	};
}

/** "Mon, 07 Oct 2024 17:00:00 GMT": the RFC 822 dates RSS 2.0 requires (four-digit years). */
export const RFC822 =
	/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;

const ALLOWED_TAGS = new Set([
	'p',
	'h2',
	'h3',
	'blockquote',
	'figure',
	'figcaption',
	'small',
	'a',
	'em',
	'strong',
	'ul',
	'ol',
	'li',
]);

/** What in an item's HTML is outside the feed allowlist. */
export function htmlProblems(html: string): string[] {
	const problems: string[] = [];
	for (const m of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)) {
		const tag = (m[1] ?? '').toLowerCase();
		const attrs = (m[2] ?? '').trim();
		if (!ALLOWED_TAGS.has(tag)) problems.push(`tag <${tag}>`);
		if (m[0].startsWith('</')) continue;
		for (const a of attrs.matchAll(/([^\s=]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/g)) {
			const name = (a[1] ?? '').toLowerCase();
			const value = (a[2] ?? '').replace(/^["']|["']$/g, '');
			if (tag !== 'a' || name !== 'href') problems.push(`attribute ${name} on <${tag}>`);
			else if (!/^https?:\/\//i.test(value)) problems.push(`href ${value}`);
		}
	}
	if (/<script/i.test(html)) problems.push('<script');
	return problems;
}

/** Every rule of RSS 2.0 and of the site's feeds that `xml` breaks; empty when it is valid. */
export function feedProblems(xml: string): string[] {
	let feed: FeedRead;
	try {
		feed = readFeed(xml);
	} catch (e) {
		return [(e as Error).message];
	}
	const problems: string[] = [];
	if (feed.version !== '2.0') problems.push(`rss version "${feed.version}"`);
	for (const [name, value] of [
		['title', feed.title],
		['link', feed.link],
		['description', feed.description],
	] as const) {
		if (!value) problems.push(`channel without ${name}`);
	}
	if (feed.link && !/^https?:\/\//.test(feed.link)) problems.push(`channel link not absolute: ${feed.link}`);
	feed.items.forEach((item, n) => {
		const at = `item ${n + 1}`;
		for (const name of ['title', 'link', 'guid', 'pubDate'] as const) {
			if (!item[name]) problems.push(`${at} without ${name}`);
		}
		if (item.link && !/^https?:\/\//.test(item.link)) problems.push(`${at}: link not absolute: ${item.link}`);
		if (item.guid && item.isPermaLink !== 'false' && !/^https?:\/\//.test(item.guid)) {
			problems.push(`${at}: permalink guid not absolute: ${item.guid}`);
		}
		if (item.pubDate && !RFC822.test(item.pubDate)) problems.push(`${at}: pubDate not RFC 822: ${item.pubDate}`);
		for (const p of htmlProblems(item.content)) problems.push(`${at}: ${p}`);
	});
	return problems;
}
