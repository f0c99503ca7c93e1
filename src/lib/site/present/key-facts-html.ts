/**
 * The facts under a page's title (the KeyFacts component's `<dl>`: "Mã thống kê: 103"), written
 * as text, escaped as Astro escapes a template (`../markup.ts`): every official's, district's
 * and province's page prints them.
 */
import { attribute, escapeText } from '../markup.ts';

/** A labelled fact, a link when it has a site path. */
export interface KeyFact {
	readonly label: string;
	readonly value: string;
	readonly path?: string | undefined;
}

/** The inside of the `<dl>`: a `<div>` of `<dt>` and `<dd>` per fact, `href` making a site path a link. */
export function keyFactsHtml(items: readonly KeyFact[], href: (path: string) => string): string {
	let out = '';
	for (const item of items) {
		const value = escapeText(item.value);
		out +=
			`<div><dt>${escapeText(item.label)}</dt><dd>` +
			(item.path ? `<a${attribute('href', href(item.path))}>${value}</a>` : value) +
			'</dd></div>';
	}
	return out;
}
