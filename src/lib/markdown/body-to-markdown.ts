/**
 * Article text as Markdown that says exactly what the text says: every character that Markdown
 * or HTML could read as markup is escaped, so paragraphs stay paragraphs and a pasted
 * "<script>" stays visible text. Subheads become "##" headings and photo captions blockquotes
 * (which `remarkBriefing` turns into figure captions).
 */
import type { BodyBlock } from '../../schemas/entry.ts';

// Every ASCII punctuation character can be backslash-escaped in CommonMark; these can start markup.
const SPECIAL = /[\\`*_{}[\]()#+\-.!|<>&~^=:"']/g;

// White space that collapsing would change: anything but a space, or two spaces.
const UNCOLLAPSED = /[^\S ]| {2}/;

/** Text with its white space collapsed to single spaces and trimmed, as the body's Markdown writes it. */
export function collapseSpace(text: string): string {
	// Most texts are collapsed already: testing costs a fraction of replacing.
	return (UNCOLLAPSED.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

/** Escapes text so that Markdown renders it literally. */
export function escapeMarkdown(text: string): string {
	return collapseSpace(text).replace(SPECIAL, '\\$&');
}

/** The Markdown of an article's body blocks. */
export function bodyToMarkdown(blocks: readonly BodyBlock[]): string {
	return blocks
		.map((b) => {
			const text = escapeMarkdown(b.text);
			// Level 3: subheads sit under the page's "Nội dung bài viết" section heading.
			if (b.type === 'heading') return `### ${text}`;
			if (b.type === 'caption') return b.credit ? `> ${text}\n>\n> Ảnh\\: ${escapeMarkdown(b.credit)}` : `> ${text}`;
			return text;
		})
		.filter((s) => s.length > 0)
		.join('\n\n');
}
