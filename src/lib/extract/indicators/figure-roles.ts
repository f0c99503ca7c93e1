/**
 * What a figure is to its indicator, read from the words around it: the value itself, per cent
 * of plan ("đạt 113,2% KH"), per cent of the same period a year earlier ("bằng 193% so với cùng
 * kỳ"), a change ("tăng 1.200 tấn"), or an excess over plan ("vượt 27,3 ha"), which is ignored.
 */

import { lastPhrase, WordList } from '../../text/phrases.ts';
import type { Figure } from './figures.ts';

/** The part a figure plays. */
export type Role = 'value' | 'plan' | 'yoy' | 'change' | 'excess';

/** How a figure reads. */
export interface Reading {
	readonly role: Role;
	/** -1 for a fall ("giảm 1,5%"), else 1. */
	readonly sign: 1 | -1;
	/** The verb before the figure, lower case and single-spaced ("ước đạt", "tăng"), or null. */
	readonly verb: string | null;
	/** Offset where the verb starts (the figure's lead when there is none). */
	readonly verbStart: number;
	/** A per-cent value with no basis stated ("đạt 114,62%"): the key decides what it is. */
	readonly bare: boolean;
	/** Offsets of the stated plan basis ("dự toán tỉnh giao"), or null. */
	readonly basis: readonly [number, number] | null;
}

const VERBS: readonly string[] = [
	'ước đạt',
	'ước thực hiện',
	'ước tính',
	'dự kiến đạt',
	'dự kiến',
	'đạt được',
	'đạt',
	'thực hiện được',
	'thực hiện',
	'bằng',
	'chiếm',
	'tăng thêm',
	'tăng lên',
	// Growth: "GRDP tăng trưởng (đạt) 7,8%" is a change, not 7,8% of plan; "tăng trưởng âm" a fall.
	'tăng trưởng đạt',
	'tăng trưởng âm',
	'tăng trưởng',
	'tăng',
	'giảm xuống còn',
	'giảm xuống',
	'giảm còn',
	'giảm được',
	'giảm đi',
	'giảm',
	'vượt',
	'còn',
	'lên',
	'xuống',
	'là',
	'được',
	'với',
	'có',
	'cho',
	'ước',
];
const VERB_WORDS = new WordList(VERBS);
// Verbs of a change, and of a level reached.
const CHANGE: ReadonlySet<string> = new Set(['tăng', 'tăng thêm', 'giảm', 'giảm đi', 'giảm được']);
// An estimate of growth: "tăng trưởng ước đạt 8,2%", "tăng trưởng dự kiến đạt 8%".
const ESTIMATE: ReadonlySet<string> = new Set(['ước đạt', 'ước tính', 'ước', 'dự kiến đạt', 'dự kiến']);
const GROWTH_BEFORE = /tăng\s+trưởng\s*$/u;
// A growth rate named before its verb: "tốc độ tăng giá trị sản xuất (ước) đạt 8,9%", with no
// figure between the two.
const REACHES: ReadonlySet<string> = new Set([...ESTIMATE, 'đạt', 'đạt được']);
const RATE_OF_GROWTH = /tốc\s+độ\s+tăng(?:\s+trưởng)?(?![\p{L}\p{M}])[^\d;.]*$/u;
const LEVEL: ReadonlySet<string> = new Set([
	'tăng lên',
	'lên',
	'giảm xuống còn',
	'giảm xuống',
	'giảm còn',
	'xuống',
	'còn',
	'chiếm',
]);

const PLAN_HEAD = '(?:tổng\\s+)?(?:kế\\s+hoạch|kh|dự\\s+toán|chỉ\\s+tiêu|nghị\\s+quyết|nq|mục\\s+tiêu)';
// What may follow the plan word: "vốn", "năm 2025", "(KH)", "tỉnh giao", "HĐND huyện giao", "đề ra".
const PLAN_TAIL =
	'(?:\\s+(?:vốn|cả\\s+năm|năm(?:\\s+\\d{4})?|\\(kh\\)|đề\\s+ra|đầu\\s+tư\\s+công|(?:(?:đã\\s+)?được\\s+)?(?:(?:hđnd|ubnd)\\s+)?(?:(?:tỉnh|huyện|thành\\s+phố|thị\\s+xã|trung\\s+ương|tp|xã)\\s+)?(?:phân\\s+)?giao|(?:hđnd|ubnd)\\s+(?:tỉnh|huyện|thành\\s+phố|thị\\s+xã)))*';
