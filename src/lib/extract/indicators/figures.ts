/**
 * Figures in a sentence: numbers with their ratio ("16/33"), scale word, unit and hedge, with
 * the numbers that are no quantity left out (years, dates, times, ordinals, document numbers,
 * durations, ranges).
 */
import { type NumberToken, scaleFactor, scanNumbers } from '../../text/numbers.ts';
import { lastPhrase, WordList } from '../../text/phrases.ts';
import { isSpace } from '../../text/spaces.ts';
import {
	alternation,
	DATE_BEFORE,
	DENOMINATORS,
	ORDINAL_BEFORE,
	PERCENT_WORDS,
	PERIOD_AFTER,
	QUALIFIERS,
	SCALE_WORDS,
	UNITS,
} from './vocabulary.ts';

/** One quantity found in a sentence. Offsets index the sentence. */
export interface Figure {
	/** Offset of the first digit (of the numerator for a ratio). */
	readonly start: number;
	/** Offset just past the unit, or past the last digit when there is none. */
	readonly end: number;
	readonly value: number;
	/** The whole of a ratio ("16/33 chỉ tiêu": 33), or null. */
	readonly of: number | null;
	/** Scale word and unit, lower case, single-spaced ("tỷ đồng", "%", "ha", "tiêu chí/xã"), or null. */
	readonly unit: string | null;
	/** Offsets of the unit in the sentence (equal when there is none). */
	readonly unitStart: number;
	readonly unitEnd: number;
	/** Hedge before the number ("gần", "hơn", "ước", "từ … trở lên"), or null. */
	readonly qualifier: string | null;
	/** Offset of the hedge, or `start` when there is none. */
	readonly lead: number;
	/** The number was written English-style ("1.5"). */
	readonly english: boolean;
	/**
	 * A compound amount ("512 tỷ 340 triệu đồng", read 512,34 "tỷ đồng"): the unit is the first
	 * scale word (up to `scaleEnd`) and the noun after the last part (from `nounStart`).
	 */
	readonly compound?: { readonly scaleEnd: number; readonly nounStart: number };
}

const NOT_WORD = '(?![\\p{L}\\p{M}\\p{N}])';

// Scale word, then a unit (or per cent), then compound denominators ("triệu đồng/người/năm").
const UNIT_AT = new RegExp(
	`\\s*(?:(${alternation(SCALE_WORDS)})${NOT_WORD})?\\s*(?:(%|(?:${alternation([...PERCENT_WORDS, ...UNITS])})${NOT_WORD})((?:\\s*/\\s*(?:${alternation(DENOMINATORS)})${NOT_WORD})*))?`,
	'uy',
);
const QUALIFIER_WORDS = new WordList(QUALIFIERS);
const ORDINAL_WORDS = new WordList(ORDINAL_BEFORE);
const DATE_WORDS = new WordList(DATE_BEFORE);
const TOTAL = new WordList(['tổng số']);
// "nâng cấp 12 km đường", "cung cấp 500 bộ sách": "cấp" is half of a verb, no level.
const VERB_CAP = new WordList(['nâng cấp', 'cung cấp']);
const EACH = new WordList(['mỗi']);
const PERIOD = new RegExp(`\\s*(?:${alternation(PERIOD_AFTER)})${NOT_WORD}`, 'uy');
// Time of day: "15:55", "15h30", "8 giờ".
const TIME = /(?::\d{2}|h\d{2})/y;
// A range or a date written with a dash: "2020-2025", "11,5 - 12,4%", "10-2".
const RANGE = /\s*[-–]\s*\d/y;
// A code glued to the digits by a dash or a slash: "12-NQ/TU", "1719/QĐ-TTg".
const CODE = /[-/]\p{L}/uy;
const YEAR = /^(?:19|20)\d{2}$/;
const ONWARD = /^[^,;.()]{0,40}?trở\s+lên/u;
// "từ 124 tỷ đồng tăng lên 211 tỷ", "từ 3 đến 5 ha", "từ 18,5% năm 2023 giảm xuống còn 14,2%":
// the first number is a starting point.
const RANGE_START = new RegExp(
	`^\\s*(?:(?:năm\\s+\\d{4}|cuối\\s+năm|đầu\\s+năm|năm\\s+trước)\\s+)?(?:tăng\\s+lên|giảm\\s+xuống|tăng|giảm|lên|xuống|đến|tới)(?:\\s+còn)?\\s+(?:(?:${alternation(QUALIFIERS)})\\s+)?\\d`,
	'u',
);
const RANGE_TO = /(?:đến|tới)\s+(?:\S+\s+)?$/u;

/**
 * The characters a pattern's match can start with (after the white space it allows first), to
 * pass over the many places no match starts without running the pattern.
 */
class Openers {
	readonly #codes: ReadonlySet<number>;
	readonly #spaces: boolean;

	/** `words` are the pattern's alternatives; `spaces`: it allows white space before them. */
	constructor(words: Iterable<string>, spaces: boolean) {
		this.#codes = new Set(Array.from(words, (w) => w.charCodeAt(0)));
		this.#spaces = spaces;
	}

