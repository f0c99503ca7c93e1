/**
 * The caption rule, one for both Markdown engines (remark for pages, markdown-it for feeds): a
 * photo caption is written as a blockquote (see `bodyToMarkdown`) and rendered as a
 * <figure>; each paragraph in it is a <figcaption>, but the last of two or more, the "Ảnh: …"
 * credit, which is set apart in <small>.
 */

/** The element a caption blockquote becomes. */
export const CAPTION_ELEMENT = 'figure';

/** The element of the paragraph at `index` among the `count` paragraphs of a caption. */
export function captionParagraphElement(index: number, count: number): 'figcaption' | 'small' {
	return index > 0 && index === count - 1 ? 'small' : 'figcaption';
}
