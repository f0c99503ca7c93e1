/**
 * The article's own words for what an indicator is: labels, units as written and plan bases,
 * taken from the display text so that case and tone placement stay as the article has them.
 */
import type { Figure } from './figures.ts';
import type { Reading } from './roles.ts';
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

/** The unit of figure `f` as the article writes it, single-spaced, compound parts joined ("tỷ đồng", "tiêu chí/xã"). */
export function unitText(text: SentenceText, f: Figure): string {
	return text.display
		.slice(f.unitStart, f.unitEnd)
		.replace(/\s+/g, ' ')
		.replace(/\s*\/\s*/g, '/');
}

/** The plan basis at offsets `[a, b)` as written, a trailing "(KH)" left out ("dự toán tỉnh giao"). */
export function basisText(text: SentenceText, [a, b]: readonly [number, number]): string {
	return text.display
		.slice(a, b)
		.replace(/\s*\(\s*KH\s*\)\s*$/iu, '')
		.replace(/\s+/g, ' ');
}

/** `s` with its first letter lower-cased, unless its first word is an abbreviation ("GRDP", "NSNN"). */
export function sentenceCase(s: string): string {
	const first = /^\S+/u.exec(s)?.[0] ?? '';
	if (first.length > 1 && first === first.toUpperCase() && first !== first.toLowerCase()) return s;
	return s.charAt(0).toLowerCase() + s.slice(1);
}

/**
 * The label of an indicator phrase as the article words it ("thu ngân sách nhà nước trên địa
 * bàn"); a bare "kết nạp" names what was admitted, a bare "hộ nghèo" reads "tỷ lệ hộ nghèo".
 */
export function keyLabel(text: SentenceText, s: Subject, f: Figure): string {
	const words = sentenceCase(text.display.slice(s.start, s.end).replace(/\s+/g, ' ').trim());
	if (s.key === 'party-admissions' && !/đảng viên/iu.test(words)) {
		return f.unit !== null && unitClass(f.unit) === 'count' ? `kết nạp ${unitText(text, f)}` : 'kết nạp đảng viên';
	}
	if (s.key === 'poverty-rate' && !/^tỷ lệ/iu.test(words)) return 'tỷ lệ hộ nghèo';
	return words;
}

// Words that may close an "other" label without belonging to it.
const TRAILING =
	/\s+(?:của\s+(?:toàn\s+)?(?:huyện|tỉnh|xã|thị\s+xã|thành\s+phố)|toàn\s+huyện|trên\s+địa\s+bàn(?:\s+(?:huyện|tỉnh))?|(?:trong\s+)?\d+\s+tháng(?:\s+đầu\s+năm)?(?:\s+(?:năm\s+)?\d{4})?|năm\s+\d{4}|quý\s+[ivx]+(?:\/\d{4})?|đã|được|ước|dự\s+kiến|cả\s+năm|hiện\s+nay|hiện|đến\s+nay|mới|chỉ|lên|nâng|nói\s+trên)$/iu;

/**
 * The label of an "other" figure: its noun phrase up to the reporting verb, or null when no
 * verb joins them or the phrase runs over a clause break or too many words.
 */
export function otherLabel(text: SentenceText, s: Subject, r: Reading): string | null {
	if (r.verb === null || r.verbStart < s.end) return null;
	const gap = text.t.slice(s.end, r.verbStart);
	// Short enumerations may sit in the phrase ("giá trị sản xuất nông, lâm, thủy sản"); other breaks may not.
	if (/[;:()"“”]/u.test(gap) || gap.split(',').some((part, i) => i > 0 && part.trim().split(/\s+/u).length > 3)) {
		return null;
	}
	let label = text.display.slice(s.start, r.verbStart).replace(/\s+/g, ' ').trim();
	for (let prev = ''; prev !== label; ) {
		prev = label;
		label = label.replace(TRAILING, '');
	}
	if (label.split(' ').length > 12) return null;
	return sentenceCase(label);
}
