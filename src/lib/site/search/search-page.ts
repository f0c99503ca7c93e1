/**
 * The search page's logic that needs no browser: the state in the page's URL (?q=nam+po&tinh=…),
 * the Pagefind query it makes, the words of the live status, and a Pagefind excerpt cut into
 * plain text and highlighted runs (the page builds DOM text nodes from them, never HTML).
 */
import { asciiFold } from '../../text/fold.ts';
import type { FilterKey } from './index-fields.ts';

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

/**
 * Also highlights the excerpt's words that equal a word of the query once both are written
 * without marks: Pagefind does not highlight "Điện" for "dien" (it does not fold "đ"; the
 * briefing was found through its folded metadata), but the reader should see why it matched.
 */
export function markFolded(parts: readonly ExcerptPart[], query: string): ExcerptPart[] {
	const terms = new Set(query.match(/[\p{L}\p{N}]+/gu)?.map(fold) ?? []);
	if (terms.size === 0) return [...parts];
	const out: ExcerptPart[] = [];
	const push = (text: string, mark: boolean) => {
		const last = out.at(-1);
		if (last && last.mark === mark) out[out.length - 1] = { text: last.text + text, mark };
		else if (text) out.push({ text, mark });
	};
	for (const part of parts) {
		if (part.mark) {
			push(part.text, true);
			continue;
		}
		let at = 0;
		for (const m of part.text.matchAll(/[\p{L}\p{N}]+/gu)) {
			if (!terms.has(fold(m[0]))) continue;
			push(part.text.slice(at, m.index), false);
			push(m[0], true);
			at = m.index + m[0].length;
		}
		push(part.text.slice(at), false);
	}
	return out;
}
