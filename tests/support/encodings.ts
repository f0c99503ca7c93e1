/**
 * Article bytes in the encodings editors' tools produce, made from text, for tests.
 */

/** UTF-16 code units, little- or big-endian, with or without a byte-order mark. */
export function utf16(text: string, littleEndian = true, bom = true): Uint8Array {
	const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
	let n = 0;
	if (bom) {
		out[n++] = littleEndian ? 0xff : 0xfe;
		out[n++] = littleEndian ? 0xfe : 0xff;
	}
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		out[n++] = littleEndian ? c & 0xff : c >> 8;
		out[n++] = littleEndian ? c >> 8 : c & 0xff;
	}
	return out;
}

const CP1258 = new TextDecoder('windows-1258');
const BYTE = new Map<string, number>();
for (let b = 0; b < 256; b++) BYTE.set(CP1258.decode(new Uint8Array([b])), b);
// Marks that Windows-1258 keeps on precomposed letters (â ă ê ô ơ ư); tone marks stay combining.
const LETTER_MARKS = new Set(['\u0302', '\u0306', '\u031B']);

/**
 * Windows-1258 bytes of Vietnamese text, as Windows writes them: letters with circumflex, breve
 * or horn precomposed, tone marks as separate combining bytes. Characters the code page lacks
 * become "?".
 */
export function windows1258(text: string): Uint8Array {
	const out: number[] = [];
	const chars = [...text.normalize('NFD')];
	for (let i = 0; i < chars.length; i++) {
		let base = chars[i] ?? '';
		const tones: string[] = [];
		while (i + 1 < chars.length && /\p{M}/u.test(chars[i + 1] ?? '')) {
			const mark = chars[++i] ?? '';
			if (LETTER_MARKS.has(mark) && BYTE.has((base + mark).normalize('NFC'))) base = (base + mark).normalize('NFC');
			else tones.push(mark);
		}
		for (const c of [base, ...tones]) out.push(BYTE.get(c) ?? 0x3f);
	}
	return new Uint8Array(out);
}

/** Text that was UTF-8, read as Windows-1252 and saved again as UTF-8 ("Äiá»‡n"). */
export function doubleEncoded(text: string): Uint8Array {
	return new TextEncoder().encode(new TextDecoder('windows-1252').decode(new TextEncoder().encode(text)));
}
