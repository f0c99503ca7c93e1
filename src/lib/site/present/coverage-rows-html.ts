/**
 * The rows of a province's table of districts (the CoverageTable component's `<tbody>`),
 * written as text, escaped as Astro escapes a template (`../markup.ts`), instead of rendered by
 * Astro row by row.
 */
import { formatShortDate } from '../../format/dates.ts';
import { attribute, escapeText } from '../markup.ts';
import type { DistrictCoverage } from '../model/types.ts';

/**
 * A `<tr>` per district-level unit: its name (a link when it has a page), type and code, how
 * many briefings cover it (and round-ups that mention it), and the latest one's day; a unit no
 * briefing covers is muted and unlinked.
 */
export function coverageRowsHtml(districts: readonly DistrictCoverage[], href: (path: string) => string): string {
	let out = '';
	for (const c of districts) {
		const name = escapeText(c.district.name);
		out +=
			`<tr${c.page ? '' : ' class="is-uncovered"'}><th scope="row">` +
			(c.page ? `<a${attribute('href', href(c.ref.path))}>${name}</a>` : name) +
			`<span class="sub">${escapeText(c.ref.typeLabel)} · ${escapeText(c.district.code)}</span></th>` +
			`<td class="n">${c.page ? c.count : 'chưa có'}${c.mentions > 0 ? `<span class="sub">+${c.mentions} bài tổng hợp</span>` : ''}</td>` +
			`<td class="n">${c.latest ? escapeText(formatShortDate(c.latest)) : '–'}</td></tr>`;
	}
	return out;
}