	/** False when no match can start at offset `at` of `t`. */
	may(t: string, at: number): boolean {
		let i = at;
		if (this.#spaces) while (i < t.length && isSpace(t.charCodeAt(i))) i++;
		return i < t.length && this.#codes.has(t.charCodeAt(i));
	}
}

const UNIT_OPENERS = new Openers(['%', ...SCALE_WORDS, ...PERCENT_WORDS, ...UNITS], true);
const PERIOD_OPENERS = new Openers(PERIOD_AFTER, true);
const TIME_OPENERS = new Openers([':', 'h'], false);
const RANGE_OPENERS = new Openers(['-', '–'], true);
const CODE_OPENERS = new Openers(['-', '/'], false);

interface Unit {
	unit: string | null;
	start: number;
	end: number;
}

function unitAt(t: string, at: number): Unit {
	// Most numbers are followed by no unit: the pattern runs only where one may start.
	if (!UNIT_OPENERS.may(t, at)) return { unit: null, start: at, end: at };
	UNIT_AT.lastIndex = at;
	const m = UNIT_AT.exec(t);
	if (!m || (m[1] === undefined && m[2] === undefined)) return { unit: null, start: at, end: at };
	const scale = m[1];
	const noun = m[2] === undefined ? undefined : m[3] ? m[2] + m[3].replace(/\s+/g, '') : m[2];
	const unit = scale === undefined ? (noun as string) : noun === undefined ? scale : `${scale} ${noun}`;
	let lead = 0;
	while (m[0].charCodeAt(lead) === 32) lead++;
	// A scale word with no noun after it ends at the word, not at the spaces after it ("211 tỷ ").
	let end = m[0].length;
	while (end > lead && isSpace(m[0].charCodeAt(end - 1))) end--;
	return { unit, start: at + lead, end: at + end };
}

/** `re` (sticky) matches at offset `at` of `t`; `openers` rules most offsets out first. */
function stickyAt(re: RegExp, openers: Openers, t: string, at: number): boolean {
	if (!openers.may(t, at)) return false;
	re.lastIndex = at;
	return re.test(t);
}

// Digits only: a number token holds digits and its "." and "," separators.
function isInteger(tok: NumberToken): boolean {
	return tok.raw.indexOf('.') < 0 && tok.raw.indexOf(',') < 0;
}

// "thứ 15", "số 1", "Nghị quyết 120", but not "tổng số 500 hộ".
function isOrdinal(before: string): boolean {
	const e = lastPhrase(before, ORDINAL_WORDS, 2);
	if (e === null) return false;
	if (e.phrase === 'số') return lastPhrase(before, TOTAL, 2) === null;
	return !(e.phrase === 'cấp' && lastPhrase(before, VERB_CAP, 2) !== null);
}

// "Ngày 6/10", "chiều (13/6)": the bracket may sit between word and date.
function isDateWord(before: string): boolean {
	return lastPhrase(before, DATE_WORDS, 1, true) !== null;
}

// The last character before `at` that is not a space, as a code (0 at the start).
function charBefore(t: string, at: number): number {
	let i = at - 1;
	while (i >= 0 && t.charCodeAt(i) === 32) i--;
	return i < 0 ? 0 : t.charCodeAt(i);
}

// Only spaces and one "/" lie between `a` and `b`.
function slashBetween(t: string, a: number, b: number): boolean {
	let slash = false;
	for (let i = a; i < b; i++) {
		const c = t.charCodeAt(i);
		if (c === 47 && !slash) slash = true;
		else if (c !== 32) return false;
	}
	return slash;
}

function isDayMonth(d: number, m: number): boolean {
	return Number.isInteger(d) && Number.isInteger(m) && d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

/**
 * Every figure of `t`, a sentence in lower case, in order. A ratio followed by a unit or noun
 * ("16/33 chỉ tiêu", "125/100ha") is one figure with `of`; a day/month pair ("6/10", "10.4"),
 * a date, a year without a unit, a time, a number after an ordinal or reference word ("thứ 15",
 * "số 1", "Nghị quyết 120"), a duration ("9 tháng") and both ends of a range are no figure.
 */
export function findFigures(t: string): Figure[] {
	const tokens = scanNumbers(t);
	const out: Figure[] = [];
	let rangeOpen = false;
	for (let i = 0; i < tokens.length; i++) {
		const a = tokens[i];
		if (!a) continue;
		// Slash chains: "16/33", "31/12/2024".
		let chain = 1;
		for (let j = i + 1; j < tokens.length && chain < 3; j++) {
			const prev = tokens[j - 1] as NumberToken;
			const next = tokens[j] as NumberToken;
			if (!slashBetween(t, prev.end, next.start)) break;
			chain++;
		}
		const b = chain === 2 ? tokens[i + 1] : undefined;
		const lastEnd = (tokens[i + chain - 1] as NumberToken).end;
		i += chain - 1;
		// After "/" a number is the second half of a date or code ("quý I/2025"); right after ":" of a time ("15:55").
		if (
			a.value === null ||
			a.afterLetter ||
			charBefore(t, a.start) === 47 ||
			(a.start > 0 && t.charCodeAt(a.start - 1) === 58)
		)
			continue;
		if (chain >= 3) continue;
		if (stickyAt(CODE, CODE_OPENERS, t, lastEnd)) continue;
		const before = t.slice(Math.max(0, a.start - 24), a.start);
		if (b !== undefined) {
			// "xếp thứ 5/13 huyện" is a rank.
			if (b.value === null || isOrdinal(before)) continue;
			const u = unitAt(t, b.end);
			const dayMonth = isInteger(a) && isInteger(b) && isDayMonth(a.value, b.value);
			if (dayMonth && (u.unit === null || isDateWord(before))) continue;
			if (u.unit === null && (YEAR.test(b.raw) || isDateWord(before))) continue;
			// "1/2%" is no count of anything.
			if (u.unit === '%') continue;
			out.push(figure(t, a, b, u, before));
			continue;
		}
		if (stickyAt(TIME, TIME_OPENERS, t, a.end)) continue;
		if (stickyAt(RANGE, RANGE_OPENERS, t, a.end)) {
			// Both ends of a range are left out.
			i++;
			continue;
		}
		if (stickyAt(PERIOD, PERIOD_OPENERS, t, a.end)) continue;
		if (isOrdinal(before)) continue;
		const u = unitAt(t, a.end);
		if (u.unit === null) {
			if (YEAR.test(a.raw)) continue;
			if (a.english) {
				const [d = 0, m = 0] = a.raw.split('.').map(Number);
				if (isDateWord(before) || isDayMonth(d, m)) continue;
			}
		}
		let f = figure(t, a, null, u, before);
		const next = tokens[i + 1];
		const whole = next === undefined ? null : compound(t, f, next);
		if (whole !== null) {
			f = whole;
			i++;
		}
		// "trên 1 ha", "mỗi 1 người": a denominator, not a quantity.
		if (f.value === 1 && (f.qualifier === 'trên' || lastPhrase(before, EACH, 1) !== null)) continue;
		if (f.qualifier === 'từ' && RANGE_START.test(t.slice(f.end))) {
			rangeOpen = /^\s*(?:đến|tới)/u.test(t.slice(f.end));
			continue;
		}
		if (rangeOpen && RANGE_TO.test(t.slice(Math.max(0, f.lead - 24), f.lead))) {
			rangeOpen = false;
			continue;
		}
		rangeOpen = false;
		out.push(f);
	}
	return out;
}

const SCALE_ONLY: ReadonlySet<string> = new Set(SCALE_WORDS);
const scaleOf = (word: string): number | undefined => scaleFactor(word) ?? undefined;

/**
 * Figure `f` (a number and a bare scale word, "394 tỷ") joined with the number `next` after it
 * when that is the rest of one amount in a smaller scale ("… 581 triệu đồng"): 394,581 "tỷ
 * đồng". Null when `next` is not such a rest (not right after, not below one of `f`'s scale).
 */
function compound(t: string, f: Figure, next: NumberToken): Figure | null {
	const big = f.unit === null || !SCALE_ONLY.has(f.unit) ? undefined : scaleOf(f.unit);
	if (big === undefined || next.value === null || !isInteger(next)) return null;
	for (let i = f.end; i < next.start; i++) if (!isSpace(t.charCodeAt(i))) return null;
	const u = unitAt(t, next.end);
	if (u.unit === null) return null;
	const space = u.unit.indexOf(' ');
	const scale = scaleOf(space < 0 ? u.unit : u.unit.slice(0, space)) ?? scaleOf(u.unit);
	if (scale === undefined || scale >= big || next.value * scale >= big) return null;
	const noun = space < 0 || scaleOf(u.unit) !== undefined ? '' : u.unit.slice(space + 1);
	// Rounded to the digits written: 394 + 581/1000 is 394.581, not 394.58100000000002.
	const value = Number((f.value + (next.value * scale) / big).toFixed(12));
	return {
		...f,
		end: u.end,
		value,
		unit: noun === '' ? f.unit : `${f.unit} ${noun}`,
		unitEnd: u.end,
		compound: { scaleEnd: f.unitEnd, nounStart: u.end - noun.length },
	};
}

function figure(t: string, a: NumberToken, b: NumberToken | null, u: Unit, before: string): Figure {
	const q = lastPhrase(before, QUALIFIER_WORDS, 2);
	let qualifier: string | null = null;
	let lead = a.start;
	if (q !== null) {
		qualifier = q.phrase.startsWith('ước') ? 'ước' : q.phrase;
		lead = a.start - (before.length - q.start);
	}
	const end = u.unit !== null ? u.end : (b ?? a).end;
	if (qualifier === 'từ' && ONWARD.test(t.slice(end))) qualifier = 'từ … trở lên';
	return {
		start: a.start,
		end,
		value: a.value as number,
		of: b?.value ?? null,
		unit: u.unit,
		unitStart: u.start,
		unitEnd: u.end,
		qualifier,
		lead,
		english: a.english || (b?.english ?? false),
	};
}
