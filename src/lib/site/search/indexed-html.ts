/**
 * A built briefing page as Pagefind should read it (src/integrations/search-index.ts): only the
 * indexed region, with a space between adjacent elements.
 */

/**
 * A built page as the indexer should read it: a space after every end tag that another tag
 * follows. Pages are minified ("<dt>Loại tin</dt><dd>Làm việc</dd>",
 * "<span>15:55</span><span>Điện Biên TV</span>"), and Pagefind joins the text of such
 * elements into one word ("tinlàm", "15:55điện") that no search finds. Only the indexer reads
 * the result: the pages served are left as built.
 */
export function spaceBetweenTags(html: string): string {
	return html.replace(/(<\/[a-z][a-z0-9-]*\s*>)(?=<)/gi, '$1 ');
}

/**
 * The part of a built page Pagefind indexes, as a page of its own: the element carrying
 * `data-pagefind-body` (up to its matching end tag) in a bare Vietnamese document. Sending only
 * that to the indexer halves its work; a page without the attribute is returned whole.
 */
export function indexedRegion(html: string): string {
	const open = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-body[\s>=/]/i.exec(html);
	if (!open?.[1]) return html;
	const tag = open[1].toLowerCase();
	let depth = 0;
	for (const m of html.matchAll(new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi'))) {
		if (m.index < open.index) continue;
		depth += m[1] ? -1 : 1;
		if (depth === 0) {
			const region = html.slice(open.index, m.index + m[0].length);
			return `<!doctype html><html lang="vi"><body>${region}</body></html>`;
		}
	}
	return html;
}
