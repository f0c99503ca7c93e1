/**
 * Sentence boundaries in Vietnamese news prose.
 */
import { isPropertyLetter } from './chars.ts';

export interface Span {
	/** Offset of the first character in the text that was split. */
	readonly start: number;
	/** Offset just past the last character. */
	readonly end: number;
}

// Words that end in a dot without ending a sentence ("TP. Hồ Chí Minh", "ThS. Nguyễn …").
const ABBREVIATIONS = new Set([
	'tp',
	'tx',
	'tt',
	'q',
	'h',
	'p',
	'x',
	'ths',
	'ts',
	'gs',
	'pgs',
	'bs',
	'ks',
	'cn',
	'st',
	'mr',
	'ms',
	'đ/c',
	'v.v',
	'vv',
]);

const BOUNDARY = /[.!?…]+["”’»)\]]*(?=\s+["“‘«([]?[\p{Lu}\p{N}])|[;]\s*(?=\n)|\n+/gu;

/**
 * Splits text into sentences: a `.`, `!`, `?` or `…` followed by white space and a capital
 * letter or digit ends one, as does a line break; a dot after a known abbreviation or a single
 * capital letter ("T. Sỹ") does not. Spans exclude surrounding white space and are never empty.
 */
export function splitSentences(text: string, offset = 0): Span[] {
	const spans: Span[] = [];
	let start = 0;
	// One shared pattern read by `exec`: no match can be empty, and nothing runs between two reads.
	BOUNDARY.lastIndex = 0;
	for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
		const at = m.index;
		if (text.charCodeAt(at) === 46 && abbreviated(text, at)) continue;
		push(spans, text, start, at + m[0].length, offset);
		start = at + m[0].length;
	}
	push(spans, text, start, text.length, offset);
	return spans;
}

/**
 * Whether the dot at `at` ends an abbreviation or an initial: the letters, slashes and dots
 * right before it (within six characters) are a known abbreviation or one capital letter.
 */
function abbreviated(text: string, at: number): boolean {
	const from = Math.max(0, at - 6);
	let k = at;
	while (k > from) {
		const c = text.charCodeAt(k - 1);
		const step = c === 46 || c === 47 || isPropertyLetter(c) ? 1 : letterPairBefore(text, k, from);
		if (step === 0) break;
		k -= step;
	}
	if (k === at) return false;
	const word = text.slice(k, at);
	return ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word);
}

/** 2 when a letter written as a pair of surrogates (not starting before `from`) ends at `k`, else 0. */
function letterPairBefore(text: string, k: number, from: number): number {
	const low = text.charCodeAt(k - 1);
	const high = text.charCodeAt(k - 2);
	if (!(low >= 0xdc00 && low <= 0xdfff && k - 2 >= from && high >= 0xd800 && high <= 0xdbff)) return 0;
	return /\p{L}/u.test(text.slice(k - 2, k)) ? 2 : 0;
}

function push(spans: Span[], text: string, from: number, to: number, offset: number): void {
	let a = from;
	let b = to;
	while (a < b && /\s/.test(text.charAt(a))) a++;
	while (b > a && /\s/.test(text.charAt(b - 1))) b--;
	if (b > a) spans.push({ start: a + offset, end: b + offset });
}
