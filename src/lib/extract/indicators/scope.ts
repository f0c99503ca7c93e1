/**
 * Whether a figure is a reported result of the district: not a target or forecast ("sẽ",
 * "phấn đấu"), not denied ("chưa có"), not the plan itself ("dự toán giao 300 tỷ đồng"), not a
 * commune's own figure ("xã Phước An đạt 16/19 tiêu chí").
 */
import type { PlaceMention } from './subjects.ts';
import { NEGATIONS } from './vocabulary.ts';

const START = '(?<![\\p{L}\\p{M}\\p{N}])';
const END = '(?![\\p{L}\\p{M}])';

const NEGATION_ALL = new RegExp(`${START}(?:${NEGATIONS.join('|')})${END}`, 'gu');
// The plan or target itself written before the figure: "dự toán tỉnh giao 300 tỷ đồng",
// "giao chỉ tiêu thu ngân sách 300 tỷ đồng", "kế hoạch năm 2024 là 500 ha".
// A plan handed down, named in the figure's clause but not as the basis of a per cent before it.
const PLAN_GIVEN_ALL =
	/(?<!%\s?)(?<![\p{L}\p{M}])(?:kế\s+hoạch|dự\s+toán|chỉ\s+tiêu)(?:\s+(?:vốn|đầu\s+tư(?:\s+công)?|năm(?:\s+\d{4})?))*\s+(?:(?:đã\s+)?được\s+)?(?:(?:hđnd|ubnd)\s+)?(?:(?:tỉnh|huyện|thành\s+phố|trung\s+ương)\s+)?giao(?![\p{L}\p{M}])/gu;
const PLAN_DEFINITION = new RegExp(
	`${START}(?:(?:kế\\s+hoạch|dự\\s+toán|chỉ\\s+tiêu)(?:\\s+(?:năm(?:\\s+\\d{4})?|tỉnh|huyện|hđnd|ubnd|được|đã|giao|đề\\s+ra|cả\\s+năm|vốn|đầu\\s+tư(?:\\s+công)?))*\\s+(?:là\\s+)?|giao\\s+(?:chỉ\\s+tiêu|kế\\s+hoạch|dự\\s+toán)[^,;\\d]{0,40})$`,
	'u',
);

/**
 * The clauses of one sentence `t`, for its figures in text order: clause marks are read once, by
 * a cursor that moves forward from one figure to the next, and the negations and plans of the
 * sentence are found once and then searched, so that a sentence with many figures costs time
 * linear in its length (asking each figure's clause afresh cost figures × length).
 */
export class Clauses {
	readonly #t: string;
	/** How far the cursor has read, and the last clause mark and ";" before that. */
	#read = 0;
	#mark = -1;
	#semi = -1;
	#negations: Match[] | undefined;
	#plans: Match[] | undefined;

	constructor(t: string) {
		this.#t = t;
	}

