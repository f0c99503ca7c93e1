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
	/** `keyHash(key)`, for `KeySet` and phrase lookups. */
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

// "TP.HCM", "TP.Hồ Chí Minh", "TX.Hoài Nhơn": the level abbreviation is a word of its own.
const GLUED_LEVEL = /^(tp|tx)\.(?=\p{L})/u;

// The tokenizer reads string literals (the phrase lists), slices and flat strings alike. V8 then
// looks `text.charCodeAt` up the slow, generic way at every character; calling the prototype's
// own function keeps the read inline whatever kind of string `text` is.
const charCodeAt = String.prototype.charCodeAt;

/**
 * Splits text into tokens: words (letters and digits, keeping inner dots, ampersands, slashes,
 * apostrophes and hyphens: "TP.HCM", "NN&PTNT", "H'Hen", "KT-XH") and single punctuation marks
 * (a spaced hyphen in "Kinh tế - Ngân sách" is one). Offsets index the given string.
 */
export function tokenizeText(text: string): Tok[] {
	// Vietnamese lowers without changing length; a text that does not is lowered word by word.
	const whole = text.toLowerCase();
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
		if (!isWordCode(c)) {
			const mark = String.fromCharCode(charCodeAt.call(text, i));
			out.push(new Tok(text, mark, i, i + 1, false, false, keyHash(mark)));
			i++;
			continue;
		}
		// The word's end, and the hash of its lower-case characters as they are read.
		let j = i + 1;
		let h = hashStep(0, c);
		for (;;) {
			while (j < n) {
				const d = charCodeAt.call(src, j);
				if (!isWordCode(d)) break;
				h = hashStep(h, d);
				j++;
			}
			// An inner joiner followed by a letter or digit continues the word.
			if (j + 1 < n && isJoiner(charCodeAt.call(src, j)) && isWordCode(charCodeAt.call(src, j + 1))) {
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
		// Only a "tp." or "tx." start can be glued: most words starting with "t" need no regex.
		const glued = j - i > 3 && (c === 84 || c === 116) && key.charCodeAt(2) === 46 ? GLUED_LEVEL.exec(key) : null;
		if (glued) {
			const len = (glued[1] as string).length;
			out.push(word(text, i, i + len, key.slice(0, len)));
			out.push(word(text, i + len + 1, j, key.slice(len + 1)));
		} else {
			out.push(word(text, i, j, key, lower ? h : keyHash(key)));
		}
		i = j;
	}
	return out;
}

function word(text: string, start: number, end: number, key: string, hash = keyHash(key)): Tok {
	// An upper-case first letter is one that lowering changes.
	return new Tok(text, key, start, end, true, charCodeAt.call(text, start) !== key.charCodeAt(0), hash);
}

/** A hash of a word's characters: equal words have equal hashes. */
export function keyHash(key: string): number {
	let h = 0;
	for (let k = 0; k < key.length; k++) h = hashStep(h, charCodeAt.call(key, k));
	return h;
}

function hashStep(h: number, c: number): number {
	return (Math.imul(h, 31) + c) | 0;
}

// Bits of the hash that `KeySet` and `PhraseSet` keep a flag for.
const HASH_BITS = 4096;

/** One flag per value of a hash's low bits: set for the hashes of `keys`. */
function hashFlags(keys: Iterable<string>): Uint8Array {
	const flags = new Uint8Array(HASH_BITS);
	for (const k of keys) flags[keyHash(k) & (HASH_BITS - 1)] = 1;
	return flags;
}

/**
 * A set of lower-case words asked about tokens. Most tokens hold none of the words: a flag per
 * hash value rules them out with one array read, before any string is hashed or compared.
 */
export class KeySet {
	readonly #keys: ReadonlySet<string>;
	readonly #flags: Uint8Array;

	constructor(keys: Iterable<string>) {
		this.#keys = new Set(keys);
		this.#flags = hashFlags(this.#keys);
	}

	/** The token is there and its key is one of the words. */
	holds(t: Tok | undefined): boolean {
		return t !== undefined && this.#flags[t.hash & (HASH_BITS - 1)] === 1 && this.#keys.has(t.key);
	}
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
	/** Flags for the hashes of the first words (see `KeySet`). */
	readonly firstFlags: Uint8Array;
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
	return { byFirst, firstFlags: hashFlags(byFirst.keys()) };
}

/** The lower-case first words of the phrases of `set`. */
export function firstKeys(set: PhraseSet<unknown>): ReadonlySet<string> {
	return new Set(set.byFirst.keys());
}

/** The longest phrase of `set` starting at token `i`: its value and the index just past it. */
export function matchPhrase<V>(toks: readonly Tok[], i: number, set: PhraseSet<V>): { value: V; end: number } | null {
	const head = toks[i];
	// Most words start no phrase of a set: one flag read tells.
	if (!head || set.firstFlags[head.hash & (HASH_BITS - 1)] === 0) return null;
	const list = set.byFirst.get(head.key);
	if (!list) return null;
	for (const { keys, value } of list) {
		let ok = true;
		for (let k = 1; k < keys.length && ok; k++) ok = toks[i + k]?.key === keys[k];
		if (ok) return { value, end: i + keys.length };
	}
	return null;
}
