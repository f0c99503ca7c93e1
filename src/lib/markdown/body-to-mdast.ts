/**
 * An article body as the Markdown tree (mdast) that remark-parse makes of `bodyToMarkdown`'s
 * Markdown, built from the blocks directly. That Markdown escapes every character that could be
 * markup, so parsing it only gives the text back: one text node per paragraph, heading and
 * caption line, white space collapsed as `bodyToMarkdown` collapses it. Building the tree costs
 * a fraction of parsing it (the parse was half of a body's rendering).
 */
import type { BlockContent, Blockquote, Paragraph, PhrasingContent, Root } from 'mdast';
import type { BodyBlock } from '../../schemas/entry.ts';
import { collapseSpace } from './body-to-markdown.ts';

/** The text of a block as Markdown reads it back: collapsed, and NUL replaced as CommonMark replaces it. */
function plain(text: string): string {
	const collapsed = collapseSpace(text);
	return collapsed.includes('\0') ? collapsed.replaceAll('\0', '\uFFFD') : collapsed;
}

const phrasing = (text: string): PhrasingContent[] => (text === '' ? [] : [{ type: 'text', value: text }]);
const paragraph = (text: string): Paragraph => ({ type: 'paragraph', children: phrasing(text) });

/** A caption's blockquote: its text and its credit ("Ảnh: …"), each a paragraph when not empty. */
function caption(block: BodyBlock): Blockquote {
	const text = plain(block.text);
	const children: Paragraph[] = text === '' ? [] : [paragraph(text)];
	if (block.credit) {
		const credit = plain(block.credit);
		// "Ảnh\: " then nothing reads as "Ảnh:": a paragraph's trailing space is not text.
		children.push(paragraph(credit === '' ? 'Ảnh:' : `Ảnh: ${credit}`));
	}
	return { type: 'blockquote', children };
}

/** The mdast of an article's body blocks: what `bodyToMarkdown(blocks)` parses to, positions aside. */
export function bodyToMdast(blocks: readonly BodyBlock[]): Root {
	const children: BlockContent[] = [];
	for (const block of blocks) {
		if (block.type === 'caption') {
			children.push(caption(block));
			continue;
		}
		const text = plain(block.text);
		// An empty heading is still written ("### "); an empty paragraph is left out.
		if (block.type === 'heading') children.push({ type: 'heading', depth: 3, children: phrasing(text) });
		else if (text !== '') children.push(paragraph(text));
	}
	return { type: 'root', children };
}
