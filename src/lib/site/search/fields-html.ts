/**
 * The inside of a briefing page's search fields (`<div class="search-fields" hidden
 * data-pagefind-ignore>`): empty elements carrying in attributes what the site search indexes
 * of a briefing besides its visible text (`searchFields`): filters, result metadata, then the
 * date sort key. Written as text, escaped as Astro escapes attributes (`attribute`), instead of
 * rendered by Astro as a component of a dozen elements on each briefing's page.
 */
import { attribute } from '../markup.ts';
import type { SearchFields } from './index-fields.ts';

/** The elements of `fields`: its filters and metadata in their order (a metadata key without a text left out), then the sort key. */
export function searchFieldsHtml(fields: SearchFields): string {
	let out = '';
	for (const [key, values] of Object.entries(fields.filters)) {
		for (const value of values)
			out += `<span${attribute('data-pagefind-filter', `${key}[data-value]`)}${attribute('data-value', value)}></span>`;
	}
	for (const [key, value] of Object.entries(fields.meta)) {
		if (typeof value === 'string')
			out += `<span${attribute('data-pagefind-meta', `${key}[data-value]`)}${attribute('data-value', value)}></span>`;
	}
	return `${out}<span data-pagefind-sort="date[data-value]"${attribute('data-value', fields.sort.date)}></span>`;
}
