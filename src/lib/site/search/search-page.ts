/**
 * The search page's logic that needs no browser: the state in the page's URL (?q=nam+po&tinh=…),
 * the Pagefind query it makes, the words of the live status, a Pagefind excerpt cut into
 * plain text and runs highlighted from the query (the page builds DOM text nodes from them,
 * never HTML), and the order that puts the results the query names first.
 */
import { asciiFold, matchKey } from '../../text/fold.ts';
import { type FilterKey, NAMES_SEPARATOR } from './index-fields.ts';

export type SortOrder = '' | 'moi' | 'cu';

export interface SearchState {
	readonly q: string;
	readonly filters: Readonly<Partial<Record<FilterKey, string>>>;
	/** '' relevance (newest first when there is no query), 'moi' newest first, 'cu' oldest first. */
	readonly sort: SortOrder;
}

/** URL parameter of each filter (the page's `<select name>`). */
export const FILTER_PARAMS: Readonly<Record<FilterKey, string>> = {
	province: 'tinh',
	district: 'huyen',
	official: 'quan-chuc',
	year: 'nam',
};

export const SORT_PARAM = 'sap-xep';

const FILTER_KEYS = Object.keys(FILTER_PARAMS) as FilterKey[];

/** Longest query sent to the index (a pasted article would only slow the search down). */
export const MAX_QUERY_LENGTH = 200;

export function stateFromParams(params: URLSearchParams): SearchState {
	const filters: Partial<Record<FilterKey, string>> = {};
	for (const key of FILTER_KEYS) {
		const v = params.get(FILTER_PARAMS[key])?.trim();
		if (v) filters[key] = v;
	}
	const sort = params.get(SORT_PARAM);
	return {
		q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
		filters,
		sort: sort === 'moi' || sort === 'cu' ? sort : '',
	};
}

/** The query string of a state, empty values left out ("q=nam+po&tinh=%C4%90i%E1%BB%87n+Bi%C3%AAn"). */
export function paramsFromState(state: SearchState): string {
	const p = new URLSearchParams();
	if (state.q.trim()) p.set('q', state.q.trim());
	for (const key of FILTER_KEYS) {
		const v = state.filters[key];
		if (v) p.set(FILTER_PARAMS[key], v);
	}
	if (state.sort) p.set(SORT_PARAM, state.sort);
	return p.toString();
}

export function hasFilters(state: SearchState): boolean {
	return FILTER_KEYS.some((k) => Boolean(state.filters[k]));
}

/** Nothing asked: no words, no filter. */
export function isEmpty(state: SearchState): boolean {
	return !state.q.trim() && !hasFilters(state);
}

export interface PagefindQuery {
	/** null: filters only. */
	readonly term: string | null;
	readonly options: {
		readonly filters: Readonly<Record<string, string>>;
		readonly sort?: Readonly<Record<string, 'asc' | 'desc'>>;
	};
}

/** The Pagefind `search(term, options)` call of a state. */
export function pagefindQuery(state: SearchState): PagefindQuery {
	const term = state.q.trim().slice(0, MAX_QUERY_LENGTH) || null;
	const filters: Record<string, string> = {};
	for (const key of FILTER_KEYS) {
		const v = state.filters[key];
		if (v) filters[key] = v;
	}
	const order = state.sort === 'cu' ? 'asc' : state.sort === 'moi' || term === null ? 'desc' : null;
	return { term, options: order ? { filters, sort: { date: order } } : { filters } };
}

/** What the live region says once a search is done. */
export function statusText(count: number, state: SearchState): string {
	const q = state.q.trim();
	const what = q ? ` cho “${q}”` : '';
	const filtered = hasFilters(state) ? ' với bộ lọc đã chọn' : '';
	if (count === 0) {
		return `Không tìm thấy bài viết nào${what}${filtered}. Hãy thử từ khóa khác${hasFilters(state) ? ' hoặc bỏ bớt bộ lọc' : ''}.`;
	}
	// Without words there is no relevance: the list is by date (see pagefindQuery).
	const order = !q && !state.sort ? ' (mới nhất trước)' : '';
	return `Tìm thấy ${count} bài viết${what}${filtered}${order}.`;
}

/** A run of excerpt text, highlighted when it matched the query. */
export interface ExcerptPart {
	readonly text: string;
	readonly mark: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s: string): string {
	return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
		if (e[0] === '#') {
			const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
			return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
		}
		return ENTITIES[e.toLowerCase()] ?? all;
	});
}

