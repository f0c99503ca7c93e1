/**
 * The figures of one briefing as a table (the IndicatorTable component), written as text,
 * escaped as Astro escapes a template (`../markup.ts`), instead of rendered by Astro cell by
 * cell: every briefing's page prints one, a row an indicator and a cell a measure.
 */
import type { Indicator } from '../../../schemas/briefing.ts';
import {
	articleWording,
	FIELD_LABELS,
	formatFigure,
	hedgeOf,
	indicatorName,
	isThreshold,
} from '../../format/indicators.ts';
import { attribute, escapeText } from '../markup.ts';
import { unitOf, usedFields } from '../model/indicator-series.ts';
import type { DistrictRef } from '../model/types.ts';
import { paths } from '../paths.ts';
import type { FigureSources } from './figure-sources.ts';
import { repeatNames } from './indicator-rows.ts';
import { NOT_GIVEN_HTML } from './not-given.ts';
import { planBarHtml } from './plan-bar-html.ts';

/** What the table shows (the IndicatorTable component's props). */
export interface IndicatorTableInput {
	readonly indicators: readonly Indicator[];
	readonly caption: string;
	/** The briefing's districts: a figure about one of them (a ranking entry) links to its page. */
	readonly districts: readonly DistrictRef[];
	/** Where each indicator's figures are in the page's text (see figureSources), if the page has it. */
	readonly sources?: FigureSources | undefined;
}

/**
 * The `<table>`: a row per indicator in the article's order, a column per measure the article
 * reports. A row's head names the indicator (a link to its page, unless "other"), its wording
 * or its twin's distinction, its district, and its sentence with its figures marked; each
 * figure links to the sentence in the text when the page has it, "% of plan" with its bar
 * (none for a threshold) and its basis. `href` makes a site path a link.
 */
export function indicatorTableHtml(table: IndicatorTableInput, href: (path: string) => string): string {
	const { indicators, districts, sources } = table;
	const fields = usedFields(indicators);
	const twins = repeatNames(indicators);
	let out = `<table class="data data--stack indicators"><caption>${escapeText(table.caption)}</caption><thead><tr><th scope="col">Chỉ tiêu</th>`;
	for (const f of fields) out += `<th scope="col" class="n">${escapeText(FIELD_LABELS[f])}</th>`;
	out += '</tr></thead><tbody>';
	indicators.forEach((i, n) => {
		const name = escapeText(indicatorName(i.key, i.label));
		const source = sources?.idOf(i);
		const sourceHref = source ? attribute('href', `#${source}`) : '';
		const twin = twins[n];
		const district = i.district ? districts.find((d) => d.name === i.district) : undefined;
		out +=
			'<tr><th scope="row">' +
			(i.key === 'other'
				? name
				: `<a class="indicator-link"${attribute('href', href(paths.indicator(i.key)))} title="So sánh các huyện về chỉ tiêu này">${name}</a>`) +
			(twin
				? `<span class="sub">${escapeText(twin)}</span>`
				: articleWording(i.key, i.label)
					? `<span class="sub">“${escapeText(i.label)}”</span>`
					: '') +
			(district
				? `<span class="sub"><a${attribute('href', href(district.path))}>${escapeText(district.fullName)}</a></span>`
				: '');
		if (i.sentence) {
			out += '<details class="source"><summary>Câu trong bài</summary><p class="source__text">';
			for (const q of sources?.quoteOf(i) ?? [{ text: i.sentence, mark: false }]) {
				out += q.mark ? `<mark class="source-figure">${escapeText(q.text)}</mark>` : escapeText(q.text);
			}
			out += `</p>${source ? `<a class="source__link"${sourceHref}>Xem trong bài ↓</a>` : ''}</details>`;
		}
		out += '</th>';
		for (const f of fields) {
			const value = i[f];
			const label = attribute('data-label', FIELD_LABELS[f]);
			if (value === undefined) {
				out += `<td class="n none is-empty"${label}>${NOT_GIVEN_HTML}</td>`;
				continue;
			}
			const hedge = hedgeOf(i, f);
			const figure = escapeText(formatFigure(f, { value, hedge, of: i.of }, unitOf(i, f)));
			out +=
				`<td class="n"${label}><span class="cell"><span class="fig-value">` +
				(source ? `<a${sourceHref} title="Câu nguồn trong bài">${figure}</a>` : figure) +
				'</span>' +
				// A threshold is no result: no bar of it.
				(f === 'planPercent' && !isThreshold(hedge) ? planBarHtml(value, hedge) : '') +
				(f === 'planPercent' && i.planBasis ? `<span class="sub">${escapeText(i.planBasis)}</span>` : '') +
				'</span></td>';
		}
		out += '</tr>';
	});
	return `${out}</tbody></table>`;
}
