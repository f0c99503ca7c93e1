/**
 * Vietnamese personal names in running text: a run of two to four capitalised syllables (Họ +
 * đệm + tên), led by a family name in most cases ("Nguyễn Văn Hữu", "Vừ A Bằng", "Lò Văn Mừng"),
 * or five in a long Ê Đê or Gia Rai name ("Y Thanh Hà Niê Kđăm").
 * The words themselves (family and middle names, stop words, historical names) are `name-words.ts`.
 */
import { GIVEN_MARKERS, HISTORIC_NAMES, MIDDLE_NAMES, NOT_FIRST, NOT_NEXT, SURNAME_KEYS } from './name-words.ts';
import { keysOf, type Tok, tokenizeText } from './tokens.ts';

// One capitalised syllable, or an apostrophe name part ("H'Hen", "K'Điểu").
const NAME_WORD = /^\p{Lu}(?:\p{Ll}|\p{M})*(?:['’]\p{Lu}?(?:\p{Ll}|\p{M})+)?$/u;

// `NAME_WORD` read character by character over a table of the Latin letters and combining marks
// (Vietnamese and the minority languages' names lie there); any other character is left to the
// pattern itself. Classes: upper-case letter, lower-case letter or mark, neither, not tabulated.
const UPPER = 1;
const LOWER_OR_MARK = 2;
const NEITHER = 3;
const NAME_CLASS = new Uint8Array(0x1f00);
for (const [from, to] of [
	[0, 0x250],
	[0x300, 0x370],
	[0x1e00, 0x1f00],
] as const) {
	for (let c = from; c < to; c++) {
		const ch = String.fromCharCode(c);
		NAME_CLASS[c] = /\p{Lu}/u.test(ch) ? UPPER : /\p{Ll}|\p{M}/u.test(ch) ? LOWER_OR_MARK : NEITHER;
	}
}

/** The `NAME_CLASS` of a code, 0 when it is not tabulated. */
function nameClass(c: number): number {
	return c < 0x1f00 ? (NAME_CLASS[c] as number) : 0;
}

function isApostrophe(c: number): boolean {
	return c === 39 || c === 0x2019;
}

/** `NAME_WORD.test(text)`, without running the pattern for text in the tabulated characters. */
function isNameShape(text: string): boolean {
	const n = text.length;
	const head = nameClass(text.charCodeAt(0));
	if (head === 0) return NAME_WORD.test(text);
	if (head !== UPPER) return false;
	let i = 1;
	for (; i < n; i++) {
		const c = text.charCodeAt(i);
		if (isApostrophe(c)) break;
		const cls = nameClass(c);
		if (cls === 0) return NAME_WORD.test(text);
		if (cls !== LOWER_OR_MARK) return false;
	}
	if (i === n) return true;
	// The apostrophe part: an optional capital, then at least one lower-case letter or mark.
	i++;
	const after = i < n ? nameClass(text.charCodeAt(i)) : NEITHER;
	if (after === 0) return NAME_WORD.test(text);
	if (after === UPPER) i++;
	const from = i;
	for (; i < n; i++) {
		const cls = nameClass(text.charCodeAt(i));
		if (cls === 0) return NAME_WORD.test(text);
		if (cls !== LOWER_OR_MARK) return false;
	}
	return i > from;
}

// Vowels that are syllables of their own after a name's first ("Ô", "Ê", "Ư"): not "I" nor "O",
// which a Latin initial or a numeral could be.
const LONE_VOWELS: ReadonlySet<string> = new Set(['ê', 'ô', 'ơ', 'ư', 'u', 'e']);

/** True when the token can be a syllable of a personal name; `first` applies the stricter rules of a first syllable. */
export function isNameWord(t: Tok | undefined, first: boolean): boolean {
	if (!t?.word || !t.cap) return false;
	// Single letters: the Hmong middle name "A", the Ê Đê "Y", and within a name a syllable of one
	// vowel ("Lê Ô Pích", the Ê Đê clan's "Ê" in "Y Jăk Ê Ban"); other lone capitals are initials.
	if (t.end - t.start === 1) return t.key === 'a' || t.key === 'y' || (!first && LONE_VOWELS.has(t.key));
	// The word lists first: a flag read rules out titles and bodies before the shape is read.
	if (first ? NOT_FIRST.holds(t) : NOT_NEXT.holds(t)) return false;
	return t.shaped(isNameShape);
}

/**
 * The end (exclusive token index) of the run of name syllables starting at `i`: capitalised
 * words separated by single spaces, at most `max` of them. Equal to `i` when none starts there.
 */
export function nameRunEnd(toks: readonly Tok[], i: number, max = 7): number {
	return isNameWord(toks[i], true) ? runOn(toks, i, max) : i;
}

/**
 * The end of the run of capitalised words starting at `i`, for a place name followed by a
 * personal name ("Tân Thanh Đặng Văn Dần"): any capitalised word may open it, at most `max`.
 */
export function capitalRunEnd(toks: readonly Tok[], i: number, max = 7): number {
	const head = toks[i];
	if (!head?.word || !head.cap || /^\d/.test(head.key)) return i;
	return runOn(toks, i, max);
}

/** The end of the name syllables that follow token `i`, each one space after the last, at most `max` tokens from `i`. */
function runOn(toks: readonly Tok[], i: number, max: number): number {
	let k = i + 1;
	while (k < toks.length && k - i < max) {
		const t = toks[k];
		const prev = toks[k - 1];
		if (!t || !prev || t.start !== prev.end + 1) break;
		// The clan name's second half after the Ê Đê "Ê" may be any word ("Ê Ban", not the committee's "Ban").
		if (!isNameWord(t, false) && !(prev.key === 'ê' && t.word && t.cap)) break;
		k++;
	}
	return k;
}

/** How much a run of syllables looks like a personal name: family name, usual middle name, three syllables. */
export function nameScore(toks: readonly Tok[], from: number, to: number): number {
	const n = to - from;
	if (n < 2 || n > 4) return -1;
	let score = 0;
	if (SURNAME_KEYS.holds(toks[from])) score += 3;
	if (MIDDLE_NAMES.holds(toks[from + 1])) score += 1;
	if (n === 3) score += 1;
	return score;
}

/**
 * Whether the run `[from, from + n)` is one long Ê Đê or Gia Rai name: five syllables led by the
 * "Y" of a man's name or the "H'" of a woman's ("Y Thanh Hà Niê Kđăm", "Y Giang Gry Niê Knơng").
 */
function longHighlandName(toks: readonly Tok[], from: number, n: number): boolean {
	const key = toks[from]?.key ?? '';
	return n === 5 && (key === 'y' || key.startsWith("h'") || key.startsWith('h’'));
}

/** True when the syllable at `from` is a family name. */
function startsWithSurname(toks: readonly Tok[], from: number): boolean {
	return SURNAME_KEYS.holds(toks[from]);
}

/** Where a name sits, which says how sure a run of capitals is to be one. */
export type NameContext =
	/** Right after a title (and any place name it carries): the whole run, split off a place only when too long. */
	| 'after-title'
	/**
	 * After "xã", "phường", "thị trấn": the commune's name comes first, then the person's. A run
	 * that is one name is the commune's: wards and communes are named after people ("phường Nguyễn Du").
	 */
	| 'after-commune'
	/** After "ông", "bà", "đồng chí": the name starts here; the run may go on into other capitals. */
	| 'after-honorific'
	/** Nothing before it: only a run led by a family name counts. */
	| 'bare';

/**
 * The personal name in the run `[i, runEnd)` as token indices, or null. Reads the whole run when
 * it is two to four syllables, else the part that looks most like a name: the end of the run
 * after a title or a commune (what comes before is a place name), its start after an honorific.
 */
export function pickName(
	toks: readonly Tok[],
	i: number,
	runEnd: number,
	context: NameContext,
): { start: number; end: number } | null {
	const n = runEnd - i;
	if (n < 2) return null;
	if (context === 'bare') {
		if (!startsWithSurname(toks, i)) return null;
		return n <= 4 ? { start: i, end: runEnd } : null;
	}
	if (context === 'after-honorific') {
		if (n <= 4 || longHighlandName(toks, i, n)) return { start: i, end: runEnd };
		let best: { start: number; end: number } | null = null;
		let bestScore = 0;
		for (let e = i + 2; e <= i + 4; e++) {
			const s = nameScore(toks, i, e);
			if (s > bestScore) {
				bestScore = s;
				best = { start: i, end: e };
			}
		}
		return best;
	}
	if (context === 'after-title' && (n <= 4 || longHighlandName(toks, i, n)) && isNameWord(toks[i], true)) {
		return { start: i, end: runEnd };
	}
	// A place name (not in the gazetteer) before the person's: the best-looking tail of the run.
	let best: { start: number; end: number } | null = null;
	let bestScore = 0;
	for (let s = i + 1; s <= runEnd - 2; s++) {
		if (!isNameWord(toks[s], true)) continue;
		const score = nameScore(toks, s, runEnd);
		if (score >= 3 && score > bestScore) {
			bestScore = score;
			best = { start: s, end: runEnd };
		}
	}
	if (best) return best;
	// "Bí thư Đảng ủy xã Lường Văn Thắng": the commune left unnamed, when the run is plainly a
	// person's name ("Văn", "Thị", "A" in the middle) and not one a ward is named after.
	if (context === 'after-commune') {
		const plain = n === 3 && startsWithSurname(toks, i) && GIVEN_MARKERS.has((toks[i + 1] as Tok).key);
		return plain && !HISTORIC_NAMES.has(keysOf(toks, i, runEnd)) ? { start: i, end: runEnd } : null;
	}
	return n <= 4 && startsWithSurname(toks, i) && isNameWord(toks[i], true) ? { start: i, end: runEnd } : null;
}

/**
 * The personal name at the start of `text` read in the given context, or null: a convenience
 * for tests and tools ("Vừ A Bằng làm việc" → "Vừ A Bằng").
 */
export function nameAt(text: string, context: NameContext = 'after-honorific'): string | null {
	const toks = tokenizeText(text);
	const picked = pickName(toks, 0, nameRunEnd(toks, 0), context);
	if (!picked) return null;
	return text.slice((toks[picked.start] as Tok).start, (toks[picked.end - 1] as Tok).end);
}
