/**
 * JSON for files the site publishes: the same data, with "<", ">" and "&" written as \u escapes
 * so that no string from an article reads as markup wherever the JSON is pasted or embedded.
 */

const MARKUP = /[<>&]/g;

function escapeMarkup(json: string): string {
	return json.replace(MARKUP, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}

/** Pretty-printed JSON (tabs, closing newline) with markup characters escaped. */
export function jsonForWeb(value: unknown): string {
	return `${escapeMarkup(JSON.stringify(value, null, '\t'))}\n`;
}

/**
 * `value` as an element of a top-level array in `jsonForWeb`: its text one tab further in on every
 * line after the first (strings in JSON hold no raw line break, so every "\n" is the layout's).
 */
export function jsonElementForWeb(value: unknown): string {
	// What JSON.stringify writes for an item it cannot represent (undefined, a function).
	const json = JSON.stringify(value, null, '\t') ?? 'null';
	return escapeMarkup(json).replaceAll('\n', '\n\t');
}

/**
 * The UTF-8 bytes of `jsonForWeb([...])` from the UTF-8 bytes of its elements' texts
 * (`jsonElementForWeb`), in order: the whole text is never one string (briefings.json of 10,000
 * articles is 44 MB of UTF-8, twice that as a string, and a string is copied at each step from
 * JSON to the file).
 */
export function jsonArrayBytes(elements: Iterable<Uint8Array>): Uint8Array<ArrayBuffer> {
	const parts = [...jsonArrayChunks(elements)];
	const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const part of parts) {
		bytes.set(part, at);
		at += part.length;
	}
	return bytes;
}

const encoder = new TextEncoder();
const FIRST = encoder.encode('[\n\t');
const NEXT = encoder.encode(',\n\t');
const END = encoder.encode('\n]\n');
const NONE = encoder.encode('[]\n');

/**
 * The bytes of `jsonArrayBytes(elements)` as a sequence of pieces, each element's as it comes:
 * for a file written piece by piece, never held whole.
 */
export function* jsonArrayChunks(elements: Iterable<Uint8Array>): Generator<Uint8Array> {
	let first = true;
	for (const element of elements) {
		yield first ? FIRST : NEXT;
		yield element;
		first = false;
	}
	yield first ? NONE : END;
}