	/** Offset where the clause holding offset `at` starts: just past the last ",", ";", ":" or bracket. */
	start(at: number): number {
		if (at < this.#read) return markBefore(this.#t, at, false) + 1;
		this.#advance(at);
		return this.#mark + 1;
	}

	/** Offset just past the last ";" before `at` (0 if none): figures on either side never share an indicator. */
	hardStart(at: number): number {
		if (at < this.#read) return markBefore(this.#t, at, true) + 1;
		this.#advance(at);
		return this.#semi + 1;
	}

	#advance(at: number): void {
		const t = this.#t;
		for (let i = this.#read; i < at; i++) {
			const c = t.charCodeAt(i);
			if (isMark(c)) {
				this.#mark = i;
				if (c === 59) this.#semi = i;
			}
		}
		this.#read = at;
	}

	/** A negation ("chưa", "không", "thiếu") stands in the clause between `from` and `at`. */
	negated(from: number, at: number): boolean {
		// No match of either pattern holds a clause mark, so the matches over the whole sentence
		// that start in the clause are the matches a search of the clause alone would find.
		if (this.#negations === undefined) {
			const t = this.#t;
			// Most sentences hold none of the words: skip the regex then.
			const any = t.includes('chưa') || t.includes('không') || t.includes('thiếu');
			this.#negations = any ? matches(t, NEGATION_ALL) : [];
		}
		return within(this.#negations, from, at);
	}

	/**
	 * The figure at `at`, in the clause starting at `clause`, is the plan itself ("dự toán tỉnh
	 * giao 300 tỷ đồng", "Dự toán tỉnh giao thu ngân sách năm 2024 là 300 tỷ đồng"), not a result.
	 */
	definesPlan(clause: number, at: number): boolean {
		const t = this.#t;
		const head = t.slice(Math.max(0, at - 80), at);
		// Most figures have no plan word before them: skip the regexes then.
		if (!head.includes('kế') && !head.includes('dự') && !head.includes('chỉ') && !head.includes('giao')) return false;
		// Both patterns name the plan ("kế hoạch", "dự toán", "chỉ tiêu"); the second also "giao".
		if (namesPlan(head) && PLAN_DEFINITION.test(head)) return true;
		this.#plans ??= t.includes('giao') && namesPlan(t) ? matches(t, PLAN_GIVEN_ALL) : [];
		return within(this.#plans, clause, at);
	}
}

/** , ; : ( ) */
function isMark(c: number): boolean {
	return c === 44 || c === 59 || c === 58 || c === 40 || c === 41;
}

/** The last clause mark (or ";" when `semicolon`) before `at`, or -1: for a figure behind the cursor. */
function markBefore(t: string, at: number, semicolon: boolean): number {
	for (let i = at - 1; i >= 0; i--) {
		const c = t.charCodeAt(i);
		if (semicolon ? c === 59 : isMark(c)) return i;
	}
	return -1;
}

type Match = readonly [start: number, end: number];

/**
 * Spans, in order of their starts, asked which offsets they cover: a binary search over the
 * largest end so far, instead of a scan of every span.
 */
export class Cover {
	readonly #starts: number[];
	readonly #reach: number[];

	private constructor(starts: number[], reach: number[]) {
		this.#starts = starts;
		this.#reach = reach;
	}

	/** The spans [starts[i], ends[i]) (in order of their starts), or null when there are none. */
	static of(starts: number[], ends: readonly number[]): Cover | null {
		if (starts.length === 0) return null;
		const reach: number[] = new Array(ends.length);
		let far = Number.NEGATIVE_INFINITY;
		for (let i = 0; i < ends.length; i++) {
			far = Math.max(far, ends[i] as number);
			reach[i] = far;
		}
		return new Cover(starts, reach);
	}

	/** Some span [start, end) holds `at`. */
	covers(at: number): boolean {
		const i = below(this.#starts, at + 1) - 1;
		return i >= 0 && (this.#reach[i] as number) > at;
	}
}

/** How many of the ascending `sorted` are below `at`. */
function below(sorted: readonly number[], at: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((sorted[mid] as number) < at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The matches of `re` (global) in `t`. */
function matches(t: string, re: RegExp): Match[] {
	const out: Match[] = [];
	for (const m of t.matchAll(re)) out.push([m.index, m.index + m[0].length]);
	return out;
}

/** One of `found` (in order, not overlapping) lies within `from`…`at`. */
function within(found: readonly Match[], from: number, at: number): boolean {
	let lo = 0;
	let hi = found.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((found[mid] as Match)[0] < from) lo = mid + 1;
		else hi = mid;
	}
	const first = found[lo];
	return first !== undefined && first[1] <= at;
}

/** `s` holds the second word of "kế hoạch", "dự toán" or "chỉ tiêu", which every plan pattern names. */
function namesPlan(s: string): boolean {
	return s.includes('hoạch') || s.includes('toán') || s.includes('tiêu');
}

/**
 * The last place named between `from` and `at` is a commune, ward or village ("xã Phước An chỉ
 * đạt 16/19 tiêu chí"): the figure is theirs, not the district's.
 */
export function communeScoped(places: readonly PlaceMention[], from: number, at: number): boolean {
	// Places come in text order: the last one before `at`, found by halving.
	let lo = 0;
	let hi = places.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((places[mid] as PlaceMention).at < at) lo = mid + 1;
		else hi = mid;
	}
	const p = places[lo - 1];
	return p !== undefined && p.at >= from && p.commune;
}
