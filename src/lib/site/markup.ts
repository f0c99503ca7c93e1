/**
 * HTML written as Astro writes a template, for what pages print many times, made as text instead
 * of rendered by Astro each time (the frame's head tags, header and footer, the breadcrumbs, a
 * briefing's search fields, the items of a list): Astro renders each component, each spread of
 * attributes and each item of a template's list on its own, and at 10,000 articles a build has
 * some 19,500 pages. These functions escape as Astro does, so
 * the bytes are those Astro wrote; anything of an article passes through them, never around.
 */

const TEXT_ESCAPES: Readonly<Record<string, string>> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	"'": '&#39;',
	'"': '&quot;',
};
const TEXT_SPECIAL = /[&<>'"]/g;
const TEXT_SPECIAL_ANY = /[&<>'"]/;
const ATTRIBUTE_SPECIAL = /[&"]/;
const ATTRIBUTE_SPECIAL_ALL = /[&"]/g;

/** A text as Astro writes a string in a template (`{text}`): `& < > ' "` escaped. */
export function escapeText(text: string): string {
	return TEXT_SPECIAL_ANY.test(text) ? text.replace(TEXT_SPECIAL, (c) => TEXT_ESCAPES[c] ?? c) : text;
}

/**
 * An attribute as Astro writes `name={value}` or a spread of it: ` name="value"` with `&` and `"`
 * escaped (Astro leaves `<`, `>` and `'` as they are inside the quotes), the bare name for an
 * empty text, nothing for undefined or null. Only for ordinary attributes: not `class:list`,
 * `style`, nor a boolean one (`hidden`, `disabled`…), which Astro writes otherwise.
 */
export function attribute(name: string, value: string | null | undefined): string {
	if (value === undefined || value === null) return '';
	if (value === '') return ` ${name}`;
	// Most values hold neither: they are written as they are, with no copy made.
	if (!ATTRIBUTE_SPECIAL.test(value)) return ` ${name}="${value}"`;
	return ` ${name}="${value.replace(ATTRIBUTE_SPECIAL_ALL, (c) => TEXT_ESCAPES[c] ?? c)}"`;
}

/** A void element (`<meta …>`, `<link …>`) with its attributes in their order, as Astro writes `<meta {...attributes} />`. */
export function voidElement(name: string, attributes: Readonly<Record<string, string | undefined>>): string {
	let out = `<${name}`;
	for (const key of Object.keys(attributes)) out += attribute(key, attributes[key]);
	return `${out}>`;
}
