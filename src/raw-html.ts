/**
 * HTML made as text, printed as it is: what `set:html` does, for a template place with no
 * element to carry `set:html` (the head's tags, the header's parts). Only for HTML whose every
 * piece of data was escaped as Astro escapes it (src/lib/site/markup.ts): article text
 * never reaches a page unescaped.
 */
import { unescapeHTML } from 'astro/runtime/server/index.js';

/** `html`, marked for Astro as HTML not to escape. */
export function rawHtml(html: string): unknown {
	return unescapeHTML(html);
}
