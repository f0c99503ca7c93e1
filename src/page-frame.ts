/**
 * What every page's frame prints, written as text (src/lib/site/present/site-frame.ts) instead of
 * rendered as components on each of the site's pages: the header's link home and the footer,
 * made once a build with its settings and base path, the navigation, made once per way of
 * marking it (src/layouts/BaseLayout.astro prints them), and a page's breadcrumbs.
 */
import { href } from './href.ts';
import { settings } from './lib/settings.ts';
import { ariaCurrent, NAV } from './lib/site/present/nav.ts';
import { brandHtml, breadcrumbsHtml, type Crumb, siteFooterHtml, siteNavHtml } from './lib/site/present/site-frame.ts';
import { rawHtml } from './raw-html.ts';

/** The header's link home (`brandHtml`). */
export const brand = rawHtml(brandHtml(settings, href));

/** The inside of the footer (`siteFooterHtml`), for `set:html`. */
export const footerHtml = siteFooterHtml(settings, href);

// The navigation of a page depends only on how it marks each item: a handful of texts for the
// whole site, each made once, by the marks.
const navs = new Map<string, unknown>();

/** The main navigation of the page at `current` (a site path), its section marked. */
export function siteNav(current: string): unknown {
	const marks = NAV.map((item) => ariaCurrent(current, item.path) ?? '').join();
	let nav = navs.get(marks);
	if (nav === undefined) {
		nav = rawHtml(siteNavHtml(current, href));
		navs.set(marks, nav);
	}
	return nav;
}

/** A page's breadcrumbs (`breadcrumbsHtml`): ancestors with their site paths, then the page itself. */
export function breadcrumbs(items: readonly Crumb[]): unknown {
	return rawHtml(breadcrumbsHtml(items, href));
}
