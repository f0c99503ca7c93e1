/**
 * A briefing's table of figures written as text (`indicatorTableHtml`) and its "% of plan" bar
 * (`planBarHtml`): the columns of the measures reported, each row's name, wording, district and
 * marked sentence, figures linking to their sentence, the bar but for a threshold, empty cells,
 * article text escaped as Astro escapes it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import { figureSources } from '../../src/lib/site/present/figure-sources.ts';
import { indicatorTableHtml } from '../../src/lib/site/present/indicator-table-html.ts';
import { planBarHtml } from '../../src/lib/site/present/plan-bar-html.ts';
import type { Indicator } from '../../src/schemas/briefing.ts';
import type { BodyBlock } from '../../src/schemas/entry.ts';
import { item } from '../support/entries.ts';

const SENTENCE = 'Thu ngân sách đạt gần 78% dự toán giao, "vượt" <mức> & hơn.';
const blocks: BodyBlock[] = [{ type: 'paragraph', text: SENTENCE }];
const indicators: Indicator[] = [
	{
		key: 'budget-revenue',
		label: 'thu ngân sách',
		planPercent: 78,
		hedges: { planPercent: 'gần' },
		planBasis: 'dự toán giao',
		sentence: SENTENCE,
	},
	{ key: 'other', label: 'số hộ <nghèo> & "cận nghèo"', value: 12, unit: 'hộ', district: 'Nậm Pồ' },
	{ key: 'targets-met', label: 'chỉ tiêu', planPercent: 70, hedges: { planPercent: 'từ … trở lên' } },
];
const href = (path: string) => `/b${path}`;
const site = buildSite([item('a')]);
const districts = site.briefings[0]?.districts ?? [];

describe('indicatorTableHtml', () => {
	const html = indicatorTableHtml(
		{ indicators, caption: 'Số liệu <bài>', districts, sources: figureSources(indicators, blocks) },
		href,
	);
	it('writes a column per measure reported and a row per indicator', () => {
		assert.match(
			html,
			/^<table class="data data--stack indicators"><caption>Số liệu &lt;bài&gt;<\/caption><thead><tr><th scope="col">Chỉ tiêu<\/th><th scope="col" class="n">Kết quả<\/th><th scope="col" class="n">So với kế hoạch<\/th><\/tr><\/thead><tbody>/,
		);
		assert.equal(html.match(/<tr>/g)?.length, 4);
		assert.match(html, /<\/tr><\/tbody><\/table>$/);
	});
	it('links a known indicator, marks its figures in its sentence and links them to it, with the bar and basis', () => {
		assert.match(
			html,
			/<tr><th scope="row"><a class="indicator-link" href="\/b\/chi-so\/budget-revenue\/" title="So sánh các huyện về chỉ tiêu này">Thu ngân sách<\/a><details class="source"><summary>Câu trong bài<\/summary><p class="source__text">Thu ngân sách đạt <mark class="source-figure">gần 78%<\/mark> dự toán giao, &quot;vượt&quot; &lt;mức&gt; &amp; hơn\.<\/p><a class="source__link" href="#cau-1">Xem trong bài ↓<\/a><\/details><\/th>/,
		);
		assert.match(
			html,
			/<td class="n none is-empty" data-label="Kết quả"><span aria-hidden="true">–<\/span><span class="sr-only">không nêu<\/span><\/td>/,
		);
		assert.match(
			html,
			/<td class="n" data-label="So với kế hoạch"><span class="cell"><span class="fig-value"><a href="#cau-1" title="Câu nguồn trong bài">gần 78%<\/a><\/span><svg class="planbar planbar--hedged" [^>]+>.*?<\/svg><span class="sub">dự toán giao<\/span><\/span><\/td><\/tr>/,
		);
	});
	it('names an "other" indicator by its wording, escaped, with its district; a threshold has no bar', () => {
		assert.match(
			html,
			/<tr><th scope="row">Số hộ &lt;nghèo&gt; &amp; &quot;cận nghèo&quot;<span class="sub"><a href="\/b\/tinh\/dien-bien\/nam-po\/">Huyện Nậm Pồ<\/a><\/span><\/th><td class="n" data-label="Kết quả"><span class="cell"><span class="fig-value">12 hộ<\/span><\/span><\/td>/,
		);
		assert.match(html, /<span class="sub">“chỉ tiêu”<\/span><\/th>/);
		assert.match(html, /<span class="fig-value">ngưỡng [^<]+<\/span><\/span><\/td><\/tr><\/tbody>/);
	});
	it('quotes the sentence unmarked and links no figure without the sources', () => {
		const bare = indicatorTableHtml({ indicators: indicators.slice(0, 1), caption: 'c', districts: [] }, href);
		assert.match(
			bare,
			/<p class="source__text">Thu ngân sách đạt gần 78% dự toán giao, &quot;vượt&quot; &lt;mức&gt; &amp; hơn\.<\/p><\/details>/,
		);
		assert.match(bare, /<span class="fig-value">gần 78%<\/span>/);
	});
});

describe('planBarHtml', () => {
	it('draws the share of 150% with the plan marked, paler when hedged', () => {
		assert.equal(
			planBarHtml(75, undefined),
			'<svg class="planbar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">' +
				'<rect class="planbar__track" width="100" height="8"></rect><rect class="planbar__fill" width="50" height="8"></rect>' +
				'<line class="planbar__mark" x1="66.67" x2="66.67" y1="-2" y2="10" vector-effect="non-scaling-stroke"></line></svg>',
		);
		assert.match(planBarHtml(75, 'gần'), /^<svg class="planbar planbar--hedged" /);
	});
	it('breaks a bar past the track, with an arrow', () => {
		const html = planBarHtml(188, 'trên');
		assert.match(html, /^<svg class="planbar planbar--hedged planbar--over" /);
		assert.match(
			html,
			/<rect class="planbar__fill" width="94" height="8"><\/rect><polygon class="planbar__break" points="84,0 87,0 85,8 82,8"><\/polygon><polygon class="planbar__fill planbar__arrow" points="94,-1 100,4 94,9"><\/polygon>/,
		);
	});
});
