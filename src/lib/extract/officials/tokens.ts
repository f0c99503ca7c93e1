/**
 * Words and punctuation of one sentence: the units the officials grammar (titles, names, role
 * verbs) is written in, and phrase sets keyed the way this tokenizer cuts words. Word characters
 * are the word layer's (`isWordChar`); what this tokenizer adds is its joiners (see `tokenizeText`).
 */
import { isWordChar } from '../../text/chars.ts';
import { hashOf, hashStep, type Keyed, PhraseSet } from '../../text/phrases.ts';

/** One word or punctuation mark of a text. */
export class Tok implements Keyed {
	/** Lower-case text. */
	readonly key: string;
	/** Offset of the first character in the text that was read. */
	readonly start: number;
	/** Offset just past the last character. */
	readonly end: number;
	/** Letters or digits (with joined `.&/'-` parts: "TP.HCM", "NN&PTNT", "LĐ-TB&XH", "đ/c"); else one punctuation mark. */
	readonly word: boolean;
	/** A word whose first character is an upper-case letter. */
	readonly cap: boolean;
	/** `hashOf(key)`, for phrase set lookups (see `text/phrases.ts`). */
	readonly hash: number;
	readonly #source: string;

	constructor(source: string, key: string, start: number, end: number, word: boolean, cap: boolean, hash: number) {
		this.#source = source;
		this.key = key;
		this.hash = hash;
		this.start = start;
		this.end = end;
		this.word = word;
		this.cap = cap;
	}

	/** The token as written in the text it was read from (tone-canonical text gives canonical tokens). */
	get text(): string {
		// Most tokens are only ever compared by key: the text is cut when asked for.
		return this.word ? this.#source.slice(this.start, this.end) : this.key;
	}

