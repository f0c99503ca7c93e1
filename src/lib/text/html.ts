/**
 * Article text pasted from a web page with its markup: read by an HTML parser, block ends kept as
 * line breaks, entities decoded.
 */
import { decodeHTML } from 'entities';
import { type DefaultTreeAdapterTypes, parse, parseFragment } from 'parse5';

// Two or more real tags (or a document preamble) make a text HTML; "a < b" does not.
const TAG =
	/<\/?(?:p|div|br|span|a|img|script|style|h[1-6]|article|section|html|body|head|table|tr|td|li|ul|ol|strong|em|b|i|figure|figcaption|iframe|meta|link|blockquote|header|footer|nav|time|small|u|font|center)\b[^<>]*>/gi;
const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi;

/** True when `text` is marked up (at least two HTML tags, or a doctype). */
export function looksLikeHtml(text: string): boolean {
	if (/^\s*<!doctype html|^\s*<html[\s>]/i.test(text)) return true;
	let n = 0;
	for (const _ of text.matchAll(TAG)) if (++n >= 2) return true;
	return false;
}

/** True when `text` holds character references ("&amp;", "&#7879;") that a scraper left undecoded. */
export function hasEntities(text: string): boolean {
	let n = 0;
	for (const _ of text.matchAll(ENTITY)) if (++n >= 2) return true;
	return false;
}

// Elements whose content is never article text (scripts, styles, forms, embedded objects, the
// document head with its title and metadata).
const DROPPED = new Set([
	'script',
	'style',
	'noscript',
	'template',
	'iframe',
	'object',
	'embed',
	'svg',
	'math',
	'head',
	'select',
	'textarea',
	'button',
]);
// Elements that start and end a line, as a browser shows them.
const BLOCKS = new Set([
	'address',
	'article',
	'aside',
	'blockquote',
	'caption',
	'dd',
	'details',
	'dialog',
	'div',
	'dl',
	'dt',
	'fieldset',
	'figcaption',
	'figure',
	'footer',
	'form',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'header',
	'hgroup',
	'legend',
	'li',
	'main',
	'nav',
	'ol',
	'p',
	'pre',
	'section',
	'summary',
	'table',
	'title',
	'ul',
]);
/**
 * What stands between two cells of a table row: a row stays one line, so the extractors read a
 * label and its figures together ("Thu ngân sách | 1.200 tỷ đồng | 105%"), and neither a comma
 * nor a semicolon, which would cut the row into clauses.
 */
export const CELL_SEPARATOR = ' | ';
// Any of these makes a text laid out by its markup: line breaks in its text are then white space
// as in a browser. Without them (plain text with a few inline tags) the text's own lines stay.
const LAID_OUT = /<(?:p|div|br|li|tr|td|th|h[1-6]|table|article|section|blockquote)\b/i;
// A whole page (wherever its doctype or <html>, <head> or <body> tag stands: a comment or a saved
// page's preamble may come first) is parsed as a document, so that its head is a head.
const DOCUMENT = /<(?:!doctype|html|head|body)[\s>]/i;

type Node = DefaultTreeAdapterTypes.Node;

/**
 * The text of an HTML fragment or page, read by a real HTML parser (parse5) as a browser would:
 * scripts, styles, the head, forms and embedded objects dropped with their content, comments
 * dropped, character references decoded, attributes never shown (`<p title="a>b">` is a tag, not
 * text). Blocks and `<br>` end lines, a paragraph or other block is set off by a blank line, each
 * table row is one line with its cells separated by `CELL_SEPARATOR`. Linear in the input.
 */
export function htmlToText(html: string): string {
	const root = DOCUMENT.test(html) ? parse(html) : parseFragment(html);
	const collapse = LAID_OUT.test(html);
	const out: string[] = [];
	// An explicit stack: a page nested thousands of elements deep must not overflow the call stack.
	// An entry is a node to enter, or a string to write once the element's children are done.
	const stack: (Node | string)[] = [root];
	// Cells written so far in each open table row, innermost last.
	const rows: number[] = [];
	let pre = 0;
	while (stack.length > 0) {
		const item = stack.pop() as Node | string;
		if (typeof item === 'string') {
			if (item === EXIT_ROW) {
				rows.pop();
				out.push('\n');
			} else if (item === EXIT_PRE) pre--;
			else out.push(item);
			continue;
		}
		if (item.nodeName === '#text') {
			const value = (item as DefaultTreeAdapterTypes.TextNode).value;
			out.push(collapse && pre === 0 ? value.replace(/[ \t\n\r\f]+/g, ' ') : value);
			continue;
		}
		if (!('childNodes' in item)) continue; // comments, doctypes
		const name = item.nodeName;
		if (DROPPED.has(name)) {
			out.push('\n');
			continue;
		}
		if (name === 'br' || name === 'hr') {
			out.push('\n');
			continue;
		}
		if (name === 'tr') {
			rows.push(0);
			stack.push(EXIT_ROW);
		} else if (name === 'td' || name === 'th') {
			const n = rows.length;
			if (n > 0) {
				if ((rows[n - 1] as number) > 0) out.push(CELL_SEPARATOR);
				rows[n - 1] = (rows[n - 1] as number) + 1;
			}
		} else if (BLOCKS.has(name)) {
			out.push('\n');
			stack.push('\n');
			if (name === 'pre') {
				pre++;
				stack.push(EXIT_PRE);
			}
		}
		const children = item.childNodes;
		for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
	}
	return out
		.join('')
		.replace(/[ \t]*\n[ \t]*/g, '\n')
		.replace(/\n{3,}/g, '\n\n');
}

// Markers on the stack for the end of a table row and of a <pre>; neither is text a node can hold.
const EXIT_ROW = '\u0000row';
const EXIT_PRE = '\u0000pre';

/** Character references decoded, nothing else changed. */
export function decodeEntities(text: string): string {
	return decodeHTML(text);
}
