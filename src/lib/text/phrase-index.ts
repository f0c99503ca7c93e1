/**
 * Phrases written as patterns, found in a text by the words they can start with: a phrase set
 * (see `phrases.ts`) of first words, each leading to one sticky regex of the patterns it starts.
 */
import { isWordChar } from './chars.ts';
import { hashStep, oneWord, PhraseSet } from './phrases.ts';

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

interface Bucket<P> {
	readonly re: RegExp;
	readonly phrases: readonly P[];
}

/**
 * Phrases grouped by the words they can start with. Reading a text word by word and trying only
 * the few patterns that can start at each word is far cheaper than one alternation of them all,
 * which the engine tries at every character.
 */
export class PhraseIndex<P extends IndexedPhrase> {
	// First words, hashed as the text is read: no substring is made for the many words no phrase
	// starts with.
	readonly #firstWords: PhraseSet<Bucket<P>>;

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
		const buckets: [string, Bucket<P>][] = [];
		for (const [word, list] of byWord) {
			// One capturing group per phrase, in the given order: at one word the earlier phrase wins.
			const re = new RegExp(`(?:${list.map((p) => `(${p.pattern})`).join('|')})${end}`, 'uy');
			buckets.push([word, { re, phrases: list }]);
		}
		this.#firstWords = new PhraseSet(buckets, oneWord);
	}

	/**
	 * The first phrase starting at a word of `words` (lower case) at or after `from`, matched
	 * against `text` (same length and offsets as `words`; `words` itself by default); null when
	 * there is none. Words are runs of `isWordChar`; a search never starts inside one.
	 */
	next(words: string, from: number, text: string = words): PhraseMatch<P> | null {
		const n = words.length;
		let i = from;
		if (i > 0 && isWordChar(words.charCodeAt(i - 1))) while (i < n && isWordChar(words.charCodeAt(i))) i++;
		while (i < n) {
			while (i < n && !isWordChar(words.charCodeAt(i))) i++;
			let j = i;
			let h = 0;
			while (j < n) {
				const c = words.charCodeAt(j);
				if (!isWordChar(c)) break;
				h = hashStep(h, c);
				j++;
			}
			if (j === i) break;
			const b = this.#firstWords.wordValue(words, i, j, h);
			if (b !== undefined) {
				b.re.lastIndex = i;
				// A word that starts one phrase needs no match object: where the match ends is enough.
				if (b.phrases.length === 1) {
					if (b.re.test(text)) return { start: i, end: b.re.lastIndex, phrase: b.phrases[0] as P };
				} else {
					const m = b.re.exec(text);
					if (m !== null) {
						let g = 1;
						while (g < m.length && m[g] === undefined) g++;
						const phrase = b.phrases[g - 1];
						if (phrase !== undefined) return { start: i, end: i + m[0].length, phrase };
					}
				}
			}
			i = j;
		}
		return null;
	}
}
