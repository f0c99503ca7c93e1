/**
 * Cleaning of decoded article text, and the canonical tone placement the extractors match on.
 */

// Zero-width characters, the BOM, soft hyphens and bidi marks carry no text.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
// NBSP and the other fixed-width spaces that scraped pages put between numbers and units.
const ODD_SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// C0/C1 controls other than the line feed.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;

/**
 * Returns article text as the extractors and pages expect it: LF line ends, NFC, `Đ`/`đ` for
 * the look-alike Icelandic `Ð`/`ð`, no invisible characters, plain spaces (runs collapsed), no
 * trailing blanks on a line. Idempotent.
 */
export function normalizeText(raw: string): string {
	return raw
		.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
		.normalize('NFC')
		.replace(/\u00D0/g, '\u0110')
		.replace(/\u00F0/g, '\u0111')
		.replace(INVISIBLE, '')
		.replace(ODD_SPACES, ' ')
		.replace(CONTROLS, '')
		.replace(/ {2,}/g, ' ')
		.replace(/ +\n/g, '\n')
		.replace(/\n +/g, '\n')
		.trim();
}

// The five tone marks, as combining characters.
const TONES = '\u0300\u0301\u0303\u0309\u0323';
// "oa", "oe", "uy" closing a syllable take the tone on their first vowel in the older
// convention ("hòa", "ủy") and on the second in the newer one ("hoà", "uỷ"); both are common,
// often in one article. The match is on NFD so that every case and tone is one pattern.
const NEW_STYLE = new RegExp(`(?<![qQ])([oOuU])([aAeEyY])([${TONES}])(?![\\p{L}\\p{M}])`, 'gu');

/**
 * Moves the tone of a syllable-final "oa", "oe" or "uy" to its first vowel ("Hoà" → "Hòa",
 * "Uỷ" → "Ủy"), leaving every other character as it is. The result has the same length as
 * the NFC input and the same characters at every other index, so offsets found in it are
 * offsets in the input.
 */
export function canonicalTones(nfc: string): string {
	if (!/[\u00C0-\u1EF9]/.test(nfc)) return nfc;
	// Work per word so that only words that need it pay for NFD and NFC.
	return nfc.replace(/[\p{L}\p{M}]+/gu, (word) => {
		if (!/[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ]/u.test(word)) return word;
		const moved = word
			.normalize('NFD')
			.replace(NEW_STYLE, (_m, first: string, second: string, tone: string) => first + tone + second)
			.normalize('NFC');
		// A word that would change length (no precomposed form) is left alone.
		return moved.length === word.length ? moved : word;
	});
}
