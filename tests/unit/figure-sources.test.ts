import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import { briefingSources, figureSources, sourcePath } from '../../src/lib/site/present/figure-sources.ts';
import { renderBriefingBody } from '../../src/markdown/render-briefing.ts';
import type { Indicator } from '../../src/schemas/briefing.ts';
import type { BodyBlock } from '../../src/schemas/entry.ts';
import { item } from '../support/entries.ts';

const SENTENCE =
	'Theo đó, tổng giá trị sản xuất ước đạt gần 1.630 tỷ đồng, đạt trên 105% kế hoạch; thu ngân sách đạt gần 78% dự toán giao; tổng đàn gia súc tăng gần 6% so với năm 2023.';
const blocks: BodyBlock[] = [
	{ type: 'paragraph', text: 'Trong năm 2024, huyện đạt nhiều kết quả.' },
	{ type: 'paragraph', text: `Trong năm 2024,\n kết quả tích cực. ${SENTENCE} Dòng khác.` },
	{ type: 'paragraph', text: 'Đến nay, 16/33 chỉ tiêu đạt kế hoạch; đạt từ 70% kế hoạch trở lên.' },
];
const indicators: Indicator[] = [
	{
		key: 'production-value',
		label: 'tổng giá trị sản xuất',
		value: 1630,
		unit: 'tỷ đồng',
		planPercent: 105,
		hedges: { value: 'gần', planPercent: 'trên' },
		sentence: SENTENCE,
	},
	{
		key: 'budget-revenue',
		label: 'thu ngân sách',
		planPercent: 78,
		hedges: { planPercent: 'gần' },
		sentence: SENTENCE,
	},
	{ key: 'livestock', label: 'đàn gia súc', change: 6, changeUnit: '%', hedges: { change: 'gần' }, sentence: SENTENCE },
	{
		key: 'targets-met',
		label: 'chỉ tiêu',
		value: 16,
		of: 33,
		unit: 'chỉ tiêu',
		sentence: 'Đến nay, 16/33 chỉ tiêu đạt kế hoạch;\nđạt từ 70% kế hoạch trở lên.',
	},
	{
		key: 'targets-met',
		label: 'chỉ tiêu',
		planPercent: 70,
		hedges: { planPercent: 'từ … trở lên' },
		target: true,
		sentence: 'Đến nay, 16/33 chỉ tiêu đạt kế hoạch;\nđạt từ 70% kế hoạch trở lên.',
	},
	{ key: 'grdp', label: 'GRDP', value: 5, unit: '%', sentence: 'Một câu của tiêu đề, không có trong bài.' },
	{ key: 'grdp', label: 'GRDP', value: 7 },
];

const words = (text: string, marks: readonly (readonly [number, number])[]) => marks.map(([a, b]) => text.slice(a, b));

describe('figureSources: each figure traced to its sentence', () => {
	const s = figureSources(indicators, blocks);

	it('gives an id to each sentence the body holds, in order of first use', () => {
		assert.deepEqual(
			s.sentences.map((x) => x.id),
			['cau-1', 'cau-2'],
		);
		assert.deepEqual(indicators.map(s.idOf), ['cau-1', 'cau-1', 'cau-1', 'cau-2', 'cau-2', undefined, undefined]);
	});

	it('marks each figure’s words: hedge, number, whole and unit as written', () => {
		const [one, two] = s.sentences;
		assert.ok(one && two);
		assert.deepEqual(words(one.text, one.marks), ['gần 1.630 tỷ đồng', 'trên 105%', 'gần 78%', 'gần 6%']);
		assert.deepEqual(words(two.text, two.marks), ['16/33 chỉ tiêu', 'từ 70%']);
	});

	it('quotes a sentence with only that indicator’s figures marked', () => {
		const budget = indicators[1] as Indicator;
		assert.deepEqual(
			s.quoteOf(budget).filter((p) => p.mark),
			[{ text: 'gần 78%', mark: true }],
		);
		assert.equal(
			s
				.quoteOf(budget)
				.map((p) => p.text)
				.join(''),
			SENTENCE,
		);
		assert.deepEqual(s.quoteOf(indicators[6] as Indicator), []);
	});

	it('leaves a number written otherwise unmarked', () => {
		const other = figureSources(
			[{ key: 'grdp', label: 'GRDP', value: 1630, unit: 'tỷ đồng', sentence: 'GRDP đạt 1630 tỷ đồng.' }],
			[{ type: 'paragraph', text: 'GRDP đạt 1630 tỷ đồng.' }],
		);
		assert.deepEqual(other.sentences[0]?.marks, []);
	});
	it('marks a compound amount whole: "394 tỷ 581 triệu đồng" is 394,581 tỷ đồng', () => {
		const sentence = 'Tổng chi ước đạt gần 394 tỷ 581 triệu đồng, thu 12 tỉ 5 triệu, vay 3 tỷ 200triệu.';
		const figures: Indicator[] = [
			{ key: 'other', label: 'tổng chi', value: 394.581, unit: 'tỷ đồng', hedges: { value: 'gần' }, sentence },
			{ key: 'other', label: 'thu', value: 12.005, unit: 'tỷ đồng', sentence },
			{ key: 'other', label: 'vay', value: 3.2, unit: 'tỷ đồng', sentence },
			// Not the amount written there: nothing to mark.
			{ key: 'other', label: 'chi', value: 394.58, unit: 'tỷ đồng', sentence },
		];
		const [one] = figureSources(figures, [{ type: 'paragraph', text: sentence }]).sentences;
		assert.ok(one);
		assert.deepEqual(words(one.text, one.marks), ['gần 394 tỷ 581 triệu đồng', '12 tỉ 5 triệu', '3 tỷ 200triệu']);
	});
});

