/**
 * A district's table of figures over time, its column heads and cells written as text
 * (`historyHeadsHtml`, `historyCellsHtml`): a head per briefing linking to it, a figure linking
 * to its sentence, "not reported" where a briefing did not give the measure, text escaped.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import { historyTable } from '../../src/lib/site/model/indicator-series.ts';
import { columnHeads } from '../../src/lib/site/present/figure-time.ts';
import { historyCellsHtml, historyHeadsHtml } from '../../src/lib/site/present/history-cells-html.ts';
import { item } from '../support/entries.ts';

const site = buildSite([
	item('a', {
		date: '2023-10-02',
		period: { year: 2023, months: 9 },
		indicators: [{ key: 'budget-revenue', planPercent: 70, value: 12, unit: 'tỷ đồng' }],
	}),
	item('b', { date: '2024-12-20', indicators: [{ key: 'budget-revenue', value: 24, unit: 'tỷ đồng' }] }),
]);
const href = (path: string) => `/b${path}`;
const district = site.districts.find((d) => d.ref.name === 'Nậm Pồ');

describe('historyHeadsHtml and historyCellsHtml', () => {
	it('heads each briefing with its period and day, oldest first', () => {
		assert.ok(district);
		const table = historyTable(district.history);
		assert.equal(
			historyHeadsHtml(table.columns, columnHeads(table.columns), href),
			'<th scope="col" class="n"><a href="/b/bai-viet/a/"><span class="col-period">9 tháng 2023</span><span class="sub">02/10/2023</span></a></th>' +
				'<th scope="col" class="n"><a href="/b/bai-viet/b/"><span class="col-period">Không nêu kỳ</span><span class="sub">20/12/2024</span></a></th>',
		);
		assert.equal(
			historyHeadsHtml(table.columns, [], href).match(/<span class="col-period"><\/span><span class="sub"><\/span>/g)
				?.length,
			2,
		);
	});
	it('links each figure to its briefing, per cents with their sign, and says where none is given', () => {
		assert.ok(district);
		const table = historyTable(district.history);
		const plan = table.rows.find((r) => r.series.field === 'planPercent');
		const value = table.rows.find((r) => r.series.field === 'value');
		assert.ok(plan && value);
		assert.equal(
			historyCellsHtml(plan.series, plan.cells, href),
			'<td class="n"><a href="/b/bai-viet/a/" title="Câu nguồn trong bài">70%</a></td>' +
				'<td class="n none"><span aria-hidden="true">–</span><span class="sr-only">không nêu</span></td>',
		);
		assert.match(
			historyCellsHtml(value.series, value.cells, href),
			/^<td class="n"><a [^>]+>12<\/a><\/td><td class="n"><a [^>]+>24<\/a><\/td>$/,
		);
	});
});
