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
 * The UTF-8 bytes of `jsonForWeb([...items])`, written one item at a time: the whole text is
 * never one string (briefings.json of 10,000 articles is 44 MB of UTF-8, twice that as a string,
 * and a string is copied at each step from JSON to the file).
 */
export function jsonArrayForWeb(items: Iterable<unknown>): Uint8Array<ArrayBuffer> {
	const encoder = new TextEncoder();
	const parts: Uint8Array[] = [];
	for (const item of items) {
		// What JSON.stringify writes for an item it cannot represent (undefined, a function).
		const json = JSON.stringify(item, null, '\t') ?? 'null';
		// An item is one level deep in the array: each of its lines one tab further in (strings in
		// JSON hold no raw line break, so every "\n" is one of the layout's).
		parts.push(
			encoder.encode(`${parts.length === 0 ? '[\n\t' : ',\n\t'}${escapeMarkup(json).replaceAll('\n', '\n\t')}`),
		);
	}
	parts.push(encoder.encode(parts.length === 0 ? '[]\n' : '\n]\n'));
	const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const part of parts) {
		bytes.set(part, at);
		at += part.length;
	}
	return bytes;
}