	/** Whether `test` holds for the token's text, computed once per token (`test` must not change). */
	shaped(test: (text: string) => boolean): boolean {
		if (this.#shaped === undefined) this.#shaped = test(this.text);
		return this.#shaped;
	}

	#shaped: boolean | undefined = undefined;
}

// "TP.HCM", "TP.Hồ Chí Minh", "TX.Hoài Nhơn", "H.Bạch Long Vĩ", "Q.Tân Bình", "PCT.HĐND": the
// level or post abbreviation is a word of its own.
const GLUED_LEVEL = /^(tp|tx|h|q|pct)\.(?=\p{L})/u;

// The tokenizer reads string literals (the phrase lists), slices and flat strings alike. V8 then
// looks `text.charCodeAt` up the slow, generic way at every character; calling the prototype's
// own function keeps the read inline whatever kind of string `text` is.
const charCodeAt = String.prototype.charCodeAt;

/**
 * Splits text into tokens: words (letters and digits, keeping inner dots, ampersands, slashes,
 * apostrophes and hyphens: "TP.HCM", "NN&PTNT", "H'Hen", "KT-XH") and single punctuation marks
 * (a spaced hyphen in "Kinh tế - Ngân sách" is one). Offsets index the given string. `whole`
 * is `text.toLowerCase()`, when the caller has it already.
 */
export function tokenizeText(text: string, whole: string = text.toLowerCase()): Tok[] {
	// Vietnamese lowers without changing length; a text that does not is lowered word by word.
	const lower = whole.length === text.length ? whole : null;
	// Words are read on the lower-case text when there is one, their keys and hashes coming from
	// it: lowering changes no character's class here (word, joiner, space, "&", "t").
	const src = lower ?? text;
	const out: Tok[] = [];
	const n = text.length;
	let i = 0;
	while (i < n) {
		const c = charCodeAt.call(src, i);
		if (c <= 32 || c === 0xa0) {
			i++;
			continue;
		}
		if (!isWordChar(c)) {
			const mark = String.fromCharCode(charCodeAt.call(text, i));
			out.push(new Tok(text, mark, i, i + 1, false, false, hashOf(mark)));
			i++;
			continue;
		}
		// The word's end, and the hash of its lower-case characters as they are read.
		let j = i + 1;
		let h = hashStep(0, c);
		for (;;) {
			while (j < n) {
				const d = charCodeAt.call(src, j);
				if (!isWordChar(d)) break;
				h = hashStep(h, d);
				j++;
			}
			// An inner joiner followed by a letter or digit continues the word, but for a hyphen
			// glued between a name and a title ("Hồ Văn Niên-Ủy viên Ban Thường vụ Tỉnh ủy").
			if (
				j + 1 < n &&
				isJoiner(charCodeAt.call(src, j)) &&
				isWordChar(charCodeAt.call(src, j + 1)) &&
				!titleAfterHyphen(text, src, j)
			) {
				h = hashStep(hashStep(h, charCodeAt.call(src, j)), charCodeAt.call(src, j + 1));
				j += 2;
				continue;
			}
			break;
		}
		// "DTTS&MN", "VH-TT&": a trailing ampersand is part of the abbreviation.
		if (j < n && charCodeAt.call(src, j) === 38) {
			h = hashStep(h, 38);
			j++;
		}
		const key = lower ? lower.slice(i, j) : text.slice(i, j).toLowerCase();
		// Only a "tp.", "tx.", "h.", "q." or "pct." start can be glued: most words need no regex.
		const glued =
			j - i > 2 && (key.charCodeAt(1) === 46 || key.charCodeAt(2) === 46 || key.charCodeAt(3) === 46)
				? GLUED_LEVEL.exec(key)
				: null;
		if (glued) {
			const len = (glued[1] as string).length;
			out.push(word(text, i, i + len, key.slice(0, len)));
			out.push(word(text, i + len + 1, j, key.slice(len + 1)));
		} else {
			out.push(word(text, i, j, key, lower ? h : hashOf(key)));
		}
		i = j;
	}
	return out;
}

function word(text: string, start: number, end: number, key: string, hash = hashOf(key)): Tok {
	// An upper-case first letter is one that lowering changes.
	return new Tok(text, key, start, end, true, charCodeAt.call(text, start) !== key.charCodeAt(0), hash);
}

// Title words a hyphen may be glued to, written in capitals after it. A short list of its own:
// the title vocabulary (title-words.ts) is read in tokens, which this decides.
const TITLE_AFTER_HYPHEN =
	/^(?:ủy viên|phó |chủ tịch|chủ nhiệm|bí thư|giám đốc|trưởng |thường trực|tỉnh ủy viên|huyện ủy viên|chánh |tổng |thứ trưởng|bộ trưởng|chỉ huy|viện trưởng)/u;

/** The hyphen at `at` is glued between a word and a title in capitals ("Niên-Ủy viên"). */
function titleAfterHyphen(text: string, src: string, at: number): boolean {
	if (charCodeAt.call(src, at) !== 45) return false;
	// A capital after it, which lowering changed; a text read without its lower-case copy tells none.
	const after = charCodeAt.call(text, at + 1);
	if (src === text || after === charCodeAt.call(src, at + 1)) return false;
	return TITLE_AFTER_HYPHEN.test(src.slice(at + 1, at + 14));
}

// Characters that join the parts of one word: . & / ' ’ -
function isJoiner(c: number): boolean {
	return c === 46 || c === 38 || c === 47 || c === 39 || c === 0x2019 || c === 45;
}

/** The keys of tokens `from` to `to` (exclusive), single-spaced ("phó chủ tịch"); empty when `from` is `to`. */
export function keysOf(toks: readonly Tok[], from: number, to: number): string {
	let s = '';
	for (let k = from; k < to; k++) s += (k > from ? ' ' : '') + (toks[k] as Tok).key;
	return s;
}

/** The keys of a phrase as this tokenizer reads it: write it as it reads ("Kinh tế - Ngân sách", "KH&ĐT"). */
export function phraseKeys(phrase: string): string[] {
	return tokenizeText(phrase.normalize('NFC')).map((t) => t.key);
}

/** A phrase set over this tokenizer's tokens (see `PhraseSet.matchAt`). */
export function phraseSet<V>(entries: Iterable<readonly [string, V]>): PhraseSet<V> {
	return new PhraseSet(entries, phraseKeys);
}
