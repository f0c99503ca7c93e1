/**
 * A briefing's feed text written directly from its blocks and source: byte for byte what
 * markdown-it renders of their escaped Markdown and sanitize-html then writes (`markdownFeedHtml`
 * in `feeds.ts`, the reference, which the tests hold this to on seeded random bodies), without
 * the parse of either. Every character Markdown could read as markup is escaped in that Markdown,
 * so each block renders as its collapsed text; the sanitizer reads markdown-it's entities back
 * and writes `&`, `<` and `>` as entities again (and `"` in an attribute). Where this writer does
 * not vouch for those bytes (a NUL, which markdown-it replaces; a source address it leaves to
 * markdown-it's link rules), it gives null and the caller takes the reference.
 */
import type { Source } from '../../../schemas/briefing.ts';
import type { BodyBlock } from '../../../schemas/entry.ts';
import { collapseSpace } from '../../markdown/body-to-markdown.ts';
import { CAPTION_ELEMENT, captionParagraphElement } from '../../markdown/captions.ts';

/** The href a source's address is given in the feed, or null to leave the address to markdown-it. */
export type FeedLinkHref = (url: string) => string | null;

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const TEXT_SPECIAL = /[&<>]/g;
const ATTRIBUTE_SPECIAL = /[&<>"]/g;

const escapeText = (text: string) => text.replace(TEXT_SPECIAL, (c) => ESCAPES[c] ?? c);
const escapeAttribute = (text: string) => text.replace(ATTRIBUTE_SPECIAL, (c) => ESCAPES[c] ?? c);

// markdown-it reads U+0000 as U+FFFD: left to it.
const NUL = '\u0000';

/** `text` collapsed, or null when it holds what only markdown-it should write. */
function collapsed(text: string): string | null {
	const t = collapseSpace(text);
	return t.includes(NUL) ? null : t;
}

/** The feed HTML of `blocks` and `source`, as `markdownFeedHtml` writes it, or null (see above). */
export function directFeedHtml(blocks: readonly BodyBlock[], source: Source, linkHref: FeedLinkHref): string | null {
	let html = '';
	for (const b of blocks) {
		const text = collapsed(b.text);
		if (text === null) return null;
		if (b.type === 'paragraph') {
			// An empty paragraph is no Markdown at all.
			if (text) html += `<p>${escapeText(text)}</p>\n`;
		} else if (b.type === 'heading') {
			html += `<h3>${escapeText(text)}</h3>\n`;
		} else {
			const lines = text ? [text] : [];
			if (b.credit) {
				const credit = collapsed(b.credit);
				if (credit === null) return null;
				// The Markdown line "Ảnh\: " with an empty credit ends in a space markdown-it drops.
				lines.push(credit ? `Ảnh: ${credit}` : 'Ảnh:');
			}
			// markdown-it breaks the line after an opening tag only before another element.
			html += `<${CAPTION_ELEMENT}>${lines.length > 0 ? '\n' : ''}`;
			lines.forEach((line, i) => {
				const tag = captionParagraphElement(i, lines.length);
				html += `<${tag}>${escapeText(line)}</${tag}>\n`;
			});
			html += `</${CAPTION_ELEMENT}>\n`;
		}
	}
	const credit: string[] = [];
	for (const c of [source.outlet, source.author]) {
		if (!c) continue;
		const text = collapsed(c);
		if (text === null) return null;
		credit.push(escapeText(text));
	}
	let line: string;
	if (source.url) {
		const href = linkHref(source.url);
		const url = collapsed(source.url);
		if (href === null || url === null) return null;
		// The link's text is the outlet, else the address.
		const [name = escapeText(url), ...rest] = credit;
		line = `Nguồn: <a href="${escapeAttribute(href)}">${name}</a>${rest.map((c) => ` · ${c}`).join('')}`;
	} else if (credit.length > 0) {
		line = `Nguồn: ${credit.join(' · ')}`;
	} else {
		return html;
	}
	// markdown-it trims the paragraph's line: a last credit that collapsed to nothing leaves " · ".
	return `${html}<p>${line.trimEnd()}</p>\n`;
}
