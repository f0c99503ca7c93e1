/**
 * The bar chart written as text (`barChartHtml`): the geometry's bars, ticks and reference drawn
 * as the BarChart component drew them, notes and flag only when given, text escaped as Astro
 * escapes it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { barChartHtml } from '../../src/lib/site/present/bar-chart-html.ts';

describe('barChartHtml', () => {
	it('draws the ticks, a bar, its label and value', () => {
		assert.equal(
			barChartHtml({
				id: 'm-1',
				title: 'Thu ngân sách (% kế hoạch)',
				description: 'Huyện A: 80%',
				rows: [{ label: 'Huyện A', value: 80, display: '80%' }],
				tickUnit: '%',
			}),
			'<svg role="img" aria-labelledby="m-1-title m-1-desc" width="100%" height="70" class="bars">' +
				'<title id="m-1-title">Thu ngân sách (% kế hoạch)</title><desc id="m-1-desc">Huyện A: 80%</desc>' +
				'<g class="chart__tick" aria-hidden="true">' +
				'<g><line x1="0%" x2="0%" y1="4" y2="48"></line><text x="0%" y="64" text-anchor="start">0%</text></g>' +
				'<g><line x1="25%" x2="25%" y1="4" y2="48"></line><text x="25%" y="64" text-anchor="middle">20%</text></g>' +
				'<g><line x1="50%" x2="50%" y1="4" y2="48"></line><text x="50%" y="64" text-anchor="middle">40%</text></g>' +
				'<g><line x1="75%" x2="75%" y1="4" y2="48"></line><text x="75%" y="64" text-anchor="middle">60%</text></g>' +
				'<g><line x1="100%" x2="100%" y1="4" y2="48"></line><text x="100%" y="64" text-anchor="end">80%</text></g></g>' +
				'<rect class="chart__bar" x="0%" y="32" width="100%" height="12"></rect>' +
				'<line class="chart__zero" x1="0%" x2="0%" y1="4" y2="48"></line>' +
				'<g><text class="chart__label" x="0" y="28">Huyện A</text><text class="chart__value" x="100%" y="28" text-anchor="end">80%</text></g></svg>',
		);
	});
	it('pales a hedged bar, notes under labels, draws the reference and the flag', () => {
		const html = barChartHtml({
			id: 'c',
			title: 't',
			description: 'd',
			rows: [
				{ label: 'A', value: 120, display: 'trên 120%', hedged: true, note: '9 tháng 2024' },
				{ label: 'B', value: 60, display: '60%' },
			],
			reference: { value: 100, label: 'Kế hoạch 100%' },
			flag: '2 kỳ báo cáo khác nhau',
		});
		assert.match(html, /<text class="chart__flag" x="0" y="13">⚠ 2 kỳ báo cáo khác nhau<\/text>/);
		assert.match(
			html,
			/<rect class="chart__bar chart__bar--hedged" x="0%" y="\d+" width="\d+(\.\d+)?%" height="12"><\/rect><rect class="chart__bar" /,
		);
		assert.match(
			html,
			/<g class="chart__ref"><line x1="[\d.]+%" x2="[\d.]+%" y1="34" y2="\d+"><\/line><text x="[\d.]+%" y="32" text-anchor="(end|middle)">Kế hoạch 100%<\/text><\/g>/,
		);
		assert.match(
			html,
			/<text class="chart__label" x="0" y="(\d+)">A<\/text><text class="chart__period" x="0" y="\d+">9 tháng 2024<\/text>/,
		);
		assert.equal(html.match(/chart__period/g)?.length, 1);
		assert.doesNotMatch(
			barChartHtml({ id: 'c', title: 't', description: 'd', rows: [] }),
			/chart__flag|chart__ref|<rect/,
		);
	});
	it('escapes the titles, labels and values as Astro does', () => {
		const html = barChartHtml({
			id: 'x"y',
			title: '<b>&',
			description: "'q'",
			rows: [{ label: 'Huyện M\'Đrắk <"a">', value: 1, display: '1 & 2', note: '<n>' }],
			flag: '<f>',
		});
		assert.match(html, /aria-labelledby="x&quot;y-title x&quot;y-desc"/);
		assert.match(
			html,
			/<title id="x&quot;y-title">&lt;b&gt;&amp;<\/title><desc id="x&quot;y-desc">&#39;q&#39;<\/desc>/,
		);
		assert.match(html, />Huyện M&#39;Đrắk &lt;&quot;a&quot;&gt;<\/text>/);
		assert.match(html, />1 &amp; 2<\/text>/);
		assert.match(html, />&lt;n&gt;<\/text>/);
		assert.match(html, />⚠ &lt;f&gt;<\/text>/);
	});
});
