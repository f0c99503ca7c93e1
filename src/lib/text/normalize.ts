/**
 * Cleaning of decoded article text, and the canonical tone placement the extractors match on.
 */

// One pass over the characters that cleaning changes: the look-alike Eth, invisible characters
// (zero-width, BOM, soft hyphen, bidi marks and isolates, the Arabic letter mark), odd spaces
// (NBSP and other fixed widths, tabs) and C0/C1 controls other than the line feed.
// biome-ignore lint/complexity/useRegexLiterals: a literal would hold control characters, which the linter rightly flags elsewhere.
const SPECIAL = new RegExp(
	'[\\u00D0\\u00F0\\u00AD\\u061C\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\t\\v\\f\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000\\u0000-\\u0009\\u000B-\\u001F\\u007F-\\u009F]',
	'g',
);
// What no text holds and XML forbids, dropped in a second pass that runs only when one of them
// may be there (in that class, the characters below would make the first pass ten times slower):
// noncharacters (U+FDD0–U+FDEF, U+FFFE, U+FFFF, and U+1FFFE … U+10FFFF written as pairs), and
// surrogates that are not half of a pair (text that was cut or mis-decoded).
const UNUSUAL = /[\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;
const BROKEN =
	/[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;

function clean(c: string): string {
	if (c === '\u00D0') return '\u0110';
	if (c === '\u00F0') return '\u0111';
	return SPACES.test(c) ? ' ' : '';
}

/**
 * Returns article text as the extractors and pages expect it: LF line ends, NFC, `Đ`/`đ` for
 * the look-alike Icelandic `Ð`/`ð`, no invisible characters (bidi controls included), no
 * noncharacters, lone surrogates or controls but the line feed (so every character is one XML 1.0
 * allows), plain spaces (runs collapsed), no blanks at either end of a line. Idempotent.
 */
export function normalizeText(raw: string): string {
	// Most texts need NFC alone: one look at each character, instead of the passes.
	return needsNfcOnly(raw) ? raw.normalize('NFC') : normalizeByPasses(raw);
}

/** What `normalizeText` gives, by all its passes whatever the text (for the tests). */
export function normalizeByPasses(raw: string): string {
	let text = raw
		.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
		.normalize('NFC')
		.replace(SPECIAL, clean);
	if (UNUSUAL.test(text)) text = text.replace(BROKEN, '');
	text = text.replace(/ {2,}/g, ' ');
	// Trimming line by line is cheaper than a regex that tries every space.
	return text
		.split('\n')
		.map((line) => line.trim())
		.join('\n')
		.trim();
}

// What `needsNfcOnly` reads of each UTF-16 code unit: bit 0, the passes change it (a line
// separator other than the line feed, a character of SPECIAL or UNUSUAL; also, to keep this
// short, any from U+2000 to U+206F but quotation marks, dashes and dots, and any surrogate);
// bits 1-2, its class: 1 a space, 2 a line feed, 0 anything else. Made by a function marked
// pure, so that the search page's script, which imports this file for `canonicalTones`, leaves
// it out.
const CODE_UNITS = /* @__PURE__ */ codeUnits();
// The classes of two neighbours (before << 2 | after; 3 before the first) that the passes change:
// a space after a space or a line feed, a line feed after a space, either first.
const CHANGED_PAIRS = /* @__PURE__ */ changedPairs();

function codeUnits(): Uint8Array {
	const units = new Uint8Array(0x10000);
	for (let c = 0; c < 0x10000; c++) {
		const changed =
			(c < 32 && c !== 10) ||
			(c >= 0x7f && c <= 0xa0) ||
			c === 0xad ||
			c === 0xd0 ||
			c === 0xf0 ||
			c === 0x061c ||
			c === 0x180e ||
			c === 0x1680 ||
			(c >= 0x2000 && c <= 0x200f) ||
			(c >= 0x2028 && c <= 0x206f) ||
			c === 0x3000 ||
			(c >= 0xd800 && c <= 0xdfff) ||
			(c >= 0xfdd0 && c <= 0xfdef) ||
			c === 0xfeff ||
			c >= 0xfffe;
		units[c] = (changed ? 1 : 0) | (c === 32 ? 2 : c === 10 ? 4 : 0);
	}
	return units;
}

function changedPairs(): Uint8Array {
	const pairs = new Uint8Array(16);
	for (const pair of [(1 << 2) | 1, (2 << 2) | 1, (1 << 2) | 2, (3 << 2) | 1, (3 << 2) | 2]) pairs[pair] = 1;
	return pairs;
}

/**
 * True when `raw` holds nothing the passes of `normalizeText` change (see CODE_UNITS and
 * CHANGED_PAIRS; nor a blank at its end): its NFC is then its clean text, NFC making none of
 * them. False for a few texts that need NFC alone: they take the passes.
 */
function needsNfcOnly(raw: string): boolean {
	const n = raw.length;
	let changed = 0;
	let before = 3;
	// Without a branch inside (V8 runs such a loop several times faster), a stretch at a time,
	// so that a text the passes change is mostly left at its first stretch.
	for (let from = 0; from < n && changed === 0; from += 512) {
		const to = Math.min(n, from + 512);
		for (let i = from; i < to; i++) {
			const unit = CODE_UNITS[raw.charCodeAt(i)] as number;
			const k = unit >> 1;
			changed |= (unit & 1) | (CHANGED_PAIRS[(before << 2) | k] as number);
			before = k;
		}
	}
	return changed === 0 && before === 0;
}

/**
 * A one-line field from an untrusted source (a frontmatter title, outlet, name, label): cleaned as
 * article text is (see `normalizeText`), its line breaks turned into spaces.
 */
export function cleanField(s: string): string {
	return normalizeText(s).replace(/\n+/g, ' ');
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
