/**
 * The same results from a sharded index as from one index (see shards.ts). Pagefind matches a
 * query's word by every word of the index that starts with it ("po" finds "Pồ"); when no word of
 * an index does, it falls back to the longest word of that index the query's word starts with
 * ("p"). One index falls back only when no page of the site has such a word; a shard falls back
 * whenever none of its own pages has one, and then finds pages one index would not. So the search
 * page searches each shard on its own and reads the first result of each (a request it mostly
 * makes anyway, to show or rank it). A shard whose first result has a word starting with each
 * query word did not fall back. When one lacks a query word, that word alone is searched in every
 * shard: if some shard has it, the shards whose results lack it fell back, and are dropped.
 *
 * Words are compared loosely (marks, "đ" and case folded, punctuation dropped or splitting), so
 * that a word Pagefind found is always found here: a shard is never dropped wrongly, at worst
 * one that fell back is kept.
 */
import { asciiFold } from '../../text/fold.ts';

const fold = (s: string) => asciiFold(s.normalize('NFC')).toLowerCase();
const RUN = /[\p{L}\p{N}]+/gu;
const NOT_WORD = /[^\p{L}\p{N}]/gu;

/** A word of a query, and the prefix a page's word must start with to match it. */
export interface QueryWord {
	/** As typed ("Pồ"). */
	readonly word: string;
	/** Folded, punctuation dropped ("po"). */
	readonly prefix: string;
}

/** The words of a query ("Nậm Pồ" → nam, po), those of punctuation only left out. */
export function queryWords(query: string): QueryWord[] {
	return query
		.split(/\s+/)
		.map((word) => ({ word, prefix: fold(word).replace(NOT_WORD, '') }))
		.filter((w) => w.prefix !== '');
}

/**
 * For each prefix, whether `texts` (a result's text and metadata) hold a word starting with it.
 * A word is what lies between spaces with punctuation dropped ("1.630" → "1630") and each run of
 * letters and digits in it ("Nậm-Pồ" → "nampo", "nam", "po").
 */
export function prefixesFound(texts: readonly string[], prefixes: readonly string[]): boolean[] {
	const words = new Set<string>();
	for (const text of texts) {
		for (const chunk of fold(text).split(/\s+/)) {
			words.add(chunk.replace(NOT_WORD, ''));
			for (const [run] of chunk.matchAll(RUN)) words.add(run);
		}
	}
	return prefixes.map((p) => {
		for (const w of words) if (w.startsWith(p)) return true;
		return false;
	});
}

/** The query words (their indexes) that the first result of some shard lacks (`heads`: `prefixesFound` of each shard's first result, null for a shard that found nothing). */
export function doubtfulWords(heads: readonly (readonly boolean[] | null)[]): number[] {
	const words = heads.find((h) => h !== null)?.length ?? 0;
	return Array.from({ length: words }, (_, i) => i).filter((i) => heads.some((h) => h?.[i] === false));
}

/**
 * Which shards' results to keep: a shard's first result must have each query word that some
 * page of the site has (`inSite[i]`: the word searched alone found it in some shard); a word no
 * page has was matched by a shorter word everywhere, as one index does, and is not required.
 */
export function shardsToKeep(heads: readonly (readonly boolean[] | null)[], inSite: readonly boolean[]): boolean[] {
	return heads.map((h) => h?.every((has, i) => has || !inSite[i]) === true);
}
