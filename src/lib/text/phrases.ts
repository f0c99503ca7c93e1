/**
 * The one phrase set of the word layer: multi-word phrases, each with a value, asked about three
 * ways: at a token of a tokenizer (`matchAt`, `holds`), at a word of raw text (`wordValue`, which
 * `PhraseIndex` reads with), and as the closing words of a string (`lastPhrase`). Every lookup
 * first reads one flag for the low bits of a word's hash: the many words that start no phrase
 * cost one array read, and no substring is cut for them.
 */
import { isWordChar } from './chars.ts';

/** One step of the word hash: the hash of a string is `hashStep` folded over its UTF-16 code units from 0. */
export function hashStep(h: number, c: number): number {
	// Hashes stay within 30 bits: small integers make the cheapest map keys.
	return (Math.imul(h, 31) + c) & 0x3fffffff;
}

/** The hash of `s.slice(from, to)` (see `hashStep`); equal strings have equal hashes. */
export function hashOf(s: string, from = 0, to = s.length): number {
	let h = 0;
	for (let i = from; i < to; i++) h = hashStep(h, s.charCodeAt(i));
	return h;
}

/** A token a phrase set can be asked about: its lower-case key and `hashOf(key)`. */
export interface Keyed {
	readonly key: string;
	readonly hash: number;
}

/** A phrase of a set found closing a string (see `lastPhrase`). */
export interface Ending {
	/** The phrase as the string writes it. */
	readonly phrase: string;
	/** Offset of its first letter in the string. */
	readonly start: number;
}

interface Phrase<V> {
	readonly keys: readonly string[];
	readonly value: V;
}

/** The phrases that start with one word, the longest first. */
interface Group<V> {
	readonly word: string;
	readonly phrases: Phrase<V>[];
	/** The phrase that is this word alone, if any. */
	single: Phrase<V> | null;
}

const FLAGS = 4096;
const MASK = FLAGS - 1;

const onSpaces = (phrase: string): readonly string[] => phrase.split(' ');

/** Cuts nothing: for a set whose entries are single words (a `words` argument of `PhraseSet`). */
export function oneWord(word: string): readonly string[] {
	return [word];
}

/**
 * Phrases with values. A phrase is cut into words by `words` (at single spaces by default; give
 * a tokenizer's keys for token lookups); words are compared as given, so give them as the text
 * to match is written (lower case, tone-canonical). Of equal phrases, the first given is matched.
 */
export class PhraseSet<V> {
	// Phrases by the hash of their first word: a token's hash finds its group without a string hash.
	readonly #groups = new Map<number, Group<V>[]>();
	readonly #firsts: string[] = [];
	readonly #firstFlags = new Uint8Array(FLAGS);
	// Whole phrases, words single-spaced, and flags for their hashes read backwards (see `lastPhrase`).
	readonly #texts = new Set<string>();
	readonly #endFlags = new Uint8Array(FLAGS);

