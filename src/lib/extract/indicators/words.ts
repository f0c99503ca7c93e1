/**
 * Fast word-level matching for Vietnamese text, where `\b` does not work: the phrases from a
 * word list that close a string, and an index of phrases by the words they start with.
 */

/** True for a character code that belongs to a word: an ASCII letter or digit, or a letter or mark beyond Latin-1 punctuation. */
export function isWordCode(c: number): boolean {
	if (c < 0xc0) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
	return c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c > 0x206f) && c < 0x3000;
}

/** True for a character `\s` matches in a regular expression. */
export function isSpace(c: number): boolean {
	if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
	if (c < 0xa0) return false;
	return (
		c === 0xa0 ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200a) ||
		c === 0x2028 ||
		c === 0x2029 ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0x3000 ||
		c === 0xfeff
	);
}

/**
 * `s` with every run of white space made one space, as `s.replace(/\s+/g, ' ')` does. Cleaned
 * text is single-spaced already: `s` itself then comes back, with no pattern run.
 */
export function collapseSpaces(s: string): string {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c === 32 ? i + 1 < s.length && isSpace(s.charCodeAt(i + 1)) : isSpace(c)) return s.replace(/\s+/g, ' ');
	}
	return s;
}

/** A phrase of a word list found closing a string. */
export interface Ending {
	/** The phrase, words single-spaced. */
	readonly phrase: string;
	/** Offset of its first letter in the string. */
	readonly start: number;
}

/**
 * The phrases formed by the last one, two, … `max` words of `s` (trailing spaces ignored, and
 * an opening bracket too when `bracket` is set: "… còn chậm (đạt " ends with "đạt"), shortest
 * first. A phrase stops at any character that is neither a letter, a digit nor a space.
 */
export function endingWords(s: string, max: number, bracket = false): Ending[] {
	const out: Ending[] = [];
	let i = s.length;
	while (i > 0 && s.charCodeAt(i - 1) === 32) i--;
	if (bracket && i > 0 && s.charCodeAt(i - 1) === 40) {
		i--;
		while (i > 0 && s.charCodeAt(i - 1) === 32) i--;
	}
	const end = i;
	for (let w = 0; w < max; w++) {
		let j = i;
		while (j > 0 && isWordCode(s.charCodeAt(j - 1))) j--;
		if (j === i) break;
		// Cleaned text has single spaces between words (see `normalizeText`).
		out.push({ phrase: s.slice(j, end), start: j });
		if (j === 0 || s.charCodeAt(j - 1) !== 32) break;
		i = j - 1;
		while (i > 0 && s.charCodeAt(i - 1) === 32) i--;
	}
	return out;
}

/** The longest of `endings` (see `endingWords`) that `phrases` holds, or null. */
export function longestIn(endings: readonly Ending[], phrases: ReadonlySet<string>): Ending | null {
	for (let k = endings.length - 1; k >= 0; k--) {
		const e = endings[k] as Ending;
		if (phrases.has(e.phrase)) return e;
	}
	return null;
}

/**
 * The longest phrase of `phrases` (lower case, single-spaced, at most `max` words) made of the
 * last words of `s` (see `endingWords`), or null.
 */
export function endingPhrase(s: string, phrases: ReadonlySet<string>, max: number, bracket = false): Ending | null {
	return longestIn(endingWords(s, max, bracket), phrases);
}

/**
 * A word list for `lastPhrase`: the phrases, and the low bits of a hash of each read backwards,
 * so that most endings are ruled out without cutting them out of the text.
 */
export class WordList {
	readonly #phrases: ReadonlySet<string>;
	readonly #seen = new Uint8Array(SEEN_SIZE);

	constructor(phrases: Iterable<string>) {
		this.#phrases = new Set(phrases);
		for (const p of this.#phrases) {
			let h = 0;
			for (let i = p.length - 1; i >= 0; i--) h = step(h, p.charCodeAt(i));
			this.#seen[h & (SEEN_SIZE - 1)] = 1;
		}
	}

	/** The list may hold the phrase whose backward hash is `h`. */
	mayHold(h: number): boolean {
		return this.#seen[h & (SEEN_SIZE - 1)] === 1;
	}

	has(phrase: string): boolean {
		return this.#phrases.has(phrase);
	}
}

/**
 * The longest phrase of `list` formed by the last one, two, … `max` words of `s`, or null: what
 * `endingPhrase` finds, read in one backward pass that cuts out only the endings `list` may hold.
 */