describe('the body marks the sentences, escaping everything', () => {
	it('gives each sentence its id and highlights the figures', async () => {
		const s = figureSources(indicators, blocks);
		const html = await renderBriefingBody(blocks, [], s.sentences);
		assert.match(html, /<span id="cau-1" class="source-sentence">Theo đó, /);
		assert.match(
			html,
			/<mark class="source-figure">gần 1\.630 tỷ đồng<\/mark>, đạt <mark class="source-figure">trên 105%/,
		);
		assert.match(html, /<span id="cau-2" class="source-sentence">Đến nay, <mark class="source-figure">16\/33 chỉ tiêu/);
		assert.equal(html.match(/id="cau-1"/g)?.length, 1);
	});

	it('never lets the article’s markup through', async () => {
		const hostile = 'Thu <script>alert(1)</script> ngân sách đạt <b>gần 78%</b> dự toán [x](javascript:alert(1)) *a*.';
		const body: BodyBlock[] = [{ type: 'paragraph', text: hostile }];
		const s = figureSources(
			[{ key: 'budget-revenue', label: 'x', planPercent: 78, hedges: { planPercent: 'gần' }, sentence: hostile }],
			body,
		);
		assert.equal(s.sentences.length, 1);
		const html = await renderBriefingBody(body, [], s.sentences);
		assert.doesNotMatch(html, /<script|<b>|href="javascript/);
		assert.match(html, /&#x3C;script>|&lt;script&gt;/);
		assert.match(html, /<mark class="source-figure">gần 78%<\/mark>/);
	});
});

describe('sourcePath: other pages link a figure to its sentence on its briefing’s page', () => {
	const site = buildSite([item('np', { body: blocks, indicators })]);
	const b = site.briefings[0];
	it('adds the sentence’s id when the text holds it, else links the page', () => {
		assert.ok(b);
		assert.equal(sourcePath(b, SENTENCE), `${b.path}#cau-1`);
		assert.equal(
			sourcePath(b, 'Đến nay, 16/33 chỉ tiêu đạt kế hoạch; đạt từ 70% kế hoạch trở lên.'),
			`${b.path}#cau-2`,
		);
		assert.equal(sourcePath(b, 'Một câu khác.'), b.path);
		assert.equal(sourcePath(b, undefined), b.path);
	});
	it('gives a briefing’s page its sources', () => {
		assert.ok(b);
		assert.deepEqual(briefingSources(b).sentences, figureSources(indicators, blocks).sentences);
	});
	it('finds the id of a sentence written with other spaces than its figure’s, as its page does', () => {
		assert.ok(b);
		const spaced = `  ${SENTENCE.replaceAll(' ', '\n  ')} `;
		assert.equal(sourcePath(b, spaced), `${b.path}#cau-1`);
		assert.equal(briefingSources(b).idOf({ sentence: spaced }), 'cau-1');
	});
	it('carries the sentence on each point of a series', () => {
		const page = site.districtPage(must(b?.district?.code));
		const budget = page?.history.find((s) => s.id === 'budget-revenue|planPercent|%');
		assert.equal(budget?.points[0]?.sentence, SENTENCE);
		assert.equal(budget?.points[0]?.hedge, 'gần');
	});
});

function must<T>(x: T | undefined | null): T {
	assert.ok(x !== undefined && x !== null);
	return x;
}
