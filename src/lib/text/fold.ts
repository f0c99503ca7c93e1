/**
 * Keys for comparing Vietnamese text: one that ignores case and tone placement, one that
 * ignores every diacritic (for search and slugs).
 */
import { canonicalTones } from './normalize.ts';

/**
 * A key equal for spellings that differ only in case, Unicode form or tone placement
 * ("Hoà Bình", "HÒA BÌNH", NFD "Hòa Bình" → "hòa bình"). Tone and vowel marks are kept: "Hòa"
 * and "Hóa" stay apart. Whitespace runs become one space.
 */
export function matchKey(s: string): string {
	return canonicalTones(
		s
			.normalize('NFC')
			.replace(/\u00D0/g, 'Đ')
			.replace(/\u00F0/g, 'đ'),
	)
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Plain ASCII letters and digits: every mark removed and `đ` written `d` ("Điện Biên Đông" →
 * "dien bien dong"). What readers type when they leave the diacritics out.
 */
export function asciiFold(s: string): string {
	return s
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.replace(/[đĐðÐ]/g, (c) => (c === 'đ' || c === 'ð' ? 'd' : 'D'))
		.normalize('NFC');
}

/**
 * The URL slug of a name: ASCII-folded, lower case, runs of anything but letters and digits
 * turned into one hyphen ("Thị xã Mường Lay" → "thi-xa-muong-lay"). Empty only for a name with
 * no letter or digit at all.
 */
export function slugify(s: string): string {
	return asciiFold(s)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