export function lastPhrase(s: string, list: WordList, max: number, bracket = false): Ending | null {
	let i = s.length;
	while (i > 0 && s.charCodeAt(i - 1) === 32) i--;
	if (bracket && i > 0 && s.charCodeAt(i - 1) === 40) {
		i--;
		while (i > 0 && s.charCodeAt(i - 1) === 32) i--;
	}
	const end = i;
	let found: Ending | null = null;
	// The hash of s[j, end) read backwards, extended word by word (spaces between included).
	let h = 0;
	for (let w = 0; w < max; w++) {
		let j = i;
		while (j > 0 && isWordCode(s.charCodeAt(j - 1))) {
			j--;
			h = step(h, s.charCodeAt(j));
		}
		if (j === i) break;
		if (list.mayHold(h)) {
			const phrase = s.slice(j, end);
			if (list.has(phrase)) found = { phrase, start: j };
		}
		if (j === 0 || s.charCodeAt(j - 1) !== 32) break;
		i = j;
		while (i > 0 && s.charCodeAt(i - 1) === 32) {
			i--;
			h = step(h, 32);
		}
	}
	return found;
}

/** A phrase to index: a regex source with no capturing groups and the words it can start with. */
export interface IndexedPhrase {
	readonly first: readonly string[];
	readonly pattern: string;
}

/** A phrase found by `PhraseIndex.next`. */
export interface PhraseMatch<P> {
	readonly start: number;
	readonly end: number;
	readonly phrase: P;
}

/**
 * Phrases grouped by the words they can start with. Reading a text word by word and trying only
 * the few patterns that can start at each word is far cheaper than one alternation of them all,
 * which the engine tries at every character.
 */
export class PhraseIndex<P extends IndexedPhrase> {
	// First words by a hash of their characters: words are hashed as the text is read, so no
	// substring is made for the many words no phrase starts with.
	readonly #buckets = new Map<number, { word: string; re: RegExp; phrases: P[] }[]>();
	// The low bits of the hashes in `#buckets`: most words are ruled out by one array read.
	readonly #seen = new Uint8Array(SEEN_SIZE);

	/** `end` is appended to every pattern. */
	constructor(phrases: readonly P[], end = '') {
		const byWord = new Map<string, P[]>();
		for (const p of phrases) {
			for (const w of p.first) {
				const list = byWord.get(w) ?? [];
				list.push(p);
				byWord.set(w, list);
			}
		}
		for (const [word, list] of byWord) {
			// One capturing group per phrase, in the given order: at one word the earlier phrase wins.
			const re = new RegExp(`(?:${list.map((p) => `(${p.pattern})`).join('|')})${end}`, 'uy');
			const h = hashWord(word, 0, word.length);
			const bucket = this.#buckets.get(h) ?? [];
			bucket.push({ word, re, phrases: list });
			this.#buckets.set(h, bucket);
			this.#seen[h & (SEEN_SIZE - 1)] = 1;
		}
	}

	/**
	 * The first phrase starting at a word of `words` (lower case) at or after `from`, matched
	 * against `text` (same length and offsets as `words`; `words` itself by default); null when
	 * there is none.
	 */
	next(words: string, from: number, text: string = words): PhraseMatch<P> | null {
		const n = words.length;
		let i = from;
		if (i > 0 && isWordCode(words.charCodeAt(i - 1))) while (i < n && isWordCode(words.charCodeAt(i))) i++;
		while (i < n) {
			while (i < n && !isWordCode(words.charCodeAt(i))) i++;
			let j = i;
			let h = 0;
			while (j < n) {
				const c = words.charCodeAt(j);
				if (!isWordCode(c)) break;
				h = step(h, c);
				j++;
			}
			if (j === i) break;
			const bucket = this.#seen[h & (SEEN_SIZE - 1)] === 0 ? undefined : this.#buckets.get(h);
			if (bucket !== undefined) {
				for (const b of bucket) {
					if (b.word.length !== j - i || !words.startsWith(b.word, i)) continue;
					b.re.lastIndex = i;
					// A word that starts one phrase needs no match object: where the match ends is enough.
					if (b.phrases.length === 1) {
						if (b.re.test(text)) return { start: i, end: b.re.lastIndex, phrase: b.phrases[0] as P };
						continue;
					}
					const m = b.re.exec(text);
					if (m === null) continue;
					let g = 1;
					while (g < m.length && m[g] === undefined) g++;
					const phrase = b.phrases[g - 1];
					if (phrase !== undefined) return { start: i, end: i + m[0].length, phrase };
				}
			}
			i = j;
		}
		return null;
	}
}

const SEEN_SIZE = 4096;

// Hashes stay within 30 bits: small integers make the cheapest map keys.
function step(h: number, c: number): number {
	return (Math.imul(h, 31) + c) & 0x3fffffff;
}

function hashWord(s: string, from: number, to: number): number {
	let h = 0;
	for (let i = from; i < to; i++) h = step(h, s.charCodeAt(i));
	return h;
}
