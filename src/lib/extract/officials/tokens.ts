/**
 * Words and punctuation of one sentence, and multi-word phrase lookup over them: the units the
 * officials grammar (titles, names, role verbs) is written in.
 */

/** One word or punctuation mark of a text. */
export class Tok {
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
	readonly #source: string;

	constructor(source: string, key: string, start: number, end: number, word: boolean, cap: boolean) {
		this.#source = source;
		this.key = key;
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

// "TP.HCM", "TP.Hồ Chí Minh", "TX.Hoài Nhơn": the level abbreviation is a word of its own.
const GLUED_LEVEL = /^(tp|tx)\.(?=\p{L})/u;

/**
 * Splits text into tokens: words (letters and digits, keeping inner dots, ampersands, slashes,
 * apostrophes and hyphens: "TP.HCM", "NN&PTNT", "H'Hen", "KT-XH") and single punctuation marks
 * (a spaced hyphen in "Kinh tế - Ngân sách" is one). Offsets index the given string.
 */
export function tokenizeText(text: string): Tok[] {
	// Vietnamese lowers without changing length; a text that does not is lowered word by word.
	const whole = text.toLowerCase();
	const lower = whole.length === text.length ? whole : null;
	const out: Tok[] = [];
	const n = text.length;
	let i = 0;
	while (i < n) {
		const c = text.charCodeAt(i);
		if (c <= 32 || c === 0xa0) {
			i++;
			continue;
		}
		if (!isWordCode(c)) {
			out.push(new Tok(text, text.charAt(i), i, i + 1, false, false));
			i++;
			continue;
		}
		let j = i + 1;
		for (;;) {
			while (j < n && isWordCode(text.charCodeAt(j))) j++;
			// An inner joiner followed by a letter or digit continues the word.
			if (j + 1 < n && isJoiner(text.charCodeAt(j)) && isWordCode(text.charCodeAt(j + 1))) {
				j += 2;
				continue;
			}
			break;
		}
		// "DTTS&MN", "VH-TT&": a trailing ampersand is part of the abbreviation.
		if (j < n && text.charCodeAt(j) === 38) j++;
		const key = lower ? lower.slice(i, j) : text.slice(i, j).toLowerCase();
		const glued = j - i > 3 && (c === 84 || c === 116) ? GLUED_LEVEL.exec(key) : null;
		if (glued) {
			const len = (glued[1] as string).length;
			out.push(word(text, i, i + len, key.slice(0, len)));
			out.push(word(text, i + len + 1, j, key.slice(len + 1)));
		} else {
			out.push(word(text, i, j, key));
		}
		i = j;
	}
	return out;
}

function word(text: string, start: number, end: number, key: string): Tok {
	// An upper-case first letter is one that lowering changes.
	return new Tok(text, key, start, end, true, text.charCodeAt(start) !== key.charCodeAt(0));
}

/** Letters, combining marks and digits; everything but ASCII signs, Latin-1 signs and the General Punctuation block. */
function isWordCode(c: number): boolean {
	if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
	return !(
		(c >= 0x2000 && c <= 0x206f) ||
		(c >= 0xa0 && c <= 0xbf) ||
		c === 0xd7 ||
		c === 0xf7 ||
		(c >= 0x3000 && c <= 0x303f)
	);
}

// Characters that join the parts of one word: . & / ' ’ -
function isJoiner(c: number): boolean {
	return c === 46 || c === 38 || c === 47 || c === 39 || c === 0x2019 || c === 45;
}

/** A set of multi-word phrases, each with a value, matched token by token on lower-case keys. */
export interface PhraseSet<V> {
	readonly byFirst: ReadonlyMap<string, readonly { readonly keys: readonly string[]; readonly value: V }[]>;
}

/** Builds a phrase set; each phrase is tokenised like text, so write it as it reads ("Kinh tế - Ngân sách"). */
export function phraseSet<V>(entries: Iterable<readonly [string, V]>): PhraseSet<V> {
	const byFirst = new Map<string, { keys: string[]; value: V }[]>();
	for (const [phrase, value] of entries) {
		const keys = tokenizeText(phrase.normalize('NFC')).map((t) => t.key);
		const first = keys[0];
		if (first === undefined) continue;
		const list = byFirst.get(first) ?? [];
		list.push({ keys, value });
		byFirst.set(first, list);
	}
	// The longest phrase wins: "Kinh tế - Ngân sách" before "Kinh tế".
	for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
	return { byFirst };
}

/** The lower-case first words of the phrases of `set`. */
export function firstKeys(set: PhraseSet<unknown>): ReadonlySet<string> {
	return new Set(set.byFirst.keys());
}

/** The longest phrase of `set` starting at token `i`: its value and the index just past it. */
export function matchPhrase<V>(toks: readonly Tok[], i: number, set: PhraseSet<V>): { value: V; end: number } | null {
	const head = toks[i];
	if (!head) return null;
	const list = set.byFirst.get(head.key);
	if (!list) return null;
	for (const { keys, value } of list) {
		let ok = true;
		for (let k = 1; k < keys.length && ok; k++) ok = toks[i + k]?.key === keys[k];
		if (ok) return { value, end: i + keys.length };
	}
	return null;
}
