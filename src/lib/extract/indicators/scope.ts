/**
 * Whether a figure is a reported result of the district: not a target or forecast ("sẽ",
 * "phấn đấu"), not denied ("chưa có"), not the plan itself ("dự toán giao 300 tỷ đồng"), not a
 * commune's own figure ("xã Phước An đạt 16/19 tiêu chí").
 */
import type { PlaceMention } from './subjects.ts';
import { NEGATIONS } from './vocabulary.ts';

const START = '(?<![\\p{L}\\p{M}\\p{N}])';
const END = '(?![\\p{L}\\p{M}])';

const NEGATION = new RegExp(`${START}(?:${NEGATIONS.join('|')})${END}`, 'u');
// The plan or target itself written before the figure: "dự toán tỉnh giao 300 tỷ đồng",
// "giao chỉ tiêu thu ngân sách 300 tỷ đồng", "kế hoạch năm 2024 là 500 ha".
// A plan handed down, named in the figure's clause but not as the basis of a per cent before it.
const PLAN_GIVEN =
	/(?<!%\s?)(?<![\p{L}\p{M}])(?:kế\s+hoạch|dự\s+toán|chỉ\s+tiêu)(?:\s+(?:vốn|đầu\s+tư(?:\s+công)?|năm(?:\s+\d{4})?))*\s+(?:(?:đã\s+)?được\s+)?(?:(?:hđnd|ubnd)\s+)?(?:(?:tỉnh|huyện|thành\s+phố|trung\s+ương)\s+)?giao(?![\p{L}\p{M}])/u;
const PLAN_DEFINITION = new RegExp(
	`${START}(?:(?:kế\\s+hoạch|dự\\s+toán|chỉ\\s+tiêu)(?:\\s+(?:năm(?:\\s+\\d{4})?|tỉnh|huyện|hđnd|ubnd|được|đã|giao|đề\\s+ra|cả\\s+năm|vốn|đầu\\s+tư(?:\\s+công)?))*\\s+(?:là\\s+)?|giao\\s+(?:chỉ\\s+tiêu|kế\\s+hoạch|dự\\s+toán)[^,;\\d]{0,40})$`,
	'u',
);

/** Offset where the clause holding offset `at` starts: just past the last ",", ";", ":" or bracket. */
export function clauseStart(t: string, at: number): number {
	for (let i = at - 1; i >= 0; i--) {
		const c = t.charCodeAt(i);
		// , ; : ( )
		if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41) return i + 1;
	}
	return 0;
}

/** Offset just past the last ";" before `at` (0 if none): figures on either side never share an indicator. */
export function hardClauseStart(t: string, at: number): number {
	return t.lastIndexOf(';', at - 1) + 1;
}

/** A negation ("chưa", "không", "thiếu") stands in the clause of `t` between `from` and `at`. */
export function negated(t: string, from: number, at: number): boolean {
	const clause = t.slice(from, at);
	// Most clauses hold none of the words: skip the regex then.
	if (!clause.includes('chưa') && !clause.includes('không') && !clause.includes('thiếu')) return false;
	return NEGATION.test(clause);
}

/**
 * The figure at `at`, in the clause starting at `clause`, is the plan itself ("dự toán tỉnh
 * giao 300 tỷ đồng", "Dự toán tỉnh giao thu ngân sách năm 2024 là 300 tỷ đồng"), not a result.
 */
export function definesPlan(t: string, clause: number, at: number): boolean {
	const head = t.slice(Math.max(0, at - 80), at);
	// Most figures have no plan word before them: skip the regexes then.
	if (!head.includes('kế') && !head.includes('dự') && !head.includes('chỉ') && !head.includes('giao')) return false;
	// Both patterns name the plan ("kế hoạch", "dự toán", "chỉ tiêu"); the second also "giao".
	if (namesPlan(head) && PLAN_DEFINITION.test(head)) return true;
	const given = t.slice(clause, at);
	return given.includes('giao') && namesPlan(given) && PLAN_GIVEN.test(given);
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
	let commune = false;
	for (const p of places) {
		if (p.at >= at) break;
		if (p.at >= from) commune = p.commune;
	}
	return commune;
}
