/**
 * The fingerprint of an article's cleaned text: equal for copies of one article that differ only
 * in case and line breaks, so that the second copy is reported as a duplicate.
 */

// FNV-1a in two 32-bit lanes over the lower-cased text, each run of line breaks read as one
// space (copies of one article differ in case and line breaks); finding copies needs no
// cryptographic strength, and this is several times cheaper than a SHA-1 of a normalised copy.
// The lanes start as int32s: a start above 2^31 made V8 keep the lane as a double and convert it
// at every character, which doubled the time.
const LANE_A = 0x811c9dc5 | 0;
const LANE_B = 0x01000193;

// The lower case of each code unit below TABLE_END (Latin, Vietnamese, Greek, Cyrillic and the
// common punctuation), lowered together in one string; 0 where a code unit does not lower to one
// code unit whatever its neighbours: "İ" lowers to two, "Σ" by what follows it, and NUL is 0.
const TABLE_END = 0x2100;
const SPECIAL = new Set([0x130, 0x3a3]);
const LOWER = new Uint16Array(TABLE_END);
{
	const units = Array.from({ length: TABLE_END }, (_, c) => (SPECIAL.has(c) ? 0 : c));
	const lowered = String.fromCharCode(...units).toLowerCase();
	// Were another code unit to lower to two, the table would stay 0: every text lowered whole.
	if (lowered.length === TABLE_END) {
		for (let c = 0; c < TABLE_END; c++) LOWER[c] = SPECIAL.has(c) ? 0 : lowered.charCodeAt(c);
	}
}

/** 16 hex digits; "" never (an empty text still hashes). */
export function fingerprint(text: string): string {
	// Each character lowered by the table as it is read: lowering the whole text first, then
	// joining its line breaks, cost as much again as the hashing.
	let a = LANE_A;
	let b = LANE_B;
	let afterFeed = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		let d = c < TABLE_END ? (LOWER[c] as number) : lowerBeyondTable(c);
		if (d === 0) return fingerprintOfLowered(text.toLowerCase());
		if (d === 10) {
			if (afterFeed) continue;
			afterFeed = true;
			d = 32;
		} else afterFeed = false;
		a = Math.imul(a ^ d, 0x01000193);
		b = Math.imul(b ^ d, 0x5bd1e995) ^ (b >>> 15);
	}
	return hex(a, b);
}

/**
 * The same digits from the text lowered whole (`text.toLowerCase()`): for the texts whose
 * characters the table cannot lower one at a time.
 */
function fingerprintOfLowered(lower: string): string {
	const joined = lower.replace(/\n\n+/g, '\n');
	let a = LANE_A;
	let b = LANE_B;
	for (let i = 0; i < joined.length; i++) {
		const c = joined.charCodeAt(i);
		const d = c === 10 ? 32 : c;
		a = Math.imul(a ^ d, 0x01000193);
		b = Math.imul(b ^ d, 0x5bd1e995) ^ (b >>> 15);
	}
	return hex(a, b);
}

function hex(a: number, b: number): string {
	return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** The lower case of a code unit from TABLE_END on; 0 for half of a surrogate pair (the pair lowers together). */
function lowerBeyondTable(c: number): number {
	if (c >= 0xd800 && c <= 0xdfff) return 0;
	return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}
