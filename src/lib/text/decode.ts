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
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes UTF-8 (with or without BOM), UTF-16 with BOM (or without, when every other byte is
 * zero), and Windows-1258 when the bytes are not valid UTF-8. Windows-1258 text comes out with
 * combining tone marks; callers normalise to NFC.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
	const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
	if (a === 0xef && b === 0xbb && c === 0xbf) return finish(utf8Lenient(bytes.subarray(3)), 'utf-8', true);
	if (a === 0xff && b === 0xfe) return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le', true);
	if (a === 0xfe && b === 0xff) return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be', true);
	const sixteen = utf16WithoutBom(bytes);
	if (sixteen) return finish(new TextDecoder(sixteen).decode(bytes), sixteen, false);
	try {
		return finish(utf8.decode(bytes), 'utf-8', false);
	} catch {
		return finish(new TextDecoder('windows-1258').decode(bytes), 'windows-1258', false);
	}
}

function utf8Lenient(bytes: Uint8Array): string {
	return new TextDecoder('utf-8').decode(bytes);
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
	return { text, encoding, bom, binary: looksBinary(text) };
}

function looksBinary(text: string): boolean {
	const sample = text.slice(0, 4000);
	if (sample.includes('\u0000')) return true;
	let controls = 0;
	for (let i = 0; i < sample.length; i++) {
		const c = sample.charCodeAt(i);
		if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) controls++;
	}
	return sample.length > 0 && controls / sample.length > 0.05;
}
