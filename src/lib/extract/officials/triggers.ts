/**
 * A fast first pass over an article: where words that open a title or introduce a person stand
 * ("Chủ tịch", "Bí thư", "đồng chí", "ông" …), and where quotation marks are. Sentences without
 * a trigger mention no official and are never tokenised.
 */
import { isLetter } from '../../text/chars.ts';

// Case-insensitive without the `u` flag: irregexp then scans for the literals much faster, and
// its simple case folding covers Vietnamese letters ("CHỦ TỊCH", "Đồng chí"). Growth ("tăng
// trưởng"), "bà con" and a bare "đại biểu" (delegates) open nothing. The words are written as a
// tree of shared beginnings, and the growth check after "trưởng": the engine then tries few
// branches at each character and no look-behind where no "t" stands (a third faster than a flat
// list). The words are chủ tịch, chủ nhiệm, chánh, chỉ huy, chính ủy, chính trị viên, bí thư, bà,
// giám đốc, trưởng, thủ tướng, tư lệnh, tổng thư ký, ủy viên, đại biểu (quốc hội, hđnd, hội
// đồng), đồng chí, đ/c, ông, uvbtv, uvtv, uvtw, tuv; no two of them match at one place. Abbreviations whose first letter is
// common ("HUV", "PCT", "P.CT"), which the pass would stop at every "h" or "p" for, are found by
// the other words of their sentence ("ông", "bà", "đồng chí", a full title).
const TRIGGER =
	/[“”"]|ch(?:ủ (?:tịch|nhiệm)|ánh|ỉ huy|ính (?:ủy|trị viên))|b(?:í thư|à(?! con))|giám đốc|t(?:rưởng(?<!tăng trưởng)|hủ tướng|uv|ư lệnh|ổng thư ký)|ủy viên|đ(?:ại biểu (?:quốc hội|hđnd|hội đồng)|ồng chí|\/c)|ông|uv(?:btv|tv|tw|tư)/gi;

/** Where the trigger words (whole words only) and the quotation marks (“ ” ") of a text are. */
export interface Triggers {
	/** Offsets of trigger words, in order. */
	readonly words: number[];
	/** Offsets of quotation marks, in order. */
	readonly quotes: number[];
}

/** The trigger words and quotation marks of `text`, found in one pass. */
export function findTriggers(text: string): Triggers {
	const words: number[] = [];
	const quotes: number[] = [];
	TRIGGER.lastIndex = 0;
	for (let m = TRIGGER.exec(text); m !== null; m = TRIGGER.exec(text)) {
		const at = m.index;
		if (m[0].length === 1) quotes.push(at);
		// "ông" is not in "không", "bà" not in "bàn".
		else if (!isLetter(text.charCodeAt(at - 1)) && !isLetter(text.charCodeAt(at + m[0].length))) words.push(at);
	}
	return { words, quotes };
}
