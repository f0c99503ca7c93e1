/**
 * Article text pasted from a web page with its markup: tags removed, block ends kept as line
 * breaks, entities decoded.
 */
import { decodeHTML } from 'entities';

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

// Elements whose content is never article text (navigation and asides are page furniture).
const DROPPED =
	/<(script|style|noscript|template|iframe|object|embed|svg|math|head|select|textarea|button)\b[\s\S]*?<\/\1\s*>/gi;
const BLOCK_END =
	/<\/?(?:p|div|br|h[1-6]|li|tr|article|section|figure|figcaption|blockquote|header|footer|table|ul|ol|dd|dt|hr|pre|main|aside|nav)\b[^<>]*>/gi;

/**
 * The text of an HTML fragment or page: scripts, styles and other non-text elements dropped with
 * their content, block elements ended with line breaks, every other tag removed, character
 * references decoded. Linear in the input.
 */
export function htmlToText(html: string): string {
	return decodeHTML(
		html
			.replace(/<!--[\s\S]*?-->/g, '')
			.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')
			.replace(DROPPED, '\n')
			// An unclosed script or style swallows the rest, as a browser would.
			.replace(/<(script|style)\b[\s\S]*$/i, '\n')
			.replace(BLOCK_END, '\n')
			.replace(/<\/?[a-z!?][^<>]*>/gi, '')
			.replace(/[<>]/g, (c) => (c === '<' ? '‹' : '›')),
	)
		.replace(/[ \t]*\n[ \t]*/g, '\n')
		.replace(/\n{3,}/g, '\n\n');
}

/** Character references decoded, nothing else changed. */
export function decodeEntities(text: string): string {
	return decodeHTML(text);
}
