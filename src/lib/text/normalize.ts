/**
 * Cleaning of decoded article text, and the canonical tone placement the extractors match on.
 */

// One pass over the characters that cleaning changes: the look-alike Eth, invisible characters
// (zero-width, BOM, soft hyphen, bidi marks), odd spaces (NBSP and other fixed widths, tabs) and
// C0/C1 controls other than the line feed.
// biome-ignore lint/complexity/useRegexLiterals: a literal would hold control characters, which the linter rightly flags elsewhere.
const SPECIAL = new RegExp(
	'[\\u00D0\\u00F0\\u00AD\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\uFEFF\\t\\v\\f\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000\\u0000-\\u0009\\u000B-\\u001F\\u007F-\\u009F]',
	'g',
);
const SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;

function clean(c: string): string {
	if (c === '\u00D0') return '\u0110';
	if (c === '\u00F0') return '\u0111';
	return SPACES.test(c) ? ' ' : '';
}

/**
 * Returns article text as the extractors and pages expect it: LF line ends, NFC, `Đ`/`đ` for
 * the look-alike Icelandic `Ð`/`ð`, no invisible characters, plain spaces (runs collapsed), no
 * blanks at either end of a line. Idempotent.
 */
export function normalizeText(raw: string): string {
	const text = raw
		.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
		.normalize('NFC')
		.replace(SPECIAL, clean)
		.replace(/ {2,}/g, ' ');
	// Trimming line by line is cheaper than a regex that tries every space.
	return text
		.split('\n')
		.map((line) => line.trim())
		.join('\n')
		.trim();
}

// "oa", "oe", "uy" closing a syllable take the tone on their first vowel in the older convention
// ("hòa", "ủy") and on the second in the newer one ("hoà", "uỷ"); both are common, often in one
// article. MOVED maps each newer-style NFC pair to its older-style NFC pair, same length.
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const MOVED = new Map<string, string>();
for (const first of ['o', 'O', 'u', 'U']) {
	for (const second of first === 'o' || first === 'O' ? ['a', 'A', 'e', 'E'] : ['y', 'Y']) {
		for (const tone of TONES) {
			MOVED.set(
				(first + (second + tone).normalize('NFC')).normalize('NFC'),
				((first + tone).normalize('NFC') + second).normalize('NFC'),
			);
		}
	}
}
// Character classes rather than a 60-way alternation: the scan is per character; the map check
// in canonicalTones drops pairs the classes admit that are not in MOVED ("uà").
const NEW_STYLE = new RegExp(
	`(?<![qQ])[oOuU][${[...new Set([...MOVED.keys()].map((k) => k.charAt(1)))].join('')}](?![\\p{L}\\p{M}])`,
	'gu',
);

/**
 * Moves the tone of a syllable-final "oa", "oe" or "uy" to its first vowel ("Hoà" → "Hòa",
 * "Uỷ" → "Ủy"), leaving every other character as it is. The result has the same length as
 * the NFC input and the same characters at every other index, so offsets found in it are
 * offsets in the input.
 */
export function canonicalTones(nfc: string): string {
	return nfc.replace(NEW_STYLE, (pair) => MOVED.get(pair) ?? pair);
}