	constructor(entries: Iterable<readonly [string, V]>, words: (phrase: string) => readonly string[] = onSpaces) {
		for (const [phrase, value] of entries) {
			const keys = words(phrase);
			const first = keys[0];
			if (first === undefined) continue;
			const p: Phrase<V> = { keys, value };
			const g = this.#group(hashOf(first), first) ?? this.#addGroup(first);
			g.phrases.push(p);
			if (keys.length === 1) g.single ??= p;
			const text = keys.join(' ');
			this.#texts.add(text);
			let h = 0;
			for (let i = text.length - 1; i >= 0; i--) h = hashStep(h, text.charCodeAt(i));
			this.#endFlags[h & MASK] = 1;
		}
		// The longest phrase wins: "Kinh tế - Ngân sách" before "Kinh tế".
		for (const bucket of this.#groups.values()) for (const g of bucket) g.phrases.sort(byLength);
	}

	/** The longest phrase starting at token `i`: its value and the index just past it; null when none. */
	matchAt(toks: readonly Keyed[], i: number): { value: V; end: number } | null {
		const head = toks[i];
		// Most words start no phrase of a set: one flag read tells.
		if (head === undefined || this.#firstFlags[head.hash & MASK] === 0) return null;
		const g = this.#group(head.hash, head.key);
		if (g === undefined) return null;
		for (const { keys, value } of g.phrases) {
			let ok = true;
			for (let k = 1; k < keys.length && ok; k++) ok = toks[i + k]?.key === keys[k];
			if (ok) return { value, end: i + keys.length };
		}
		return null;
	}

	/** Token `t` is there and is, alone, a phrase of the set. */
	holds(t: Keyed | undefined): boolean {
		if (t === undefined || this.#firstFlags[t.hash & MASK] === 0) return false;
		return this.#group(t.hash, t.key)?.single != null;
	}

	/**
	 * The value of the one-word phrase `s.slice(from, to)`, whose hash is `h` (see `hashOf`), or
	 * undefined. No substring is cut: for scanners that hash words as they read them.
	 */
	wordValue(s: string, from: number, to: number, h: number): V | undefined {
		if (this.#firstFlags[h & MASK] === 0) return undefined;
		const bucket = this.#groups.get(h);
		if (bucket === undefined) return undefined;
		for (const g of bucket) {
			if (g.single !== null && g.word.length === to - from && s.startsWith(g.word, from)) return g.single.value;
		}
		return undefined;
	}

	/** The set holds `phrase` (words single-spaced). */
	has(phrase: string): boolean {
		return this.#texts.has(phrase);
	}

	/** The set may hold a phrase whose characters, hashed last to first, give `h`. */
	mayEndWith(h: number): boolean {
		return this.#endFlags[h & MASK] === 1;
	}

	/** The first words of the phrases, each once. */
	firstWords(): readonly string[] {
		return this.#firsts;
	}

	#group(h: number, word: string): Group<V> | undefined {
		const bucket = this.#groups.get(h);
		if (bucket === undefined) return undefined;
		for (const g of bucket) if (g.word === word) return g;
		return undefined;
	}

	#addGroup(word: string): Group<V> {
		const h = hashOf(word);
		const g: Group<V> = { word, phrases: [], single: null };
		const bucket = this.#groups.get(h);
		if (bucket === undefined) this.#groups.set(h, [g]);
		else bucket.push(g);
		this.#firsts.push(word);
		this.#firstFlags[h & MASK] = 1;
		return g;
	}
}

function byLength(a: Phrase<unknown>, b: Phrase<unknown>): number {
	return b.keys.length - a.keys.length;
}

/** A phrase set with no values: a word list ("ước đạt", "đạt", "tăng"). */
export class WordList extends PhraseSet<true> {
	constructor(phrases: Iterable<string>, words?: (phrase: string) => readonly string[]) {
		super(withTrue(phrases), words);
	}
}

function* withTrue(phrases: Iterable<string>): Iterable<readonly [string, true]> {
	for (const p of phrases) yield [p, true];
}

/**
 * The longest phrase of `set` formed by the last one, two, … `max` words of `s` (trailing spaces
 * ignored, and an opening bracket too when `bracket` is set: "… còn chậm (đạt " ends with "đạt"),
 * or null. A phrase stops at any character that is neither a word character (`isWordChar`) nor
 * a space. Read in one backward pass that cuts out only the endings the set may hold.
 */
export function lastPhrase(s: string, set: PhraseSet<unknown>, max: number, bracket = false): Ending | null {
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
		while (j > 0 && isWordChar(s.charCodeAt(j - 1))) {
			j--;
			h = hashStep(h, s.charCodeAt(j));
		}
		if (j === i) break;
		if (set.mayEndWith(h)) {
			const phrase = s.slice(j, end);
			if (set.has(phrase)) found = { phrase, start: j };
		}
		if (j === 0 || s.charCodeAt(j - 1) !== 32) break;
		i = j;
		while (i > 0 && s.charCodeAt(i - 1) === 32) {
			i--;
			h = hashStep(h, 32);
		}
	}
	return found;
}