/**
 * A Pagefind excerpt ("Huyện <mark>Nậm</mark> <mark>Pồ</mark> có …", entities escaped) as text
 * runs: `<mark>` starts and ends a highlight, any other tag is dropped, entities are decoded.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let mark = false;
	const push = (raw: string) => {
		const text = decodeEntities(raw.replace(/<[^>]*>/g, ''));
		if (!text) return;
		const last = parts.at(-1);
		if (last && last.mark === mark) parts[parts.length - 1] = { text: last.text + text, mark };
		else parts.push({ text, mark });
	};
	let at = 0;
	for (const m of excerpt.matchAll(/<(\/?)mark\b[^>]*>/gi)) {
		push(excerpt.slice(at, m.index));
		mark = m[1] !== '/';
		at = m.index + m[0].length;
	}
	push(excerpt.slice(at));
	return parts;
}

const fold = (s: string) => asciiFold(s).toLowerCase();
const WORD = /[\p{L}\p{N}]+/gu;

/** One word of a query and how a word of the text must match it. */
interface QueryTerm {
	/** The word compared: folded when typed without marks, else its `matchKey`. */
	readonly key: string;
	/** Typed with marks: the text's word must carry the same ones ("Nậm" is not "năm"). */
	readonly marked: boolean;
	/** The last word, maybe still being typed: a word of the text starting with it matches too. */
	readonly prefix: boolean;
}

function queryTerms(query: string): QueryTerm[] {
	const words = query.normalize('NFC').match(WORD) ?? [];
	return words.map((w, i) => {
		const marked = fold(w) !== matchKey(w);
		return { key: marked ? matchKey(w) : fold(w), marked, prefix: i === words.length - 1 };
	});
}

function matches(word: string, terms: readonly QueryTerm[]): boolean {
	const folded = fold(word);
	const keyed = matchKey(word);
	return terms.some((t) => {
		const w = t.marked ? keyed : folded;
		return w === t.key || (t.prefix && t.key.length >= 2 && w.startsWith(t.key));
	});
}

/**
 * The excerpt's highlights, made again from the query: a word typed without marks matches
 * every spelling of it ("dien" marks "Điện" and "diễn", "nam" marks "Nậm" and "năm"), a word
 * typed with marks matches only words with the same marks, whatever the case or the tone's
 * place ("Nậm" marks "nậm", never "năm"; "Hoà" marks "Hòa"). Pagefind's own highlights are
 * dropped: it folds every mark, and cannot tell "Nậm" from "năm".
 */
export function markQuery(parts: readonly ExcerptPart[], query: string): ExcerptPart[] {
	const text = parts.map((p) => p.text).join('');
	const terms = queryTerms(query);
	if (terms.length === 0) return text ? [{ text, mark: false }] : [];
	const out: ExcerptPart[] = [];
	const push = (t: string, mark: boolean) => {
		if (!t) return;
		const last = out.at(-1);
		if (last && last.mark === mark) out[out.length - 1] = { text: last.text + t, mark };
		else out.push({ text: t, mark });
	};
	let at = 0;
	for (const m of text.matchAll(WORD)) {
		if (!matches(m[0], terms)) continue;
		push(text.slice(at, m.index), false);
		push(m[0], true);
		at = m.index + m[0].length;
	}
	push(text.slice(at), false);
	return out;
}

/** How well a result's names (officials, district, province) answer a query: lower is better. */
export const TIER = { exact: 0, within: 1, other: 2 } as const;

/**
 * The tier of a result whose names are `names` for `query`: `exact` when the query is one of
 * the names ("vu a bang" for Vừ A Bằng, "Điện Biên" for the province, "huyen nam po" for
 * Huyện Nậm Pồ), `within` when one of the names is a run of the query's words or the query a
 * run of a name's words ("nam po 2024", "dien bien" in Điện Biên Đông), else `other`. Words
 * typed without marks are compared without marks, words with marks with their marks, as
 * `markQuery` does.
 */
export function nameTier(query: string, names: readonly string[]): number {
	const terms = queryTerms(query);
	if (terms.length === 0) return TIER.other;
	const q = ` ${terms.map((t) => t.key).join(' ')} `;
	const marked = new Set(terms.filter((t) => t.marked).map((t) => t.key));
	let best: number = TIER.other;
	for (const name of names) {
		const words = name.normalize('NFC').match(WORD) ?? [];
		if (words.length === 0) continue;
		// The name written as the query's words would be: folded but where it has the query's marks.
		const n = ` ${words.map((w) => (marked.has(matchKey(w)) ? matchKey(w) : fold(w))).join(' ')} `;
		if (n === q) return TIER.exact;
		if (q.includes(n) || n.includes(q)) best = TIER.within;
	}
	return best;
}

/** The names a result is known by, from its `names` metadata (see index-fields.ts). */
export function namesOf(meta: Readonly<Record<string, string | undefined>>): string[] {
	return (meta.names ?? '').split(NAMES_SEPARATOR).filter(Boolean);
}

/**
 * Pagefind's results with those whose names answer the query best moved first, in tiers
 * (`nameTier`), Pagefind's order kept within a tier. `names(r)` gives a result's names.
 */
export function byNameTier<T>(results: readonly T[], query: string, names: (r: T) => readonly string[]): T[] {
	return results
		.map((r, i) => ({ r, i, tier: nameTier(query, names(r)) }))
		.sort((a, b) => a.tier - b.tier || a.i - b.i)
		.map((x) => x.r);
}
