/**
 * The readers' and editors' tools in headless Chromium (skipped without it): the search box in
 * every page's header and on the 404 page (its "/" shortcut, and its form without JavaScript),
 * the results it leads to with and without marks, the cite block and a briefing's own data
 * files, the feed of each official, the page's address on paper, and axe-core on every kind of
 * page at 390 and 1280 px (the editors' pages of a list on a site of hostile files, the page of a
 * province's year on a site of 70 articles, a province's page that lists comparisons it does not
 * draw).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { assertNoProblems, axeViolations, closeBrowser, SKIP, WAIT_MS, withPage } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { csvObjects } from '../support/csv.ts';
import { buildHostileSite } from '../support/hostile-articles.ts';
import { writeManyArticles } from '../support/many-articles.ts';
import { feedProblems, readFeed } from '../support/rss.ts';
import { type StaticServer, serveStatic } from '../support/static-server.ts';

const TEST = { timeout: 120_000 };
const NAM_PO = '000-bcc1ecf503c2fdd8';
const MUONG_TE = '001-0933ba923308f277';
const DIEN_BIEN_DONG = '002-849f52437cbddd86';

let server: StaticServer | undefined;
let root = '';
/** A site of one round-up (tests/fixtures/round-up, our own text): its panel lists five districts. */
let roundUp: StaticServer | undefined;
const ROUND_UP = '2024-10-12-dien-bien-giai-ngan';
/** The site of hostile and broken files (tests/support/hostile-articles.ts): the editors' lists run to several pages. */
let hostile: StaticServer | undefined;
/** 70 articles (tests/support/many-articles.ts): Lai Châu's 28 of 2023 have a page of their own. */
let many: StaticServer | undefined;
/** Two districts of Sơn La on eight measures (tests/fixtures/comparisons): its page lists two it does not draw. */
let comparisons: StaticServer | undefined;

before(
	async () => {
		if (SKIP) return;
		server = await serveStatic(buildSite('samples', 'tests/fixtures/seeds').dir, '/');
		root = server.url;
		roundUp = await serveStatic(buildSite('round-up', 'tests/fixtures/round-up').dir, '/');
		hostile = await serveStatic(buildHostileSite().site.dir, '/');
		many = await serveStatic(buildSite('many-articles-pages', writeManyArticles()).dir, '/');
		comparisons = await serveStatic(buildSite('comparisons', 'tests/fixtures/comparisons').dir, '/');
	},
	{ timeout: 300_000 },
);

after(async () => {
	await server?.close();
	await roundUp?.close();
	await hostile?.close();
	await many?.close();
	await comparisons?.close();
	await closeBrowser();
});

