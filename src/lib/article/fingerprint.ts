/**
 * The fingerprint of an article's cleaned text: equal for copies of one article that differ only
 * in case and line breaks, so that the second copy is reported as a duplicate.
 */

/** 16 hex digits; "" never (an empty text still hashes). */
export function fingerprint(text: string): string {
	// FNV-1a in two 32-bit lanes over the lower-cased text, each run of line breaks read as one
	// space (copies of one article differ in case and line breaks); finding copies needs no
	// cryptographic strength, and this is several times cheaper than a SHA-1 of a normalised copy.
	const lower = text.toLowerCase();
	let a = 0x811c9dc5;
	let b = 0x01000193;
	for (let i = 0; i < lower.length; i++) {
		let c = lower.charCodeAt(i);
		if (c === 10) {
			if (lower.charCodeAt(i + 1) === 10) continue;
			c = 32;
		}
		a = Math.imul(a ^ c, 0x01000193);
		b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
	}
	return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
