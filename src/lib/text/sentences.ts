/**
 * Sentence boundaries in Vietnamese news prose.
 */

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
	for (const m of text.matchAll(BOUNDARY)) {
		const at = m.index;
		if (m[0].startsWith('.')) {
			const word = /([\p{L}/.]+)$/u.exec(text.slice(Math.max(0, at - 6), at))?.[1] ?? '';
			if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
		}
		push(spans, text, start, at + m[0].length, offset);
		start = at + m[0].length;
	}
	push(spans, text, start, text.length, offset);
	return spans;
}

function push(spans: Span[], text: string, from: number, to: number, offset: number): void {
	let a = from;
	let b = to;
	while (a < b && /\s/.test(text.charAt(a))) a++;
	while (b > a && /\s/.test(text.charAt(b - 1))) b--;
	if (b > a) spans.push({ start: a + offset, end: b + offset });
}
