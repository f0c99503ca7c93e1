/**
 * Words of a text with their offsets, for matching multi-word names token by token.
 */

export interface Token {
	/** Lower-case form of the word in the text it was read from (tone-canonical text gives tone-canonical keys). */
	readonly key: string;
	/** Offset of the first character. */
	readonly start: number;
	/** Offset just past the last character. */
	readonly end: number;
	/** The word starts with an upper-case letter or a digit. */
	readonly capital: boolean;
}

// Letters with their marks, or digits; apostrophes split ("M'gar" → "M", "gar"), as do dots.
const WORD = /[\p{L}\p{M}]+|\p{N}+/gu;

/** Splits text into words. Offsets index the given string. */
export function tokenize(text: string): Token[] {
	const out: Token[] = [];
	for (const m of text.matchAll(WORD)) {
		const word = m[0];
		const first = word.charAt(0);
		out.push({
			key: word.toLowerCase(),
			start: m.index,
			end: m.index + word.length,
			capital: first !== first.toLowerCase() || (first >= '0' && first <= '9'),
		});
	}
	return out;
}
