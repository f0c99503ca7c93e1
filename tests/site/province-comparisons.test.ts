/**
 * A province's page draws its six most widely reported comparisons of its districts and lists
 * the others, each linking the indicator's page for the province, which draws it
 * (src/lib/site/model/provinces.ts `provinceComparisons`): built from two articles of our own
 * (tests/fixtures/comparisons), two districts of Sơn La reporting the same eight measures.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type BuiltSite, buildSite, readBuilt } from '../support/build-site.ts';
import { checkLinks, formatBroken } from '../support/check-links.ts';

let site: BuiltSite;
let compare = '';

before(() => {
	site = buildSite('comparisons', 'tests/fixtures/comparisons');
	const page = readBuilt(site, '/tinh/son-la/index.html');
	compare = page.slice(page.indexOf('<h2 id="compare">'), page.indexOf('<h2 id="officials">'));
});

/** The headings of the charts in a piece of HTML, in order. */
const charts = (html: string) =>
	[...html.matchAll(/<section class="chart" aria-labelledby="[^"]+"><h[23] id="[^"]+">(?:<a [^>]+>)?([^<]+)</g)].map(
		(m) => m[1],
	);

describe('the comparisons of a province’s districts', () => {
	it('draws the six most widely reported, in the order of their measures, and says where the others are', () => {
		// All eight are reported by both districts: the first six in the indicators' table order.
		assert.deepEqual(charts(compare), [
			'Tổng giá trị sản xuất (tỷ đồng)',
			'Tổng mức bán lẻ hàng hóa (tỷ đồng)',
			'Thu ngân sách (tỷ đồng)',
			'Sản lượng lương thực (tấn)',
			'Diện tích gieo trồng (ha)',
			'Trồng rừng (ha)',
		]);
		assert.match(
			compare,
			/<p class="note">6 chỉ tiêu được nhiều huyện nêu nhất; 2 chỉ tiêu khác <a href="#compare-more">ở cuối mục<\/a>, mỗi chỉ tiêu có trang so sánh riêng\.<\/p>/,
		);
	});

	it('lists the others with how many districts report each, linking the pages that draw them', () => {
		const list = compare.slice(compare.indexOf('<h3 id="compare-more">'));
		const listed = [
			...list.matchAll(/<li><a href="([^"]+)">([^<]+)<\/a> <span class="count">(\d+) huyện<\/span><\/li>/g),
		];
		assert.deepEqual(
			listed.map((m) => [m[1], m[2], m[3]]),
			[
				['/chi-so/livestock/son-la/', 'Đàn gia súc, gia cầm (con)', '2'],
				['/chi-so/party-admissions/son-la/', 'Kết nạp đảng viên (đảng viên)', '2'],
			],
		);
		for (const [, path, name] of listed) {
			const page = readBuilt(site, `${path}index.html`);
			assert.deepEqual(charts(page), [name], path);
			assert.match(page, /Huyện Mộc Châu/);
			assert.match(page, /Huyện Yên Châu/);
		}
	});

	it('links only to pages and anchors that exist', () => {
		const report = checkLinks(site.dir, { site: 'https://briefings.example.org', base: '/', anchors: true });
		assert.deepEqual(report.broken, [], formatBroken(report));
	});
});
