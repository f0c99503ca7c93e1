/**
 * The BarChart component's `<svg>` written as text, escaped as Astro escapes a template
 * (`../markup.ts`), instead of rendered by Astro element by element: an indicator's pages and a
 * province's draw a chart of up to 30 bars per measure, each bar four elements and a dozen
 * attributes, on some 1,100 pages at 10,000 articles. The geometry is `barChart`'s.
 */
import { formatNumber } from '../../format/numbers.ts';
import { attribute, escapeText } from '../markup.ts';
import { barChart } from './chart-geometry.ts';

/** What a bar chart draws (the BarChart component's props). */
export interface BarChartInput {
	/** Unique on the page: the title and description ids derive from it. */
	readonly id: string;
	readonly title: string;
	/** Text alternative: the values the chart shows. */
	readonly description: string;
	/** `hedged`: the article gives the figure with a hedge ("gần 78%"): its bar is drawn paler. */
	readonly rows: readonly {
		readonly label: string;
		readonly value: number;
		readonly display: string;
		readonly hedged?: boolean | undefined;
		/** Said under the label, lighter: the province, the period the figure reports ("9 tháng 2023"). */
		readonly note?: string | undefined;
	}[];
	readonly reference?: { readonly value: number; readonly label: string } | undefined;
	/** Tick values' suffix ("%"). */
	readonly tickUnit?: string | undefined;
	/** A warning written on the chart itself, above the bars ("Các kỳ báo cáo khác nhau"). */
	readonly flag?: string | undefined;
}

const BAR_HEIGHT = 12;

/**
 * The chart: one row per item, its label (and note) at the left, its value at the right, a bar
 * from zero; gridlines at round values, the reference as a dashed line, the flag above the bars.
 */
export function barChartHtml(chart: BarChartInput): string {
	const { id, rows, reference, tickUnit = '', flag } = chart;
	const flagRoom = flag ? 20 : 0;
	// A note takes a line of its own under the label, so long labels never run into the value.
	const noted = rows.some((r) => r.note);
	const g = barChart(
		rows.map((r) => r.value),
		{
			barHeight: BAR_HEIGHT,
			rowHeight: noted ? 60 : 44,
			axisHeight: 22,
			top: (reference ? 18 : 4) + flagRoom,
			...(reference ? { reference: reference.value } : {}),
		},
	);
	const last = g.ticks.length - 1;
	let out =
		`<svg role="img"${attribute('aria-labelledby', `${id}-title ${id}-desc`)} width="100%" height="${g.height}" class="bars">` +
		`<title${attribute('id', `${id}-title`)}>${escapeText(chart.title)}</title>` +
		`<desc${attribute('id', `${id}-desc`)}>${escapeText(chart.description)}</desc>` +
		(flag ? `<text class="chart__flag" x="0" y="13">⚠ ${escapeText(flag)}</text>` : '') +
		'<g class="chart__tick" aria-hidden="true">';
	const lines = ` y1="${g.top}" y2="${g.plotBottom}"></line>`;
	g.ticks.forEach((t, i) => {
		const anchor = i === 0 ? 'start' : i === last ? 'end' : 'middle';
		out +=
			`<g><line x1="${t.x}%" x2="${t.x}%"${lines}` +
			`<text x="${t.x}%" y="${g.axisY}" text-anchor="${anchor}">${escapeText(formatNumber(t.value))}${escapeText(tickUnit)}</text></g>`;
	});
	out += '</g>';
	rows.forEach((r, i) => {
		const b = g.bars[i];
		if (b)
			out += `<rect class="chart__bar${r.hedged ? ' chart__bar--hedged' : ''}" x="${b.x}%" y="${b.y}" width="${b.width}%" height="${BAR_HEIGHT}"></rect>`;
	});
	out += `<line class="chart__zero" x1="${g.zero}%" x2="${g.zero}%"${lines}`;
	// Over the bars, under the words: labels and values keep a halo of the background over the line.
	if (reference && g.reference !== null) {
		out +=
			`<g class="chart__ref"><line x1="${g.reference}%" x2="${g.reference}%" y1="${g.top - 4}" y2="${g.plotBottom}"></line>` +
			`<text x="${g.reference}%" y="${g.top - 6}" text-anchor="${g.reference > 80 ? 'end' : 'middle'}">${escapeText(reference.label)}</text></g>`;
	}
	rows.forEach((r, i) => {
		const b = g.bars[i];
		if (!b) return;
		const y = noted ? b.labelY - 16 : b.labelY;
		out +=
			`<g><text class="chart__label" x="0" y="${y}">${escapeText(r.label)}</text>` +
			(r.note ? `<text class="chart__period" x="0" y="${b.labelY}">${escapeText(r.note)}</text>` : '') +
			`<text class="chart__value" x="100%" y="${y}" text-anchor="end">${escapeText(r.display)}</text></g>`;
	});
	return `${out}</svg>`;
}
