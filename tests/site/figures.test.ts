/**
 * Figures readers can trust, in the built pages: indicator pages (ranked table, chart, CSV,
 * feed), a round-up drawn as a ranking with the province's figure as reference, history
 * columns headed by the period reported, sparklines on a time axis, plan bars that overflow,
 * and undated briefings told apart. Built from tests/fixtures/figures (own sentences, facts in
 * frontmatter, so that extraction changes do not move these figures).
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type BuiltSite, buildSite, readBuilt } from '../support/build-site.ts';
import { checkLinks, formatBroken } from '../support/check-links.ts';
import { parseCsv } from '../support/csv.ts';
import { attributes, links, resolves, textOf } from '../support/html.ts';
import { feedProblems, readFeed } from '../support/rss.ts';

const SITE = 'https://briefings.example.org';
let site: BuiltSite;
const page = (path: string) => readBuilt(site, `${path}index.html`);
/** The text of every match of a pattern's first group, tags stripped, spaces collapsed. */
const texts = (html: string, re: RegExp) =>
	[...html.matchAll(re)].map((m) =>
		(m[1] ?? '')
			.replace(/<[^>]+>/g, ' ')
			.replace(/\s+/g, ' ')
			.trim(),
	);
/** Rows of the first table after `from` in `html`: the text of each cell. */
function tableRows(html: string, from = 0): string[][] {
	const start = html.indexOf('<tbody', from);
	const body = html.slice(start, html.indexOf('</tbody>', start));
	return [...body.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((r) =>
		texts(r[1] ?? '', /<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g),
	);
}

before(() => {
	site = buildSite('figures', 'tests/fixtures/figures');
});

describe('indicator pages', () => {
	it('ranks each district on its latest figure, with hedge, period, day and briefing', () => {
		const html = page('/chi-so/budget-revenue/');
		assert.equal(textOf(html, /<h1\b[^>]*>/), 'Thu ngân sách');
		assert.deepEqual(
			tableRows(html).map((r) => [r[0], r[1], r[2], r[3], r[4]]),
			[
				['1', 'Huyện Nậm Pồ Điện Biên', 'trên 188% so với dự toán tỉnh giao', 'Năm 2024', '20/12/2024'],
				['2', 'Huyện Mường Chà Điện Biên', 'gần 95% so với dự toán giao', '9 tháng 2024', '03/10/2024'],
			],
		);
		const hrefs = links(html).map((l) => l.href);
		assert.ok(hrefs.includes('/bai-viet/np-2024-nam/#cau-1'), 'the figure links to its sentence');
		assert.ok(hrefs.includes('/chi-so/budget-revenue/dien-bien/'), 'and to the province ranking');
	});

	it('flags on the chart itself that the figures are of different periods', () => {
		const html = page('/chi-so/budget-revenue/');
		const svg = html.slice(html.indexOf('<svg role="img"'), html.indexOf('</svg>', html.indexOf('<svg role="img"')));
		assert.match(svg, /2 kỳ báo cáo khác nhau/);
		assert.deepEqual(texts(svg, /<text class="chart__period"[^>]*>([\s\S]*?)<\/text>/g), [
			'Điện Biên · Năm 2024',
			'Điện Biên · 9 tháng 2024',
		]);
	});

	it('offers exactly its table as CSV', () => {
		const rows = parseCsv(readBuilt(site, '/chi-so/budget-revenue/ranking.csv'));
		assert.deepEqual(
			rows.slice(1).map((r) => [r[3], r[5], r[6], r[7], r[8], r[9], r[10], r[11]]),
			[
				['1', 'Nậm Pồ', '188', 'trên', 'dự toán tỉnh giao', 'Năm 2024', '2024-12-20', 'np-2024-nam'],
				['2', 'Mường Chà', '95', 'gần', 'dự toán giao', '9 tháng 2024', '2024-10-03', 'mc-2024-9-thang'],
			],
		);
		assert.equal(rows.length - 1, tableRows(page('/chi-so/budget-revenue/')).length);
	});

	it('has a feed of the briefings that report it, dated ones newest first', () => {
		const xml = readBuilt(site, '/chi-so/budget-revenue/rss.xml');
		assert.deepEqual(feedProblems(xml), []);
		assert.deepEqual(
			readFeed(xml).items.map((i) => new URL(i.link).pathname),
			[
				'/bai-viet/np-2024-nam/',
				'/bai-viet/mc-2024-9-thang/',
				'/bai-viet/np-2024-6-thang/',
				'/bai-viet/np-2023-nam/',
				'/bai-viet/np-2023-9-thang/',
			],
		);
	});

	it('is linked from every figure of its key: facts table, district history, province comparison', () => {
		for (const path of ['/bai-viet/np-2024-nam/', '/tinh/dien-bien/nam-po/']) {
			assert.ok(attributes(page(path), 'a', 'href').includes('/chi-so/budget-revenue/'), path);
		}
		assert.ok(attributes(page('/tinh/dien-bien/'), 'a', 'href').includes('/chi-so/budget-revenue/dien-bien/'));
		assert.ok(resolves(site.dir, '/chi-so/food-output/'));
		assert.ok(attributes(page('/chi-so/'), 'a', 'href').includes('/chi-so/public-investment-disbursement/'));
	});

	it('leaves no link broken', () => {
		const report = checkLinks(site.dir, { site: SITE, base: '/', anchors: true });
		assert.deepEqual(report.broken, [], formatBroken(report));
	});
});

describe('a round-up drawn as a ranking', () => {
	it('ranks the districts largest first, the province figure as the reference line', () => {
		const html = page('/bai-viet/tong-hop-giai-ngan/');
		const at = html.indexOf('id="xh-1-h"');
		assert.ok(at > 0, 'a ranking chart');
		const svg = html.slice(html.indexOf('<svg', at), html.indexOf('</svg>', at));
		assert.deepEqual(texts(svg, /<text class="chart__label"[^>]*>([\s\S]*?)<\/text>/g), [
			'1. Huyện Nậm Pồ',
			'2. Huyện Mường Chà',
			'3. Huyện Tủa Chùa',
			'4. Huyện Điện Biên Đông',
		]);
		assert.deepEqual(texts(svg, /<text class="chart__value"[^>]*>([\s\S]*?)<\/text>/g), [
			'52%',
			'41,2%',
			'dưới 20%',
			'12%',
		]);
		assert.match(svg, /<g class="chart__ref">[\s\S]*Toàn tỉnh Điện Biên 38,5%/);
	});
});

describe('rows a reader can tell apart', () => {
	const html = () => page('/bai-viet/np-2024-nam/');
	it('names twins of one indicator by their wording and basis', () => {
		const names = tableRows(html()).map((r) => r[0] ?? '');
		assert.ok(
			names.some((n) => n.includes('“thu ngân sách”, so với dự toán tỉnh giao')),
			names.join('\n'),
		);
		assert.ok(names.some((n) => n.includes('“thu ngân sách”, so với dự toán huyện giao')));
		assert.ok(names.some((n) => n.includes('“tỷ lệ giải ngân vốn tỉnh phân bổ”, so với kế hoạch')));
	});
	it('draws a plan bar past its 150% track as overflowing, beside the number', () => {
		const bars = html().match(/<svg class="planbar[^"]*"/g) ?? [];
		assert.deepEqual(
			bars.map((b) => b.includes('planbar--over')),
			[true, true, false, false],
			'188% and 182% overflow; 48,7% and 32% do not',
		);
		assert.match(html(), /trên 188%<\/a>/);
	});
});

describe('honest time on a district page', () => {
	const html = () => page('/tinh/dien-bien/nam-po/');
	const heads = () => {
		const h = html();
		const thead = h.slice(
			h.indexOf('<thead', h.indexOf('class="data history"')),
			h.indexOf('</thead>', h.indexOf('class="data history"')),
		);
		return texts(thead, /<th scope="col" class="n">([\s\S]*?)<\/th>/g);
	};

	it('heads each column with the period reported, the day under it', () => {
		assert.deepEqual(heads().slice(0, 5), [
			'9 tháng 2023 05/10/2023',
			'Năm 2023 22/12/2023',
			'6 tháng 2024 10/07/2024',
			'Không nêu kỳ 15/08/2024',
			'Năm 2024 20/12/2024',
		]);
	});

	it('never gives two undated briefings the same head: their short titles', () => {
		const all = heads();
		assert.equal(new Set(all).size, all.length, all.join(' | '));
		assert.ok(
			all.slice(5).every((h) => h.startsWith('Không nêu kỳ Đoàn công tác của tỉnh')),
			all.join(' | '),
		);
	});

	it('draws sparklines on a time axis joining only periods of one length, min and max labelled', () => {
		const h = html();
		const spark = h.slice(
			h.indexOf('<svg class="spark spark--time"'),
			h.indexOf('</svg>', h.indexOf('<svg class="spark spark--time"')),
		);
		// Thu ngân sách: 70% (9 tháng 2023), 112% (năm 2023), 60% (6 tháng 2024), trên 188% (năm 2024):
		// one line joins the two years; the nine and six months stand alone.
		assert.equal((spark.match(/<path /g) ?? []).length, 1);
		assert.equal((spark.match(/<circle /g) ?? []).length, 4);
		assert.deepEqual(texts(spark, /<text class="spark__label"[^>]*>([\s\S]*?)<\/text>/g), ['trên 188%', '60%']);
		const xs = [...spark.matchAll(/<circle[^>]*cx="([\d.]+)"/g)].map((m) => Number(m[1]));
		const gaps = xs.slice(1).map((x, i) => x - (xs[i] as number));
		// Ends of the periods: 30/9/2023, 31/12/2023, 30/6/2024, 31/12/2024: three months, then six, then six.
		const [three, six, sixAgain] = gaps as [number, number, number];
		assert.ok(six > 1.9 * three && Math.abs(six - sixAgain) < 1, `spaced by time, not evenly: ${xs}`);
	});
});
