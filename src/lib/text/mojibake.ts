/**
 * Repair of Vietnamese text that was UTF-8, then read as Windows-1252 (or Latin-1) and saved
 * again as UTF-8: "Äiá»‡n BiÃªn" back to "Điện Biên".
 */

const CP1252 = new TextDecoder('windows-1252');
/** Each character Windows-1252 decodes a byte to, mapped back to that byte. */
const BYTE_OF = new Map<string, number>();
for (let b = 0; b < 256; b++) BYTE_OF.set(CP1252.decode(new Uint8Array([b])), b);
// Latin-1 readings put C1 controls where Windows-1252 has letters; accept those bytes too.
for (let b = 0x80; b < 0xa0; b++) if (!BYTE_OF.has(String.fromCharCode(b))) BYTE_OF.set(String.fromCharCode(b), b);

// Lead bytes of UTF-8 Vietnamese as they look in Windows-1252: "Ã" (C3), "Ä" (C4), "Æ" (C6),
// "áº"/"á»" (E1 BA/BB), each followed by a continuation byte's character.
const MARKERS =
	/(?:Ã[\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|Ä[\u0080-\u00BF‘’“”]|Æ[°¯]|á[º»][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ])/g;
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/giu;

/** True when the text shows the marks of UTF-8 read as Windows-1252. */
export function looksDoubleEncoded(text: string): boolean {
	const markers = text.match(MARKERS)?.length ?? 0;
	return markers >= 3 && markers > (text.match(VIETNAMESE)?.length ?? 0) / 4;
}

/**
 * The repaired text, or null when it cannot be repaired (a character outside Windows-1252, or
 * bytes that are not UTF-8): then the text is kept as it was.
 */
export function repairDoubleEncoding(text: string): string | null {
	const bytes = new Uint8Array(text.length * 3);
	let n = 0;
	for (const ch of text) {
		const b = BYTE_OF.get(ch);
		if (b !== undefined) {
			bytes[n++] = b;
			continue;
		}
		// Characters the mis-reading never produced (already fine text) go through as UTF-8.
		const encoded = new TextEncoder().encode(ch);
		bytes.set(encoded, n);
		n += encoded.length;
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n));
	} catch {
		return null;
	}
}