const BASIS_AFTER = new RegExp(
	`\\s*(?:\\(\\s*)?(?:so\\s+với\\s+|của\\s+)?(${PLAN_HEAD}${PLAN_TAIL})(?![\\p{L}\\p{M}])`,
	'uy',
);
const BASIS_BEFORE = new RegExp(`so\\s+với\\s+(${PLAN_HEAD}${PLAN_TAIL})\\s*,?\\s*$`, 'u');
// "so với cùng kỳ", "so cùng kỳ", "cùng kỳ", "so với năm 2023".
const YOY_AFTER =
	/\s*(?:\(\s*)?(?:(?:so\s+(?:với\s+)?)?cùng\s+(?:kỳ|kì|thời\s+điểm)|so\s+(?:với\s+)?(?:năm\s+trước|năm\s+ngoái|năm\s+\d{4}))/uy;
const YOY_BEFORE = /so\s+(?:với\s+)?(?:cùng\s+(?:kỳ|kì)|năm\s+trước)(?:\s+năm\s+(?:trước|\d{4}))?\s*,?\s*$/u;

/** The plan basis written right after figure `f` ("% KH", "% dự toán tỉnh giao"): its offsets, or null. */
function basisAfter(t: string, f: Figure): readonly [number, number] | null {
	BASIS_AFTER.lastIndex = f.end;
	const b = BASIS_AFTER.exec(t);
	if (b?.[1] === undefined) return null;
	return [f.end + b[0].length - b[1].length, f.end + b[0].length];
}

/**
 * Whether the words before `verb` (starting at `at` in `before`, at `verbStart` in `t`) make the
 * figure a growth rate: "tăng trưởng ước đạt", "tốc độ tăng giá trị sản xuất đạt".
 */
function growthBefore(t: string, before: string, verb: string, at: number, verbStart: number): boolean {
	if (!REACHES.has(verb)) return false;
	if (ESTIMATE.has(verb) && GROWTH_BEFORE.test(before.slice(0, at))) return true;
	// Most figures have no "tốc" within reach: found by a search, the window is cut only then.
	const from = Math.max(0, verbStart - 100);
	return t.lastIndexOf('tốc', verbStart) >= from && RATE_OF_GROWTH.test(t.slice(from, verbStart));
}

/**
 * Reads the role of figure `f` in `t`, a sentence in lower case. A per cent after "đạt" or
 * "bằng" is % of plan when a plan word follows ("đạt 100% KH", "đạt 188% dự toán tỉnh giao"),
 * % of the year before when "cùng kỳ" follows, and bare otherwise; "tăng"/"giảm" give a change,
 * and so does growth ("tăng trưởng (ước) đạt 7,8%", "tăng trưởng âm 2%") unless a plan follows;
 * "tăng lên"/"còn" give a level; "vượt" an excess.
 */
export function readRole(t: string, f: Figure): Reading {
	const before = t.slice(Math.max(0, f.lead - 48), f.lead);
	const v = lastPhrase(before, VERB_WORDS, 3, true);
	const verb = v?.phrase ?? null;
	const verbStart = v ? f.lead - (before.length - v.start) : f.lead;
	const base = { sign: 1 as const, verb, verbStart, bare: false, basis: null };
	if (verb === 'vượt') return { ...base, role: 'excess' };
	// Growth is a change, unless a plan is named after it ("tăng trưởng đạt 105% kế hoạch").
	if (v !== null && (v.phrase.startsWith('tăng trưởng') || growthBefore(t, before, v.phrase, v.start, verbStart))) {
		const b = f.unit === '%' ? basisAfter(t, f) : null;
		if (b !== null) return { ...base, role: 'plan', basis: b };
		return { ...base, role: 'change', sign: v.phrase === 'tăng trưởng âm' ? -1 : 1 };
	}
	if (verb !== null && CHANGE.has(verb)) return { ...base, role: 'change', sign: verb.startsWith('giảm') ? -1 : 1 };
	if (verb !== null && LEVEL.has(verb)) return { ...base, role: 'value' };
	if (f.unit !== '%') return { ...base, role: 'value' };
	const b = basisAfter(t, f);
	if (b !== null) return { ...base, role: 'plan', basis: b };
	YOY_AFTER.lastIndex = f.end;
	if (YOY_AFTER.test(t)) return { ...base, role: 'yoy' };
	// "so với dự toán đạt 105%", "so với cùng kỳ bằng 120%": the basis before the verb.
	const head = t.slice(Math.max(0, verbStart - 60), verbStart);
	// Both patterns before the verb open with "so" ("so với dự toán", "so cùng kỳ").
	if (!head.includes('so')) return { ...base, role: 'value', bare: true };
	const bb = BASIS_BEFORE.exec(head);
	if (bb?.[1] !== undefined) {
		const start = verbStart - (head.length - bb.index) + bb[0].indexOf(bb[1]);
		return { ...base, role: 'plan', basis: [start, start + bb[1].length] };
	}
	if (YOY_BEFORE.test(head)) return { ...base, role: 'yoy' };
	return { ...base, role: 'value', bare: true };
}
