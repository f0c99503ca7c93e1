/**
 * The article's own words for what an indicator is: labels, units as written and plan bases,
 * taken from the display text so that case and tone placement stay as the article has them.
 */

import { charClass, LOWER } from '../../text/chars.ts';
import { collapseSpaces, isSpace } from '../../text/spaces.ts';
import type { Reading } from './figure-roles.ts';
import type { Figure } from './figures.ts';
import type { Subject } from './subjects.ts';
import { unitClass } from './vocabulary.ts';

/** A sentence as the extractor reads it. */
export interface SentenceText {
	/** Lower-case, tone-canonical sentence. */
	readonly t: string;
	/** The sentence as the article writes it (same offsets). */
	readonly display: string;
	/** Offset of the sentence in the article text. */
	readonly offset: number;
}

const ABBREVIATED_MILLION = /^tr\.?\s*đ(?:ồng)?$/iu;

/**
 * The unit of figure `f` as the article writes it, single-spaced, compound parts joined ("tỷ
 * đồng", "tiêu chí/xã"), the abbreviation "tr.đ" written out ("triệu đồng").
 */
export function unitText(text: SentenceText, f: Figure): string {
	const c = f.compound;
	// "394 tỷ 581 triệu đồng": the first scale word and the last noun ("tỷ đồng").
	const written =
		c === undefined
			? text.display.slice(f.unitStart, f.unitEnd)
			: `${text.display.slice(f.unitStart, c.scaleEnd)} ${text.display.slice(c.nounStart, f.unitEnd)}`;
	const unit = collapseSpaces(written).trim();
	// "tr.đồng", "trđ": the portals' abbreviation of "triệu đồng", written out for readers and comparisons.
	if (ABBREVIATED_MILLION.test(unit)) return 'triệu đồng';
	// Only compound units ("tiêu chí/xã") hold a slash.
	return unit.includes('/') ? unit.replace(/\s*\/\s*/g, '/') : unit;
}

/** The plan basis at offsets `[a, b)` as written, a trailing "(KH)" left out ("dự toán tỉnh giao"). */
export function basisText(text: SentenceText, [a, b]: readonly [number, number]): string {
	return collapseSpaces(text.display.slice(a, b).replace(/\s*\(\s*KH\s*\)\s*$/iu, ''));
}

/** `s` with its first letter lower-cased, unless its first word is an abbreviation ("GRDP", "NSNN"). */
export function sentenceCase(s: string): string {
	// Most labels start with a lower-case (or caseless) letter: they stay as they are.
	if (charClass(s.charCodeAt(0)) === LOWER) return s;
	const first = s.slice(0, firstSpace(s));
	if (first.length > 1 && first === first.toUpperCase() && first !== first.toLowerCase()) return s;
	return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Offset of the first white space in `s`, or its length: where `/^\S+/` stops. */
function firstSpace(s: string): number {
	let i = 0;
	while (i < s.length && !isSpace(s.charCodeAt(i))) i++;
	return i;
}

/**
 * The label of an indicator phrase as the article words it ("thu ngân sách nhà nước trên địa
 * bàn"); a bare "kết nạp" names what was admitted, a bare "hộ nghèo" reads "tỷ lệ hộ nghèo".
 */
export function keyLabel(text: SentenceText, s: Subject, f: Figure): string {
	const words = sentenceCase(collapseSpaces(text.display.slice(s.start, s.end)).trim());
	if (s.key === 'party-admissions' && !/đảng viên/iu.test(words)) {
		return f.unit !== null && unitClass(f.unit) === 'count' ? `kết nạp ${unitText(text, f)}` : 'kết nạp đảng viên';
	}
	if (s.key === 'poverty-rate' && !/^tỷ lệ/iu.test(words)) return 'tỷ lệ hộ nghèo';
	return words;
}

// Words that may close an "other" label without belonging to it.
const TRAILING =
	/\s+(?:của\s+(?:toàn\s+)?(?:huyện|tỉnh|xã|thị\s+xã|thành\s+phố)|toàn\s+huyện|trên\s+địa\s+bàn(?:\s+(?:huyện|tỉnh))?|(?:trong\s+)?\d+\s+tháng(?:\s+đầu\s+năm)?(?:\s+(?:năm\s+)?\d{4})?|năm\s+\d{4}|quý\s+[ivx]+(?:\/\d{4})?|đã|được|ước|dự\s+kiến|cả\s+năm|hiện\s+nay|hiện|đến\s+nay|mới|chỉ|lên|nâng|nói\s+trên)$/iu;

// The place a label names as its owner ("tỉ lệ đô thị hóa của thành phố Gò Công"): pages say whose it is.
const OWNER =
	/\s+(?:của|tại|ở)\s+(?:toàn\s+)?(?:[Hh]uyện|[Tt]ỉnh|[Xx]ã|[Pp]hường|[Tt]hị\s+xã|[Tt]hành\s+phố|[Qq]uận|TP\.?|TX\.?)(?:\s+\p{Lu}[\p{L}\p{M}’'-]*)+$/u;

/** `label` without the place it names as its owner at its end ("… của thành phố Gò Công"). */
export function ownerless(label: string): string {
	return label.replace(OWNER, '');
}

/**
 * The label of an "other" figure: its noun phrase up to the reporting verb, or null when no
 * verb joins them or the phrase runs over a clause break or too many words.
 */
export function otherLabel(text: SentenceText, s: Subject, r: Reading): string | null {
	if (r.verb === null || r.verbStart < s.end) return null;
	if (breaksPhrase(text.t, s.end, r.verbStart)) return null;
	// A figure between the phrase and this one's verb is the phrase's own ("số … tối thiểu 56 lượt").
	if (hasDigit(text.t, s.end, r.verbStart)) return null;
	let label = collapseSpaces(text.display.slice(s.start, r.verbStart)).trim();
	for (let prev = ''; prev !== label; ) {
		prev = label;
		label = ownerless(label.replace(TRAILING, ''));
	}
	if (count(label, 32) > 11) return null;
	return sentenceCase(label);
}

/**
 * Whether `t` between `from` and `to` holds a clause break: a ";", ":", bracket or quotation
 * mark, or a comma followed by more than three words before the next comma. Short enumerations
 * may sit in a phrase ("giá trị sản xuất nông, lâm, thủy sản"); other breaks may not.
 */
function breaksPhrase(t: string, from: number, to: number): boolean {
	// Words of the current comma-separated part, counted after the first comma only.
	let words = -1;
	let inWord = false;
	for (let i = from; i < to; i++) {
		const c = t.charCodeAt(i);
		// ; : ( ) " “ ”
		if (c === 59 || c === 58 || c === 40 || c === 41 || c === 34 || c === 0x201c || c === 0x201d) return true;
		if (c === 44) {
			if (words > 3) return true;
			words = 0;
			inWord = false;
		} else if (isSpace(c)) inWord = false;
		else if (!inWord) {
			inWord = true;
			if (words >= 0) words++;
		}
	}
	return words > 3;
}

/** Whether `t` holds a digit between `from` and `to`. */
function hasDigit(t: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) {
		const c = t.charCodeAt(i);
		if (c >= 48 && c <= 57) return true;
	}
	return false;
}

/** How many times the code `c` occurs in `s`. */
function count(s: string, c: number): number {
	let n = 0;
	for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === c) n++;
	return n;
}
