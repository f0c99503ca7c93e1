/**
 * The one character class of the word layer: what is a letter (upper or lower case), a combining
 * mark, a digit, or none of these. Every scanner that asks "is this a word character" (places,
 * officials, indicators, numbers) asks here. By table lookup, for hot paths: a Unicode property
 * regex costs tens of nanoseconds a character, a table lookup a few.
 */

export const OTHER = 0;
/** A lower-case (or caseless) letter, or a combining mark. */
export const LOWER = 1;
export const UPPER = 2;
export const DIGIT = 3;

// Latin, Vietnamese, combining marks and general punctuation all lie below U+3000; above it,
// scripts are caseless.
const LIMIT = 0x3000;
const TABLE = new Uint8Array(LIMIT);
// 1 for a letter (`\p{L}`), 0 for a combining mark and anything else: `isPropertyLetter`.
const LETTERS = new Uint8Array(LIMIT);
for (let c = 0; c < LIMIT; c++) {
	const ch = String.fromCharCode(c);
	if (/\p{Lu}|\p{Lt}/u.test(ch)) {
		TABLE[c] = UPPER;
		LETTERS[c] = 1;
	} else if (/\p{L}/u.test(ch)) {
		TABLE[c] = LOWER;
		LETTERS[c] = 1;
	} else if (/\p{M}/u.test(ch)) TABLE[c] = LOWER;
	else if (/\p{Nd}/u.test(ch)) TABLE[c] = DIGIT;
}

/** The class of the UTF-16 code unit `code`: OTHER, LOWER, UPPER or DIGIT. */
export function charClass(code: number): number {
	if (code < LIMIT) return TABLE[code] as number;
	// Surrogates, private use and specials are not letters; CJK and the rest are caseless letters.
	return code >= 0xd800 && code <= 0xf8ff ? OTHER : code >= 0xfe00 ? OTHER : LOWER;
}

/**
 * True for a UTF-16 code unit that belongs to a word: a letter, a combining mark or a decimal
 * digit (`charClass` is not OTHER). Apostrophes, hyphens, dots, symbols ("≥", "€", "→"), Latin-1
 * signs and lone surrogates are not; a tokenizer that joins words across some of them says so
 * itself (see `extract/officials/tokens.ts`).
 */
export function isWordChar(code: number): boolean {
	// One read, no branch: the scanners' word loops call this for every character.
	return WORD_UNITS[code] === 1;
}

// `isWordChar` of every UTF-16 code unit (NaN, past either end of a string, reads undefined).
const WORD_UNITS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
	WORD_UNITS[c] = (c < LIMIT ? TABLE[c] !== OTHER : c < 0xd800 || (c > 0xf8ff && c < 0xfe00)) ? 1 : 0;
}

/**
 * True for a letter or a combining mark (`charClass` LOWER or UPPER): `isWordChar` without the
 * digits, for a word that must not touch letters but may touch a number ("2ông" reads "ông").
 * False for NaN (past either end of a string).
 */
export function isLetter(code: number): boolean {
	if (!(code < LIMIT)) return code < 0xd800 || (code > 0xf8ff && code < 0xfe00);
	const k = TABLE[code];
	return k === LOWER || k === UPPER;
}

/**
 * True for a UTF-16 code unit that is a letter by itself, as `\p{L}` reads it: not a combining
 * mark (unlike `isLetter`), nor half of a surrogate pair (a letter written as a pair is one only
 * read whole).
 */
export function isPropertyLetter(code: number): boolean {
	if (code < LIMIT) return LETTERS[code] === 1;
	return !(code >= 0xd800 && code <= 0xdfff) && /\p{L}/u.test(String.fromCharCode(code));
}
