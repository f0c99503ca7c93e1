/**
 * A body's hast written as HTML, byte for byte as hast-util-to-html writes it with its default
 * options, for the few kinds of node a briefing's body is made of (`bodyToHast`, heading ids):
 * the root, text, and elements of `BODY_TAGS` with `id`, `className`, `href` and `title`. A
 * tree holding anything else is not written (undefined): its writer is hast-util-to-html. It
 * walks no schema, copies no options and joins no arrays of parts per element: on each
 * briefing's page, hast-util-to-html was about half of the body's rendering.
 */
import type { Element, Root, RootContent } from 'hast';

/** The elements written here: none is void but `br`, none holds raw text (script, style). */
const BODY_TAGS = new Set([
	'p',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'em',
	'strong',
	'blockquote',
	'a',
	'mark',
	'span',
	'figure',
	'figcaption',
	'small',
	'div',
	'br',
]);

/** The properties written here, by their attribute's name (property-information's). */
const ATTRIBUTES: Readonly<Record<string, string>> = { id: 'id', className: 'class', href: 'href', title: 'title' };

// hast-util-to-html's character references: hexadecimal, upper case, with the semicolon.
const reference = (c: string) => `&#x${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()};`;
// Its subsets: text escapes `<` and `&`; a double-quoted attribute value NUL, `"`, `&`, `'` and `` ` ``.
const TEXT = /[<&]/g;
const ATTRIBUTE = /[\0"&'`]/g;

/** The HTML of `root`, or undefined when it holds a node or a property this does not write. */
export function bodyHtml(root: Root): string | undefined {
	try {
		return children(root.children);
	} catch (e) {
		if (e === UNWRITTEN) return undefined;
		throw e;
	}
}

const UNWRITTEN = new Error('a node bodyHtml does not write');

function children(nodes: readonly RootContent[]): string {
	let out = '';
	for (const node of nodes) {
		if (node.type === 'text') out += node.value.replace(TEXT, reference);
		else if (node.type === 'element') out += element(node);
		else throw UNWRITTEN;
	}
	return out;
}

function element(node: Element): string {
	const tag = node.tagName;
	if (!BODY_TAGS.has(tag)) throw UNWRITTEN;
	let attributes = '';
	for (const key in node.properties) {
		const value = node.properties[key];
		if (value === null || value === undefined || value === false) continue;
		const name = ATTRIBUTES[key];
		if (name === undefined || value === true || (typeof value === 'number' && Number.isNaN(value))) throw UNWRITTEN;
		const text = Array.isArray(value) ? value.join(' ').trim() : String(value);
		attributes += ` ${name}="${text.replace(ATTRIBUTE, reference)}"`;
	}
	if (tag === 'br') {
		if (node.children.length > 0) throw UNWRITTEN;
		return `<br${attributes}>`;
	}
	return `<${tag}${attributes}>${children(node.children)}</${tag}>`;
}
