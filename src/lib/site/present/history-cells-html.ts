/**
 * The columns of a district's table of figures over time (the HistoryTable component): their
 * heads and each row's cells, written as text, escaped as Astro escapes a template
 * (`../markup.ts`), instead of rendered by Astro cell by cell: a column per briefing of the
 * district, a row per indicator and measure, hundreds of cells on a district's page.
 */
import { formatFigure } from '../../format/indicators.ts';
import { attribute, escapeText } from '../markup.ts';
import type { Briefing, IndicatorPoint, IndicatorSeries } from '../model/types.ts';
import { sourcePath } from './figure-sources.ts';
import type { ColumnHead } from './figure-time.ts';
import { NOT_GIVEN_HTML } from './not-given.ts';

type Href = (path: string) => string;

/** A figure as its cell writes it: the unit is the row heading's, except per cents. */
export function historyCellText(s: IndicatorSeries, p: IndicatorPoint): string {
	return formatFigure(s.field, p, s.field === 'value' || s.field === 'change' ? '' : '%');
}

/** A `<th>` per briefing, oldest first: its period over its day (`heads`, one per column), linking to it. */
export function historyHeadsHtml(columns: readonly Briefing[], heads: readonly ColumnHead[], href: Href): string {
	let out = '';
	columns.forEach((b, i) => {
		const head = heads[i];
		out +=
			`<th scope="col" class="n"><a${attribute('href', href(b.path))}>` +
			`<span class="col-period">${escapeText(head?.period ?? '')}</span><span class="sub">${escapeText(head?.sub ?? '')}</span></a></th>`;
	});
	return out;
}

/** A row's `<td>` per column: its figure linking to its sentence, or "not reported". */
export function historyCellsHtml(s: IndicatorSeries, cells: readonly (IndicatorPoint | null)[], href: Href): string {
	let out = '';
	for (const p of cells) {
		out += p
			? `<td class="n"><a${attribute('href', href(sourcePath(p.briefing, p.sentence)))} title="Câu nguồn trong bài">${escapeText(historyCellText(s, p))}</a></td>`
			: `<td class="n none">${NOT_GIVEN_HTML}</td>`;
	}
	return out;
}
