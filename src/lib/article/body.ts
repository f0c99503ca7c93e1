/**
 * The readable text of an article for its page: paragraphs, subheads and photo captions with
 * their credits set apart; no headline, dateline, byline lines or page furniture.
 */
import type { BodyBlock } from '../../schemas/entry.ts';
import type { ArticleDocument } from '../extract/document.ts';

export type { BodyBlock };

const CREDIT = /\s*\(?(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh)\s*:\s*([^()\n]{1,60}?)\)?\s*\.?$/u;

/** The blocks a briefing page shows, in order; consecutive identical captions appear once. */
export function bodyBlocks(doc: ArticleDocument): BodyBlock[] {
	const out: BodyBlock[] = [];
	for (const b of doc.blocks) {
		const text = doc.text.slice(b.start, b.end);
		if (b.type === 'lede' || b.type === 'paragraph') {
			// The outlet marker stays in the lede ("Điện Biên TV - Ngày 19/11, …"): readers expect it.
			out.push({ type: 'paragraph', text });
		} else if (b.type === 'heading') {
			out.push({ type: 'heading', text });
		} else if (b.type === 'caption') {
			// Every credit holds "Ảnh" or "ảnh": most captions are ruled out without the pattern.
			const m = text.includes('Ảnh') || text.includes('ảnh') ? CREDIT.exec(text) : null;
			const caption = m ? text.slice(0, m.index).trim() : text;
			const block: BodyBlock = m?.[1]
				? { type: 'caption', text: caption, credit: m[1].trim() }
				: { type: 'caption', text };
			const prev = out[out.length - 1];
			if (prev?.type === 'caption' && prev.text === block.text) continue;
			if (block.text) out.push(block);
		}
	}
	return out;
}

/** The lede without its outlet marker, cut at a word boundary near `max` characters: a page description. */
export function summaryOf(doc: ArticleDocument, max = 300): string {
	const lede = doc.blocks.find((b) => b.type === 'lede');
	if (!lede) return '';
	let text = doc.text.slice(lede.start, lede.end);
	const marker = /^(?:\([^()]{1,40}\)|[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,3})\s*[-–—]\s+/u.exec(text);
	if (marker && doc.ledeMarker) text = text.slice(marker[0].length);
	if (text.length <= max) return text;
	const cut = text.lastIndexOf(' ', max);
	return `${text.slice(0, cut > max / 2 ? cut : max)}…`;
}
