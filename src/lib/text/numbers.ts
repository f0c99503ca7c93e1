/**
 * Numbers as Vietnamese articles write them: "." groups thousands, "," is the decimal mark
 * ("1.401,351" is 1401.351), and scale words (nghìn, triệu, tỷ) follow the digits.
 */
import { charClass, LOWER, UPPER } from './chars.ts';

// A dot followed by exactly three digits groups thousands: "1.630", "1.401,351", "12.100,1".
const GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
// Digits with an optional decimal comma: "113,2", "24000", "0,5".
const PLAIN = /^\d+(?:,\d+)?$/;
// English-style decimal: a dot and one or two digits ("1.5", "10.25"). Read as a decimal.
const ENGLISH_DECIMAL = /^\d+\.\d{1,2}$/;
// English thousands only when unambiguous: two or more comma groups ("1,200,000").
const ENGLISH_GROUPED = /^\d{1,3}(?:,\d{3}){2,}$/;
const ALL_DIGITS = /^\d+$/;

// A leading sign: "-", "−" or "+".
function isSign(c: number): boolean {
	return c === 45 || c === 0x2212 || c === 43;
}

/**
 * Reads one number written the Vietnamese way and returns its value, or null when the string
 * is not a number in any accepted form. "1.401,351" → 1401.351, "1.630" → 1630, "12.100,1" →
 * 12100.1, "113,2" → 113.2, "24.000" → 24000. A dot followed by one or two digits ("1.5") is an
 * English-style decimal and is read as one (see `isEnglishDecimal` to flag it); comma groups
 * are thousands only when there are two or more ("1,200,000"); a lone "1,600" is 1.6. Dates and
 * codes ("12.10.2024", "1.63.000") give null. A leading sign is allowed; scale words are not
 * read here (see `scaleFactor`).
 */
export function parseVietnameseNumber(s: string): number | null {
	let t = s.trim();
	let sign = 1;
	if (isSign(t.charCodeAt(0))) {
		if (t[0] !== '+') sign = -1;
		t = t.slice(1).trimStart();
	}
	if (t === '') return null;
	let n: number;
	// Plain digits, the commonest case, need no pattern.
	if (ALL_DIGITS.test(t)) n = Number(t);
	else if (GROUPED.test(t)) n = Number(t.replaceAll('.', '').replace(',', '.'));
	else if (PLAIN.test(t)) n = Number(t.replace(',', '.'));
	else if (ENGLISH_DECIMAL.test(t)) n = Number(t);
	else if (ENGLISH_GROUPED.test(t)) n = Number(t.replaceAll(',', ''));
	else return null;
	return Number.isFinite(n) ? sign * n : null;
}

/** True for an English-style decimal ("1.5", "10.25"): a dot and one or two digits. */
export function isEnglishDecimal(s: string): boolean {
	return ENGLISH_DECIMAL.test(s.trim());
}

/** A run of digits in a text, with its place and value. */
export interface NumberToken {
	/** Offset of the first digit. */
	readonly start: number;
	/** Offset just past the last digit. */
	readonly end: number;
	/** The digits and separators as written ("1.401,351"). */
	readonly raw: string;
	/** The value (see `parseVietnameseNumber`), or null for a shape that is no number ("12.10.2024"). */
	readonly value: number | null;
	/** The token is an English-style decimal ("10.4"): often a date written with a dot. */
	readonly english: boolean;
	/** A letter sits right before the digits ("T3", "QH14", "m2", "tháng7"): a code, not a quantity. */
	readonly afterLetter: boolean;
}

/**
 * Every digit run of `text` in order (inner "." and "," separators included when a digit
 * follows them, so the full stop of "năm 2024." and the comma of "240, " are left out), each
 * with its value as `parseVietnameseNumber` reads it. Never throws; a text without digits gives
 * an empty list.
 */
export function scanNumbers(text: string): NumberToken[] {
	const out: NumberToken[] = [];
	const n = text.length;
	// The pattern finds the next digit (a search the engine does fast, with no match object to
	// build); the token is read on from there by hand.
	DIGIT.lastIndex = 0;
	while (DIGIT.test(text)) {
		const start = DIGIT.lastIndex - 1;
		let end = start + 1;
		let separated = false;
		for (;;) {
			while (end < n && isDigit(text.charCodeAt(end))) end++;
			// An inner "." or "," followed by a digit continues the number.
			if (end + 1 >= n) break;
			const c = text.charCodeAt(end);
			if ((c === 46 || c === 44) && isDigit(text.charCodeAt(end + 1))) {
				separated = true;
				end += 2;
				continue;
			}
			break;
		}
		const raw = text.slice(start, end);
		out.push({
			start,
			end,
			raw,
			// Most numbers are plain digits: no pattern is needed to read them.
			value: separated ? parseVietnameseNumber(raw) : finite(Number(raw)),
			english: separated && ENGLISH_DECIMAL.test(raw),
			afterLetter: start > 0 && isLetterOrMark(text, start - 1),
		});
		DIGIT.lastIndex = end;
	}
	return out;
}

// Numbers are digits with inner "." or "," separators, each followed by a digit: what
// `/\d+(?:[.,]\d+)*/g` matches.
const DIGIT = /\d/g;

function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

const LETTER_BEFORE = /[\p{L}\p{M}]/u;
// Below this code, `charClass` is read from a table built with the same Unicode properties.
const TABLE_LIMIT = 0x3000;

function finite(n: number): number | null {
	return Number.isFinite(n) ? n : null;
}

/** The code unit at `i` of `text` is a letter or a combining mark. */
function isLetterOrMark(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	if (c < TABLE_LIMIT) {
		const cls = charClass(c);
		return cls === LOWER || cls === UPPER;
	}
	return LETTER_BEFORE.test(text.charAt(i));
}

const SCALES: ReadonlyMap<string, number> = new Map([
	['nghìn tỷ', 1e12],
	['ngàn tỷ', 1e12],
	['nghìn tỉ', 1e12],
	['ngàn tỉ', 1e12],
	['nghìn', 1e3],
	['ngàn', 1e3],
	['triệu', 1e6],
	['tỷ', 1e9],
	['tỉ', 1e9],
]);

/**
 * The multiplier of a Vietnamese scale word ("nghìn" 10³, "triệu" 10⁶, "tỷ"/"tỉ" 10⁹,
 * "nghìn tỷ" 10¹²), case and spacing ignored; null for anything else. Extraction keeps the
 * scale word in the unit ("1,6 nghìn tỷ đồng" is 1.6 "nghìn tỷ đồng"); this is for callers that
 * compare amounts.
 */
export function scaleFactor(word: string): number | null {
	return SCALES.get(word.trim().toLowerCase().replace(/\s+/g, ' ')) ?? null;
}
