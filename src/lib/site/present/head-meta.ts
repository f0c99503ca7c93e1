/**
 * The metadata tags of a page's <head>: description, canonical URL, feed auto-discovery, Open
 * Graph and Twitter card. Titles and descriptions come from article text, so every attribute
 * value is escaped whole (& < > " '): not even inert text in an attribute reads as markup.
 */

export interface PageMeta {
	/** The page's own title, without the site name. */
	readonly title: string;
	readonly description: string;
	readonly siteName: string;
	/** Open Graph locale of the pages' language ("vi_VN"). */
	readonly locale: string;
	/** Absolute canonical URL (also og:url); null for a page without one (404). */
	readonly canonical: string | null;
	/** Ask search engines not to index the page (404). */
	readonly noindex: boolean;
	/** RSS feeds to announce: title and href (with the base path). */
	readonly feeds: readonly { readonly title: string; readonly href: string }[];
	/** For a briefing: an article, with the `datetime` of its event when known. */
	readonly article?: { readonly published: string | null } | undefined;
	/** The picture a shared link shows (Open Graph, Twitter card): absolute URL, size in pixels, text alternative. */
	readonly image?: PageImage | undefined;
}

export interface PageImage {
	readonly url: string;
	readonly width: number;
	readonly height: number;
	readonly alt: string;
}

const ENTITIES: Readonly<Record<string, string>> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
};

/** Text for a double-quoted HTML attribute value. */
export function escapeAttribute(value: string): string {
	return value.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** The tags, one per line, in a fixed order. */
export function headMetaHtml(meta: PageMeta): string {
	const tag = (name: string, attrs: Readonly<Record<string, string>>) =>
		`<${name} ${Object.entries(attrs)
			.map(([k, v]) => `${k}="${escapeAttribute(v)}"`)
			.join(' ')}>`;
	const tags = [
		tag('meta', { name: 'description', content: meta.description }),
		...(meta.canonical ? [tag('link', { rel: 'canonical', href: meta.canonical })] : []),
		...(meta.noindex ? [tag('meta', { name: 'robots', content: 'noindex' })] : []),
		...meta.feeds.map((f) =>
			tag('link', { rel: 'alternate', type: 'application/rss+xml', title: f.title, href: f.href }),
		),
		tag('meta', { property: 'og:site_name', content: meta.siteName }),
		tag('meta', { property: 'og:locale', content: meta.locale }),
		tag('meta', { property: 'og:type', content: meta.article ? 'article' : 'website' }),
		tag('meta', { property: 'og:title', content: meta.title }),
		tag('meta', { property: 'og:description', content: meta.description }),
		...(meta.canonical ? [tag('meta', { property: 'og:url', content: meta.canonical })] : []),
		...(meta.article?.published
			? [tag('meta', { property: 'article:published_time', content: meta.article.published })]
			: []),
		...(meta.image
			? [
					tag('meta', { property: 'og:image', content: meta.image.url }),
					tag('meta', { property: 'og:image:width', content: String(meta.image.width) }),
					tag('meta', { property: 'og:image:height', content: String(meta.image.height) }),
					tag('meta', { property: 'og:image:alt', content: meta.image.alt }),
				]
			: []),
		// A wide picture gets the large card; without one, the small card with the title.
		tag('meta', { name: 'twitter:card', content: meta.image ? 'summary_large_image' : 'summary' }),
		...(meta.image ? [tag('meta', { name: 'twitter:image', content: meta.image.url })] : []),
	];
	return tags.join('\n');
}
