/**
 * JSON for files the site publishes: the same data, with "<", ">" and "&" written as \u escapes
 * so that no string from an article reads as markup wherever the JSON is pasted or embedded.
 */

/** Pretty-printed JSON (tabs, closing newline) with markup characters escaped. */
export function jsonForWeb(value: unknown): string {
	return `${JSON.stringify(value, null, '\t').replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`)}\n`;
}
