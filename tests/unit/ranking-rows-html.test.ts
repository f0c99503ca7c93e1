/**
 * A ranking's table rows written as text (`rankingRowsHtml`): rank, district (and province),
 * the figure linking to its sentence with its basis, the period or "Không nêu", the briefing
 * named by its link text and titled by its headline, escaped as Astro escapes it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import { rankingRowsHtml } from '../../src/lib/site/present/ranking-rows-html.ts';
import { item } from '../support/entries.ts';

const site = buildSite([
	item('np', {
		title: 'Nậm Pồ "về đích" & <vượt>',
		date: '2024-12-20',
		period: { year: 2024, months: 12 },
		indicators: [
			{ key: 'budget-revenue', planPercent: 105, hedges: { planPercent: 'trên' }, planBasis: 'dự toán giao' },
		],
	}),
	item('dbd', {
		district: 'Điện Biên Đông',
		date: '2024-09-29',
		indicators: [{ key: 'budget-revenue', planPercent: 90 }],
	}),
]);
const href = (path: string) => `/b${path}`;
const ranking = site.indicators.find((i) => i.key === 'budget-revenue')?.measures[0];

describe('rankingRowsHtml', () => {
	it('writes a row a district, largest first, its text escaped', () => {
		assert.ok(ranking);
		const html = rankingRowsHtml(ranking, ['20/12/2024', '29/09/2024'], false, href);
		const rows = html.split('</tr>').filter(Boolean);
		assert.equal(rows.length, 2);
		assert.match(
			rows[0] ?? '',
			/^<tr><td class="n rank">1<\/td><th scope="row"><a href="\/b\/tinh\/dien-bien\/nam-po\/">Huyện Nậm Pồ<\/a><\/th><td class="n figure-cell"><a href="\/b\/bai-viet\/np\/(#[^"]+)?" title="Câu nguồn trong bài">trên 105%<\/a><span class="sub">so với dự toán giao<\/span><\/td><td class="period">[^<]+<\/td><td class="briefing-cell"><a href="\/b\/bai-viet\/np\/" title="Nậm Pồ &quot;về đích&quot; &amp; <vượt>">20\/12\/2024<\/a><\/td>$/,
		);
		assert.match(
			rows[1] ?? '',
			/<td class="n rank">2<\/td>.*<td class="period"><span class="muted">Không nêu<\/span><\/td>/,
		);
		assert.doesNotMatch(rows[1] ?? '', /class="sub"/);
	});
	it("names each district's province across provinces", () => {
		assert.ok(ranking);
		assert.match(rankingRowsHtml(ranking, ['a', 'b'], true, href), /<\/a><span class="sub">Điện Biên<\/span><\/th>/);
		assert.match(rankingRowsHtml(ranking, ['<a>'], false, href), />&lt;a&gt;<\/a><\/td><\/tr>/);
	});
});
