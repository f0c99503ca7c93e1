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

/** How many bytes of a page `isRedirectPage` needs: its start. */
export const REDIRECT_HEAD_BYTES = 64;

/**
 * Whether a built page is Astro's redirect page (what a copy's address serves: its status and
 * location written as `<!doctype html><title>Redirecting to: …</title><meta http-equiv="refresh" …>`),
 * from its first `REDIRECT_HEAD_BYTES` bytes or more. A page of the site starts with `<html`
 * after its doctype.
 */
export function isRedirectPage(head: string): boolean {
	return /^<!doctype html>\s*<title>Redirecting to: /i.test(head);
}

/** An element the site's Pagefind configuration leaves out (`excludeSelectors`): a tag, with a class it must carry if given. */
export interface ExcludedElement {
	readonly tag: string;
	readonly className?: string;
}

/** What every briefing repeats as table chrome and the indexer leaves out: column headings, "not reported" cells. */
export const EXCLUDED_ELEMENTS: readonly ExcludedElement[] = [{ tag: 'thead' }, { tag: 'td', className: 'is-empty' }];

/** `excluded` as Pagefind's `excludeSelectors` ("td.is-empty"). */
export function excludeSelectors(excluded: readonly ExcludedElement[]): string[] {
	return excluded.map(({ tag, className }) => (className ? `${tag}.${className}` : tag));
}

/** A tag's attributes, quoted values (which may hold ">") included. */
const ATTRIBUTES = String.raw`(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*(/?)>`;
const START_OR_END_TAG = new RegExp(`<(/?)([a-zA-Z][a-zA-Z0-9-]*)${ATTRIBUTES}`, 'g');
const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;

/** Whether the start tag `tag` (its whole text) marks an element Pagefind does not index. */
function isUnindexed(tag: string, name: string, excluded: readonly ExcludedElement[]): boolean {
	if (/\sdata-pagefind-ignore(?=[\s=/>])/.test(tag)) return true;
	const classes = /\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/.exec(tag);
	const list = (classes?.[1] ?? classes?.[2] ?? classes?.[3] ?? '').split(/\s+/);
	return excluded.some((e) => e.tag === name && (!e.className || list.includes(e.className)));
}

/**
 * `html` without the content Pagefind does not index: each element marked
 * `data-pagefind-ignore` or matching `excluded` is emptied to a bare `<name></name>`, so that
 * the boundaries between the words around it stay where they were. An element is left whole
 * when it holds (or carries) another `data-pagefind-` attribute: Pagefind reads filters, meta
 * and sort keys inside ignored elements too. Pagefind writes the same index from the result,
 * byte for byte, from a third of the markup of a briefing (its summary tables, byline and
 * citation box are not indexed), and the indexer's time goes with the markup it reads. Void
 * elements and an element without its end tag are left as they are.
 */
export function withoutUnindexed(html: string, excluded: readonly ExcludedElement[] = EXCLUDED_ELEMENTS): string {
	const tags = new RegExp(START_OR_END_TAG.source, 'g');
	let out = '';
	let kept = 0;
	for (let m = tags.exec(html); m; m = tags.exec(html)) {
		const [tag, end, rawName = '', selfClosing] = m;
		const name = rawName.toLowerCase();
		if (end || selfClosing || VOID.test(name) || !isUnindexed(tag, name, excluded)) continue;
		const close = closingEnd(html, name, m.index);
		if (close < 0) break;
		const element = html.slice(m.index, close);
		if (element.replace(/\sdata-pagefind-ignore\b/g, '').includes('data-pagefind-')) continue;
		out += `${html.slice(kept, m.index)}<${name}></${name}>`;
		kept = close;
		tags.lastIndex = close;
	}
	return out + html.slice(kept);
}

/** Where the element `name` starting at `start` ends (after its matching end tag), or -1. */
function closingEnd(html: string, name: string, start: number): number {
	const same = new RegExp(`<(/?)${name}${ATTRIBUTES}`, 'gi');
	same.lastIndex = start;
	let depth = 0;
	for (let m = same.exec(html); m; m = same.exec(html)) {
		if (m[2]) continue;
		depth += m[1] ? -1 : 1;
		if (depth === 0) return m.index + m[0].length;
	}
	return -1;
}
