/**
 * Words of a text with their offsets, for matching multi-word names word by word: runs of letters
 * (with their combining marks) or runs of digits, as `charClass` tells them.
 */
import { charClass, DIGIT, LOWER, OTHER, UPPER } from './chars.ts';

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

/**
 * The end of the word that starts at `i` with a character of class `cls` (LOWER, UPPER or
 * DIGIT): digits run on with digits, letters and marks with letters and marks. Apostrophes, dots
 * and hyphens end a word ("M'gar" is "M", "gar"), as a letter ends a number ("2gar").
 */
export function wordEnd(text: string, i: number, cls: number): number {
	const n = text.length;
	let j = i + 1;
	if (cls === DIGIT) while (j < n && charClass(text.charCodeAt(j)) === DIGIT) j++;
	else
		while (j < n) {
			const c = charClass(text.charCodeAt(j));
			if (c !== LOWER && c !== UPPER) break;
			j++;
		}
	return j;
}

/** Splits text into words (see `wordEnd`). Offsets index the given string. */
export function tokenize(text: string): Token[] {
	const out: Token[] = [];
	let i = 0;
	while (i < text.length) {
		const cls = charClass(text.charCodeAt(i));
		if (cls === OTHER) {
			i++;
			continue;
		}
		const j = wordEnd(text, i, cls);
		const word = text.slice(i, j);
		out.push({ key: word.toLowerCase(), start: i, end: j, capital: cls !== LOWER });
		i = j;
	}
	return out;
}