/** The ids of the search page's results, in order, once the search for `q` is answered. */
async function resultIds(page: Page, q: string): Promise<string[]> {
	await page.waitForFunction(
		(text) => {
			const out = document.querySelector('[data-search-output]');
			const status = document.querySelector('[data-search-status]')?.textContent ?? '';
			return out && !out.hasAttribute('aria-busy') && status.includes(`“${text}”`);
		},
		q,
		{ timeout: WAIT_MS },
	);
	return page.$$eval('[data-search-results] > li a', (as) =>
		as.map((a) => /\/bai-viet\/([^/]+)\//.exec(a.getAttribute('href') ?? '')?.[1] ?? ''),
	);
}

describe('the search box in the header', () => {
	const cases: [string, string][] = [
		['vu a bang', NAM_PO],
		['Vừ A Bằng', NAM_PO],
		['nam po', NAM_PO],
		['Nậm Pồ', NAM_PO],
		['dien bien dong', DIEN_BIEN_DONG],
		['Điện Biên Đông', DIEN_BIEN_DONG],
	];
	for (const [q, first] of cases) {
		it(`from a briefing page, "${q}" finds ${first} first`, TEST, (t) =>
			withPage(t, {}, async (page, problems) => {
				await page.goto(`${root}bai-viet/${MUONG_TE}/`);
				await page.locator('header #site-q').fill(q);
				await page.keyboard.press('Enter');
				await page.waitForURL('**/tim-kiem/?q=*');
				const ids = await resultIds(page, q);
				assert.equal(ids[0], first, `${q}: ${ids.join(', ')}`);
				assert.equal(await page.locator('#search-q').inputValue(), q, 'the query carried to the search page');
				assertNoProblems(problems);
			}),
		);
	}

	it('finds for "dien bien" first what "Điện Biên" finds', TEST, (t) =>
		withPage(t, {}, async (page, problems) => {
			await page.goto(`${root}tim-kiem/?q=${encodeURIComponent('Điện Biên')}`);
			const marked = await resultIds(page, 'Điện Biên');
			await page.goto(`${root}tim-kiem/?q=dien+bien`);
			const plain = await resultIds(page, 'dien bien');
			assert.ok(marked.length >= 2, marked.join(', '));
			assert.deepEqual(plain.slice(0, marked.length).sort(), [...marked].sort(), `${plain} vs ${marked}`);
			assertNoProblems(problems);
		}),
	);

	it('highlights "Nậm" and "Pồ", never "năm", when the query has marks', TEST, (t) =>
		withPage(t, {}, async (page, problems) => {
			await page.goto(`${root}tim-kiem/?q=${encodeURIComponent('Nậm Pồ')}`);
			await resultIds(page, 'Nậm Pồ');
			const marks = await page.$$eval('[data-search-results] mark', (ms) => ms.map((m) => m.textContent ?? ''));
			assert.ok(marks.length > 0, 'something highlighted');
			for (const m of marks) assert.match(m, /^(Nậm|Pồ)$/iu, JSON.stringify(marks));
			assertNoProblems(problems);
		}),
	);

	it('quotes the article’s text in excerpts, not the facts panel', TEST, (t) =>
		withPage(t, {}, async (page, problems) => {
			await page.goto(`${root}tim-kiem/?q=vu+a+bang`);
			await resultIds(page, 'vu a bang');
			const excerpt = (await page.locator('.search-result__excerpt').first().textContent()) ?? '';
			assert.doesNotMatch(excerpt, /Tóm tắt bài viết|Loại tin|Kỳ báo cáo|Câu trong bài/, excerpt);
			assertNoProblems(problems);
		}),
	);

	it('is focused by "/", except while typing in a field', TEST, (t) =>
		withPage(t, {}, async (page, problems) => {
			await page.goto(`${root}tinh/dien-bien/`);
			await page.keyboard.press('/');
			assert.equal(await page.evaluate(() => document.activeElement?.id), 'site-q');
			await page.keyboard.type('dien/bien');
			assert.equal(await page.locator('#site-q').inputValue(), 'dien/bien', '"/" typed in the box stays a character');
			assert.equal(await page.locator('#site-q').getAttribute('aria-keyshortcuts'), '/');
			assertNoProblems(problems);
		}),
	);

	it('is on the 404 page too, and submits to the search page without JavaScript', TEST, (t) =>
		withPage(t, { javaScript: false }, async (page, problems) => {
			await page.goto(`${root}404.html`);
			assert.equal(await page.locator('input[name="q"]').count(), 2, 'in the header and in the page');
			await page.locator('#not-found-q').fill('nam po');
			await page.keyboard.press('Enter');
			await page.waitForURL('**/tim-kiem/?q=nam+po');
			assertNoProblems(problems);
		}),
	);
});

describe('citing a briefing and taking its data', () => {
	it('shows the cite block with outlet, author, date, the page’s address and a blank access date', TEST, (t) =>
		withPage(t, {}, async (page, problems) => {
			await page.goto(`${root}bai-viet/${NAM_PO}/`);
			const cite = page.locator('section.cite-box');
			assert.equal(await cite.locator('h2').textContent(), 'Trích dẫn');
			assert.equal(
				await cite.locator('[data-cite-text]').textContent(),
				`Chí Công, Điện Biên TV (19/11/2024). “Phó Chủ tịch UBND tỉnh Vừ A Bằng làm việc với huyện Nậm Pồ”. Bản tin huyện: https://briefings.example.org/bai-viet/${NAM_PO}/ (truy cập ngày …).`,
			);
			const fields = await cite.locator('dt').allTextContents();
			assert.deepEqual(fields, ['Báo, đài', 'Tác giả', 'Ngày sự kiện', 'Tiêu đề', 'Địa chỉ trang', 'Ngày truy cập']);

			const json = await page.request.get(new URL(`bai-viet/${NAM_PO}/briefings.json`, root).href);
			const records = (await json.json()) as { id: string; source: { outlet: string } }[];
			assert.deepEqual(
				records.map((r) => [r.id, r.source.outlet]),
				[[NAM_PO, 'Điện Biên TV']],
			);
			assert.equal(
				await cite.getByRole('link', { name: 'JSON', exact: true }).getAttribute('href'),
				`/bai-viet/${NAM_PO}/briefings.json`,
			);
			const csv = await (await page.request.get(new URL(`bai-viet/${NAM_PO}/indicators.csv`, root).href)).text();
			const rows = csvObjects(csv.replace(/^\uFEFF/, ''));
			assert.ok(rows.length > 5, `${rows.length} rows`);
			assert.deepEqual([...new Set(rows.map((r) => r.briefing_id))], [NAM_PO], 'only this briefing’s figures');
			assert.ok(rows.some((r) => r.key === 'budget-revenue' && r.field === 'planPercent' && r.value === '78'));
			assertNoProblems(problems);
		}),
	);

	it('prints the page’s address', TEST, (t) =>
		withPage(t, {}, async (page) => {
			await page.goto(`${root}bai-viet/${NAM_PO}/`);
			assert.equal(await page.locator('.print-url').isVisible(), false, 'not on screen');
			await page.emulateMedia({ media: 'print' });
			assert.equal(await page.locator('.print-url').isVisible(), true);
			assert.equal(
				await page.locator('.print-url').textContent(),
				`Địa chỉ trang: https://briefings.example.org/bai-viet/${NAM_PO}/`,
			);
			assert.equal(await page.locator('#site-q').isVisible(), false, 'no search box on paper');
		}),
	);
});

describe('the feed of an official', () => {
	it('is announced on the official’s page and parses as RSS 2.0 with their briefings', TEST, (t) =>
		withPage(t, {}, async (page, problems) => {
			await page.goto(`${root}quan-chuc/dien-bien/vu-a-bang/`);
			const links = await page.$$eval('link[rel="alternate"][type="application/rss+xml"]', (ls) =>
				ls.map((l) => ({ title: l.getAttribute('title'), href: l.getAttribute('href') })),
			);
			const own = links.find((l) => l.href === '/quan-chuc/dien-bien/vu-a-bang/rss.xml');
			assert.ok(own, JSON.stringify(links));
			assert.equal(own.title, 'Bản tin huyện: Vừ A Bằng (Điện Biên)');
			const xml = await (await page.request.get(new URL(own.href ?? '', root).href)).text();
			assert.deepEqual(feedProblems(xml), []);
			const feed = readFeed(xml);
			assert.equal(feed.version, '2.0');
			assert.equal(feed.title, 'Bản tin huyện: Vừ A Bằng (Điện Biên)');
			assert.equal(feed.link, 'https://briefings.example.org/quan-chuc/dien-bien/vu-a-bang/');
			assert.deepEqual(
				feed.items.map((i) => i.link),
				[`https://briefings.example.org/bai-viet/${NAM_PO}/`],
			);
			assertNoProblems(problems);
		}),
	);
});

describe('a round-up’s facts panel', () => {
	it('makes each of its district links a 24 px target at 390 px (WCAG 2.5.8)', TEST, (t) =>
		withPage(t, { width: 390 }, async (page, problems) => {
			await page.goto(`${roundUp?.url}bai-viet/${ROUND_UP}/`);
			const links = await page.$$eval('.facts-grid .sub a', (as) =>
				as.map((a) => ({ text: a.textContent, height: a.getBoundingClientRect().height })),
			);
			assert.equal(links.length, 5, JSON.stringify(links));
			for (const l of links) assert.ok(l.height >= 24, `${l.text}: ${l.height} px`);
			assertNoProblems(problems);
		}),
	);
});

/** One page of each kind. */
const PAGES = [
	'',
	'tinh/',
	'tinh/dien-bien/',
	'tinh/dien-bien/nam-po/',
	`bai-viet/${NAM_PO}/`,
	'huyen/',
	'quan-chuc/',
	'quan-chuc/dien-bien/vu-a-bang/',
	'ngay/',
	'ngay/2024/',
	'ngay/2024/11/',
	'chi-so/',
	'chi-so/budget-revenue/',
	'chi-so/budget-revenue/dien-bien/',
	'tinh/dien-bien/quan-chuc/',
	'tim-kiem/',
	'tim-kiem/?q=nam+po',
	'du-lieu/',
	'bien-tap/',
	'404.html',
];

describe('axe-core finds nothing', () => {
	for (const width of [390, 1280]) {
		it(`on every kind of page at ${width} px`, TEST, (t) =>
			withPage(t, { width, bypassCSP: true }, async (page) => {
				const found: string[] = [];
				for (const path of PAGES) {
					await page.goto(`${root}${path}`);
					if (path.includes('?q=')) await resultIds(page, 'nam po');
					for (const v of await axeViolations(page)) found.push(`/${path}: ${v}`);
				}
				// A round-up: its panel's list of district links, and a district known only from it.
				for (const path of [
					`bai-viet/${ROUND_UP}/`,
					'tinh/dien-bien/',
					'tinh/dien-bien/tua-chua/',
					'chi-so/public-investment-disbursement/dien-bien/',
				]) {
					await page.goto(`${roundUp?.url}${path}`);
					for (const v of await axeViolations(page)) found.push(`round-up /${path}: ${v}`);
				}
				// The editors' page with a kind of every problem, and a page of each list after it.
				for (const path of ['bien-tap/', 'bien-tap/giu-lai/2/', 'bien-tap/can-xem-lai/2/']) {
					await page.goto(`${hostile?.url}${path}`);
					for (const v of await axeViolations(page)) found.push(`hostile /${path}: ${v}`);
				}
				// A province's page that lists only each year's newest, and the page of a year.
				for (const path of ['tinh/lai-chau/', 'tinh/lai-chau/bai-viet/2023/']) {
					await page.goto(`${many?.url}${path}`);
					for (const v of await axeViolations(page)) found.push(`many /${path}: ${v}`);
				}
				// A province's page that draws six comparisons and lists the others.
				await page.goto(`${comparisons?.url}tinh/son-la/`);
				for (const v of await axeViolations(page)) found.push(`comparisons /tinh/son-la/: ${v}`);
				assert.deepEqual(found, []);
			}),
		);
	}
});
