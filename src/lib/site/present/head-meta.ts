/**
 * The metadata tags of a page's <head> as data: description, canonical URL, feed
 * auto-discovery, Open Graph and Twitter card, and as the HTML the layout prints
 * (`headTagsHtml`): titles and descriptions come from article text, so each attribute is
 * escaped as Astro escapes a spread of attributes (`voidElement`).
 */
import { voidElement } from '../markup.ts';

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

/** One tag: its element and its attributes, in the order they are written. */
export interface HeadTag {
	readonly element: 'meta' | 'link';
	readonly attributes: Readonly<Record<string, string>>;
}

const meta = (attributes: Readonly<Record<string, string>>): HeadTag => ({ element: 'meta', attributes });
const link = (attributes: Readonly<Record<string, string>>): HeadTag => ({ element: 'link', attributes });

/** The tags, in a fixed order. */
export function headTags(page: PageMeta): HeadTag[] {
	return [
		meta({ name: 'description', content: page.description }),
		...(page.canonical ? [link({ rel: 'canonical', href: page.canonical })] : []),
		...(page.noindex ? [meta({ name: 'robots', content: 'noindex' })] : []),
		...page.feeds.map((f) => link({ rel: 'alternate', type: 'application/rss+xml', title: f.title, href: f.href })),
		meta({ property: 'og:site_name', content: page.siteName }),
		meta({ property: 'og:locale', content: page.locale }),
		meta({ property: 'og:type', content: page.article ? 'article' : 'website' }),
		meta({ property: 'og:title', content: page.title }),
		meta({ property: 'og:description', content: page.description }),
		...(page.canonical ? [meta({ property: 'og:url', content: page.canonical })] : []),
		...(page.article?.published ? [meta({ property: 'article:published_time', content: page.article.published })] : []),
		...(page.image
			? [
					meta({ property: 'og:image', content: page.image.url }),
					meta({ property: 'og:image:width', content: String(page.image.width) }),
					meta({ property: 'og:image:height', content: String(page.image.height) }),
					meta({ property: 'og:image:alt', content: page.image.alt }),
				]
			: []),
		// A wide picture gets the large card; without one, the small card with the title.
		meta({ name: 'twitter:card', content: page.image ? 'summary_large_image' : 'summary' }),
		...(page.image ? [meta({ name: 'twitter:image', content: page.image.url })] : []),
	];
}

/**
 * The tags as HTML, one a line: what Astro wrote for `<meta {...tag.attributes} />` and
 * `<link {...tag.attributes} />`, made as text because every page prints some fifteen of them.
 */
export function headTagsHtml(tags: readonly HeadTag[]): string {
	return tags.map((tag) => voidElement(tag.element, tag.attributes)).join('\n');
}
