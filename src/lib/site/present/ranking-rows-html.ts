/**
 * The rows of a ranking's table (the ComparisonFigure component's `<tbody>`) written as text,
 * escaped as Astro escapes a template (`../markup.ts`), instead of rendered by Astro row by row:
 * an indicator's page ranks hundreds of districts, a province's page each of its measures.
 */
import { formatFigure } from '../../format/indicators.ts';
import { attribute, escapeText } from '../markup.ts';
import type { Comparison } from '../model/types.ts';
import { sourcePath } from './figure-sources.ts';
import { periodOf } from './figure-time.ts';

/**
 * A `<tr>` per district: rank, district (with its province when `withProvince`), its figure
 * linking to its sentence (with its basis), the period, and the briefing, which `links` names
 * (`linkTexts` of the rows' briefings, in the rows' order); `href` makes a site path a link.
 */
export function rankingRowsHtml(
	c: Comparison,
	links: readonly string[],
	withProvince: boolean,
	href: (path: string) => string,
): string {
	let out = '';
	c.rows.forEach((r, i) => {
		const { point, district } = r;
		const b = point.briefing;
		const period = periodOf(b);
		out +=
			`<tr><td class="n rank">${r.rank}</td>` +
			`<th scope="row"><a${attribute('href', href(district.path))}>${escapeText(district.fullName)}</a>` +
			(withProvince ? `<span class="sub">${escapeText(district.province.name)}</span>` : '') +
			`</th><td class="n figure-cell"><a${attribute('href', href(sourcePath(b, point.sentence)))} title="Câu nguồn trong bài">` +
			`${escapeText(formatFigure(c.field, point, c.unit))}</a>` +
			(point.basis ? `<span class="sub">so với ${escapeText(point.basis)}</span>` : '') +
			`</td><td class="period">${period === null ? '<span class="muted">Không nêu</span>' : escapeText(period)}</td>` +
			`<td class="briefing-cell"><a${attribute('href', href(b.path))}${attribute('title', b.entry.title)}>${escapeText(links[i] ?? '')}</a></td></tr>`;
	});
	return out;
}
