/**
 * The RSS text of a feed (`feedOptions`), byte for byte what @astrojs/rss's `getRssString` writes
 * for the same options, without its generic work: it validates the options and items with zod,
 * builds an object tree, parses each item's and the channel's custom XML back into objects and
 * writes the tree with fast-xml-builder (no indentation, empty elements self-closed, text and
 * attribute values with & < > ' " escaped). A build writes thousands of feeds, tens of thousands
 * of items.
 *
 * Only what this site's feeds hold is written here; anything else gives null, and the caller asks
 * `getRssString`: custom XML other than `feedOptions`' own, a
 * custom text with spaces at its ends or one that reads as a number (the parser trims and
 * converts such values), an item link that is not an absolute URL, a namespace named content.
 */
import type { FeedItem } from './feeds.ts';

/** What `feedOptions` gives (and `getRssString` takes). */
export interface RssOptions {
	readonly title: string;
	readonly description: string;
	readonly site: string;
	readonly items: readonly FeedItem[];
	readonly xmlns: Readonly<Record<string, string>>;
	readonly customData: string;
	readonly trailingSlash: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	"'": '&apos;',
	'"': '&quot;',
};

/** A value as the builder escapes it (text and attributes alike). */
const escaped = (text: string) => text.replace(/[&<>'"]/g, (c) => ENTITIES[c] ?? c);

const DECODED: Readonly<Record<string, string>> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&apos;': "'",
	'&quot;': '"',
};

/**
 * The value the parser reads from an escaped custom text, or null when it would not give it back
 * as it is: another entity than the five, spaces at its ends, a number.
 */
function customValue(text: string): string | null {
	if (/&(?!(amp|lt|gt|apos|quot);)/.test(text)) return null;
	const value = text.replace(/&(amp|lt|gt|apos|quot);/g, (e) => DECODED[e] ?? e);
	if (value === '' || value.trim() !== value || /^[-+]?(\d|\.\d|inf|nan)/i.test(value)) return null;
	return value;
}

/** An element holding `text`; an empty one self-closed, as the builder writes it. */
const element = (name: string, text: string) => (text === '' ? `<${name}/>` : `<${name}>${escaped(text)}</${name}>`);

// `feedOptions`' channel data: its language, the newest item's date when there is one, its own address.
const CHANNEL_DATA =
	/^<language>([^<]*)<\/language>(?:<lastBuildDate>([^<]*)<\/lastBuildDate>)?<atom:link href="([^"<]*)" rel="self" type="application\/rss\+xml"\/>$/;
// An item's: its byline.
const ITEM_DATA = /^<dc:creator>([^<]*)<\/dc:creator>$/;

/** @astrojs/rss's canonical form of the channel's link (its `createCanonicalURL`, with no base). */
function canonicalUrl(url: string, trailingSlash: boolean): string {
	let pathname = url.replace(/\/index.html$/, '');
	const lastDot = url.lastIndexOf('.');
	if (!(lastDot > url.lastIndexOf('/') && url.slice(lastDot + 1))) pathname = pathname.replace(/\/*$/, '/');
	pathname = pathname.replace(/\/+/g, '/');
	const href = new URL(pathname).href;
	return trailingSlash ? href : href.replace(/\/*$/, '');
}

/** One item, or null when it holds what only `getRssString` writes as it does. */
function itemXml(item: FeedItem): string | null {
	const parts: string[] = ['<item>'];
	if (item.title) parts.push(`<title>${escaped(item.title)}</title>`);
	if (!URL.canParse(item.link)) return null;
	const link = escaped(item.link);
	parts.push(`<link>${link}</link>`, `<guid isPermaLink="true">${link}</guid>`);
	if (item.description) parts.push(`<description>${escaped(item.description)}</description>`);
	parts.push(`<pubDate>${new Date(item.pubDate).toUTCString()}</pubDate>`);
	parts.push(element('content:encoded', item.content));
	if (item.customData !== undefined) {
		const creator = ITEM_DATA.exec(item.customData)?.[1];
		const value = creator === undefined ? null : customValue(creator);
		if (value === null) return null;
		parts.push(`<dc:creator>${escaped(value)}</dc:creator>`);
	}
	for (const category of item.categories) parts.push(element('category', category));
	parts.push('</item>');
	return parts.join('');
}

/** The feed's RSS text as `getRssString(options)` writes it, or null when only it can (see above). */
export function rssXml(options: RssOptions): string | null {
	const data = CHANNEL_DATA.exec(options.customData);
	if (!data || !URL.canParse(options.site) || 'content' in options.xmlns) return null;
	const [, language = '', lastBuildDate, self = ''] = data;
	const values = [language, lastBuildDate, self].map((v) => (v === undefined ? undefined : customValue(v)));
	if (values.includes(null)) return null;
	const items: string[] = [];
	for (const item of options.items) {
		const xml = itemXml(item);
		if (xml === null) return null;
		items.push(xml);
	}
	// The content namespace first, when an item has content.
	const namespaces = [
		...(options.items.some((i) => i.content) ? [['content', 'http://purl.org/rss/1.0/modules/content/']] : []),
		...Object.entries(options.xmlns),
	].map(([k, v]) => ` xmlns:${k}="${escaped(v ?? '')}"`);
	const [lang, date, href] = values as [string, string | undefined, string];
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<rss version="2.0"${namespaces.join('')}>`,
		'<channel>',
		element('title', options.title),
		element('description', options.description),
		`<link>${escaped(canonicalUrl(options.site, options.trailingSlash))}</link>`,
		`<language>${escaped(lang)}</language>`,
		date === undefined ? '' : `<lastBuildDate>${escaped(date)}</lastBuildDate>`,
		`<atom:link href="${escaped(href)}" rel="self" type="application/rss+xml"/>`,
		...items,
		'</channel></rss>',
	].join('');
}
