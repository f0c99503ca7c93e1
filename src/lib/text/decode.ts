/**
 * Bytes of an article file to text, whatever encoding an editor's tools saved it in.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export interface Decoded {
	readonly text: string;
	readonly encoding: Encoding;
	/** The file had a byte-order mark. */
	readonly bom: boolean;
	/** The bytes look like a binary file (NUL bytes or many control characters), not text. */
	readonly binary: boolean;
	/**
	 * Byte sequences that are not UTF-8 in a file read as UTF-8 (stray bytes in otherwise valid
	 * text): dropped from `text`. Zero for every other encoding.
	 */
	readonly invalid: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Replacing = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Decodes UTF-8 (with or without BOM), UTF-16 with BOM (or without, when every other byte is
 * zero), and Windows-1258 when the bytes are not UTF-8. Bytes that are UTF-8 but for a few stray
 * sequences (at least `UTF8_VALID_PER_INVALID` valid multi-byte characters for each invalid
 * sequence) stay UTF-8, with the invalid sequences dropped and counted in `invalid`: real
 * Windows-1258 Vietnamese has an invalid sequence in almost every word and hardly any valid one.
 * Windows-1258 text comes out with combining tone marks; callers normalise to NFC.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
	const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
	if (a === 0xef && b === 0xbb && c === 0xbf) return lenientUtf8(bytes.subarray(3), true) ?? cp1258(bytes, true);
	if (a === 0xff && b === 0xfe) return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le', true);
	if (a === 0xfe && b === 0xff) return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be', true);
	const sixteen = utf16WithoutBom(bytes);
	if (sixteen) return finish(new TextDecoder(sixteen).decode(bytes), sixteen, false);
	try {
		return finish(utf8.decode(bytes), 'utf-8', false);
	} catch {
		return lenientUtf8(bytes, false) ?? cp1258(bytes, false);
	}
}

/** Valid multi-byte UTF-8 characters needed for each invalid sequence for bytes to be read as UTF-8. */
export const UTF8_VALID_PER_INVALID = 20;

const REPLACEMENT = 0xfffd;

/** UTF-8 with its few invalid sequences dropped, or null when there are too many to be UTF-8. */
function lenientUtf8(bytes: Uint8Array, bom: boolean): Decoded | null {
	const text = utf8Replacing.decode(bytes);
	let replaced = 0;
	let multibyte = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === REPLACEMENT) replaced++;
		// A surrogate pair is one character: count its high half only.
		else if (code >= 0x80 && (code < 0xdc00 || code > 0xdfff)) multibyte++;
	}
	// A U+FFFD written in the file (EF BF BD) is valid UTF-8, not a replaced sequence.
	const written = countReplacementCharacters(bytes);
	const invalid = replaced - written;
	multibyte += written;
	if (invalid === 0) return finish(text, 'utf-8', bom);
	if (multibyte < invalid * UTF8_VALID_PER_INVALID) return null;
	// Binary data is judged before the replacement characters go: they are part of what shows it.
	const binary = looksBinary(text);
	return { text: text.replaceAll('\uFFFD', ''), encoding: 'utf-8', bom, binary, invalid };
}

function countReplacementCharacters(bytes: Uint8Array): number {
	let n = 0;
	for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
		if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
	}
	return n;
}

function cp1258(bytes: Uint8Array, bom: boolean): Decoded {
	return finish(new TextDecoder('windows-1258').decode(bom ? bytes.subarray(3) : bytes), 'windows-1258', bom);
}

/**
 * The first `max` bytes of `bytes`, or fewer so that no character is cut in two: UTF-16 (by its
 * byte-order mark, or its zero bytes) is cut at a whole code unit and never between the halves
 * of a surrogate pair; anything else at the start of a UTF-8 sequence (at most three bytes
 * earlier). Windows-1258 has no multi-byte characters: backing off there loses at most three
 * bytes of a file already cut.
 */
export function cutBytes(bytes: Uint8Array, max: number): Uint8Array {
	if (bytes.length <= max) return bytes;
	const [a, b] = [bytes[0], bytes[1]];
	const sixteen =
		a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : utf16WithoutBom(bytes);
	let n = max;
	if (sixteen) {
		n -= n % 2;
		const high = sixteen === 'utf-16le' ? bytes[n - 1] : bytes[n - 2];
		// The last unit is the high half of a pair whose low half was cut off.
		if (n >= 2 && high !== undefined && high >= 0xd8 && high <= 0xdb) n -= 2;
		return bytes.subarray(0, n);
	}
	// bytes[n], the first byte left out, continues a character that starts before the cut.
	for (let back = 0; back < 3 && n > 0 && ((bytes[n] as number) & 0xc0) === 0x80; back++) n--;
	if (((bytes[n] as number) & 0xc0) === 0x80) n = max; // not UTF-8 after all: cut where asked
	return bytes.subarray(0, n);
}

/** UTF-16 saved without a BOM shows as zero bytes in every other position of ASCII text. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	const n = Math.min(bytes.length - (bytes.length % 2), 2000);
	if (n < 8) return null;
	let evenZeros = 0;
	let oddZeros = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenZeros++;
		if (bytes[i + 1] === 0) oddZeros++;
	}
	const pairs = n / 2;
	if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
	if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
	return null;
}

function finish(text: string, encoding: Encoding, bom: boolean): Decoded {
	return { text, encoding, bom, binary: looksBinary(text), invalid: 0 };
}

// Control characters but tab and line ends, and the replacement character.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it counts.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/g;

function looksBinary(text: string): boolean {
	const sample = text.slice(0, 4000);
	if (sample.includes('\u0000')) return true;
	// Counted by the regex engine: a text has none or a few, and a scan by charCodeAt in
	// JavaScript cost 5% of a whole article's extraction.
	const controls = sample.match(CONTROL)?.length ?? 0;
	return sample.length > 0 && controls / sample.length > 0.05;
}
