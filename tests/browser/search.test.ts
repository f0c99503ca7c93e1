/**
 * The search page in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core;
 * skipped when it is not installed): the sample site is served from 127.0.0.1 by a small static
 * server, at the root and under /briefings/, and searched as a reader would, by typing and by
 * picking filters. Every page load also checks that the Content-Security-Policy blocked nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { assertNoProblems, closeBrowser, SKIP, WAIT_MS, withPage } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { type StaticServer, serveStatic } from '../support/static-server.ts';

const TEST = { timeout: 60_000 };

const NAM_PO = '000-bcc1ecf503c2fdd8';
const MUONG_TE = '001-0933ba923308f277';
const DIEN_BIEN_DONG = '002-849f52437cbddd86';
const THAN_UYEN = '003-f018ff381c9f0c6a';

interface Shown {
	readonly id: string;
	readonly href: string;
	readonly title: string;
	readonly date: string;
	readonly datetime: string | null;
	readonly place: string;
	readonly marks: readonly string[];
}

/** Waits until the search for the current state has been answered; returns the status text. */
async function settled(page: Page, expect: string): Promise<string> {
	await page.waitForFunction(
		(text) => {
			const out = document.querySelector('[data-search-output]');
			const status = document.querySelector('[data-search-status]')?.textContent ?? '';
			return out && !out.hasAttribute('aria-busy') && status.includes(text);
		},
		expect,
		{ timeout: WAIT_MS },
	);
	return (await page.locator('[data-search-status]').textContent()) ?? '';
}

/** The results on the page, in order. */
async function shown(page: Page): Promise<Shown[]> {
	return page.$$eval('[data-search-results] > li', (items) =>
		items.map((li) => {
			const a = li.querySelector('a');
			const href = a?.getAttribute('href') ?? '';
			return {
				id: /\/bai-viet\/([^/]+)\//.exec(href)?.[1] ?? '',
				href,
				title: a?.textContent ?? '',
				date: li.querySelector('.blist__date')?.textContent ?? '',
				datetime: li.querySelector('time')?.getAttribute('datetime') ?? null,
				place: li.querySelector('.search-result__place')?.textContent ?? '',
				marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
			};
		}),
	);
}

/** Types a query into the box as a reader would and waits for its answer. */
async function typeQuery(page: Page, q: string): Promise<Shown[]> {
	await page.locator('#search-q').fill('');
	await page.locator('#search-q').pressSequentially(q, { delay: 15 });
	await settled(page, `“${q}”`);
	return shown(page);
}

after(closeBrowser);

/**
 * The sample site at the root and under a base path, each one index, and under the base path cut
 * into shards of two briefings (four shards: src/lib/site/search/shards.ts), which must answer
 * every search as one index does.
 */
const SITES = [
	{ base: '/', name: 'samples', shardPages: null },
	{ base: '/briefings/', name: 'samples-base', shardPages: null },
	{ base: '/briefings/', name: 'samples-sharded', shardPages: 2 },
] as const;

for (const { base, name, shardPages } of SITES) {
	describe(`search in a browser, site at ${base}${shardPages ? ', in shards' : ''}`, () => {
		let server: StaticServer | undefined;
		let searchUrl = '';

		before(
			async () => {
				if (SKIP) return;
				const env = shardPages ? { SEARCH_SHARD_PAGES: String(shardPages) } : undefined;
				const site = buildSite(name, 'tests/fixtures/seeds', { base, ...(env ? { env } : {}) });
				if (shardPages) assert.match(site.log, /search index: 5 briefing page\(s\) in 4 shard\(s\)/);
				server = await serveStatic(site.dir, base);
				searchUrl = `${server.url}tim-kiem/`;
			},
			{ timeout: 300_000 },
		);

		after(async () => {
			await server?.close();
		});

		it('finds Điện Biên Đông without diacritics ("dien bien dong")', TEST, (t) =>
			withPage(t, {}, async (page, problems) => {
				await page.goto(searchUrl);
				const results = await typeQuery(page, 'dien bien dong');
				assert.equal(results[0]?.id, DIEN_BIEN_DONG, JSON.stringify(results));
				for (const w of ['Điện', 'Biên', 'Đông']) assert.ok(results[0]?.marks.includes(w), `${w} highlighted`);
				assert.ok(new URL(page.url()).search.includes('q=dien+bien+dong'), 'the query is kept in the URL');
				assertNoProblems(problems);
			}),
		);

		it('finds Nậm Pồ as "nam po" and as "Nậm Pồ", and Vừ A Bằng as "vu a bang"', TEST, (t) =>
			withPage(t, {}, async (page, problems) => {
				await page.goto(searchUrl);
				for (const q of ['nam po', 'Nậm Pồ', 'vu a bang']) {
					const results = await typeQuery(page, q);
					assert.equal(results[0]?.id, NAM_PO, `${q}: ${JSON.stringify(results)}`);
				}
				assertNoProblems(problems);
			}),
		);

		it('shows each result’s title, date, district and a highlighted excerpt, linked under the base', TEST, (t) =>
			withPage(t, {}, async (page, problems) => {
				await page.goto(searchUrl);
				const [first] = await typeQuery(page, 'nam po');
				assert.ok(first);
				assert.equal(first.title, 'Phó Chủ tịch UBND tỉnh Vừ A Bằng làm việc với huyện Nậm Pồ');
				assert.equal(first.date, '19/11/2024');
				assert.equal(first.datetime, '2024-11-19');
				assert.equal(first.place, 'Huyện Nậm Pồ · Điện Biên');
				assert.ok(
					first.marks.some((m) => /Nậm|Pồ/.test(m)),
					JSON.stringify(first.marks),
				);
				assert.equal(first.href, `${base}bai-viet/${NAM_PO}/`);
				assert.match(await settled(page, 'nam po'), /^Tìm thấy 1 bài viết cho “nam po”\.$/);
				await page.locator('[data-search-results] a').first().click();
				await page.waitForURL(`**${base}bai-viet/${NAM_PO}/`);
				assert.equal(await page.locator('h1').textContent(), first.title);
				assertNoProblems(problems);
			}),
		);

		it('narrows results with a filter, alone or with words', TEST, (t) =>
			withPage(t, {}, async (page, problems) => {
				await page.goto(searchUrl);
				await page.selectOption('#search-tinh', 'Lai Châu');
				await settled(page, 'bộ lọc');
				const lai = await shown(page);
				assert.deepEqual(lai.map((r) => r.id).sort(), [MUONG_TE, THAN_UYEN]);
				assert.deepEqual(
					lai.map((r) => r.date),
					['06/10/2023', '13/06/2023'],
					'newest first without words',
				);
				assert.ok(lai.every((r) => r.place.endsWith('· Lai Châu')));
				assert.match(new URL(page.url()).search, /tinh=Lai\+Ch%C3%A2u/);

				const all = await typeQuery(page, 'huyen');
				assert.deepEqual(all.map((r) => r.id).sort(), [MUONG_TE, THAN_UYEN], 'the filter stays on');
				await page.selectOption('#search-tinh', '');
				await settled(page, '“huyen”.');
				assert.equal((await shown(page)).length, 5, 'all five without the filter');

				await page.selectOption('#search-huyen', 'Huyện Điện Biên Đông (Điện Biên)');
				await settled(page, 'bộ lọc');
				assert.deepEqual(
					(await shown(page)).map((r) => r.id),
					[DIEN_BIEN_DONG],
				);
				// A district picked first picks its province, and the province's menus follow.
				assert.equal(await page.locator('#search-tinh').inputValue(), 'Điện Biên');
				await page.locator('#search-quan-chuc option[value="Vừ A Bằng (Điện Biên)"]').waitFor({ state: 'attached' });
				assert.equal(await page.locator('#search-huyen').inputValue(), 'Huyện Điện Biên Đông (Điện Biên)');
				assert.match(new URL(page.url()).search, /tinh=%C4%90i%E1%BB%87n\+Bi%C3%AAn/);
				assertNoProblems(problems);
			}),
		);

		it('offers the districts and officials of the province picked, and keeps them from a shared URL', TEST, (t) =>
			withPage(t, {}, async (page, problems) => {
				const values = (menu: string) =>
					page.locator(`${menu} option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
				const officials = () => values('#search-quan-chuc');
				await page.goto(searchUrl);
				assert.deepEqual(await officials(), [''], 'none before a province is picked');
				const everyDistrict = await values('#search-huyen');
				await page.selectOption('#search-tinh', 'Lai Châu');
				await page.locator('#search-quan-chuc option[value="Lê Văn Lương (Lai Châu)"]').waitFor({ state: 'attached' });
				const lai = await officials();
				assert.ok(lai.length > 1 && lai.slice(1).every((v) => v.endsWith('(Lai Châu)')), lai.join());
				assert.deepEqual(await values('#search-huyen'), [
					'',
					'Huyện Mường Tè (Lai Châu)',
					'Huyện Than Uyên (Lai Châu)',
				]);
				await page.selectOption('#search-huyen', 'Huyện Mường Tè (Lai Châu)');
				await settled(page, 'bộ lọc');
				assert.deepEqual(
					(await shown(page)).map((r) => r.id),
					[MUONG_TE],
				);
				await page.selectOption('#search-tinh', 'Điện Biên');
				await page.locator('#search-quan-chuc option[value="Vừ A Bằng (Điện Biên)"]').waitFor({ state: 'attached' });
				assert.ok((await officials()).slice(1).every((v) => v.endsWith('(Điện Biên)')));
				await page.selectOption('#search-quan-chuc', 'Vừ A Bằng (Điện Biên)');
				await settled(page, 'bộ lọc');
				assert.deepEqual(
					(await shown(page)).map((r) => r.id),
					[NAM_PO],
				);
				const shared = page.url();
				assert.match(new URL(shared).search, /quan-chuc=V%E1%BB%AB\+A\+B%E1%BA%B1ng/);
				// Another province's menu has no such official: the filter is dropped, not kept hidden.
				await page.selectOption('#search-tinh', 'Lai Châu');
				await page.waitForURL((url) => !url.search.includes('quan-chuc='), { timeout: WAIT_MS });
				await settled(page, 'bộ lọc');
				assert.equal(await page.locator('#search-quan-chuc').inputValue(), '');
				assert.deepEqual((await shown(page)).map((r) => r.id).sort(), [MUONG_TE, THAN_UYEN]);
				// No filter left: no search, the menus whole again.
				await page.selectOption('#search-tinh', '');
				await page.waitForURL((url) => url.search === '', { timeout: WAIT_MS });
				assert.deepEqual(await values('#search-huyen'), everyDistrict, 'every district again');
				await page.goto(
					`${searchUrl}?tinh=Lai+Ch%C3%A2u&huyen=Huy%E1%BB%87n+M%C6%B0%E1%BB%9Dng+T%C3%A8+%28Lai+Ch%C3%A2u%29`,
				);
				await settled(page, 'bộ lọc');
				assert.equal(await page.locator('#search-huyen').inputValue(), 'Huyện Mường Tè (Lai Châu)');
				await page.goto(shared);
				await settled(page, 'bộ lọc');
				assert.equal(await page.locator('#search-quan-chuc').inputValue(), 'Vừ A Bằng (Điện Biên)');
				assert.deepEqual(
					(await shown(page)).map((r) => r.id),
					[NAM_PO],
				);
				assertNoProblems(problems);
			}),
		);

		it('orders results by date, newest or oldest first, across the whole index', TEST, (t) =>
			withPage(t, {}, async (page, problems) => {
				await page.goto(`${searchUrl}?q=huyen&sap-xep=moi`);
				await settled(page, '“huyen”');
				const newest = (await shown(page)).map((r) => r.datetime ?? '');
				assert.equal(newest.length, 5);
				assert.deepEqual(newest, [...newest].sort().reverse(), 'newest first');
				await page.selectOption('#search-sort', 'cu');
				await settled(page, '“huyen”');
				const oldest = (await shown(page)).map((r) => r.datetime ?? '');
				assert.deepEqual(oldest, [...newest].reverse(), 'oldest first');
				await page.goto(`${searchUrl}?nam=2023`);
				await settled(page, 'bộ lọc');
				const year = (await shown(page)).map((r) => r.datetime ?? '');
				assert.ok(year.length > 1 && year.every((d) => d.startsWith('2023')), year.join());
				assert.deepEqual(year, [...year].sort().reverse(), 'newest first without words');
				assertNoProblems(problems);
			}),
		);

		it('opens a shared search from its URL, and says when nothing is found', TEST, (t) =>
			withPage(t, {}, async (page, problems) => {
				await page.goto(`${searchUrl}?q=nam+po&nam=2024`);
				await settled(page, 'nam po');
				assert.equal(await page.locator('#search-q').inputValue(), 'nam po');
				assert.equal(await page.locator('#search-nam').inputValue(), '2024');
				assert.deepEqual(
					(await shown(page)).map((r) => r.id),
					[NAM_PO],
				);
				await page.selectOption('#search-nam', '2023');
				assert.match(await settled(page, 'Không tìm thấy'), /Không tìm thấy bài viết nào cho “nam po”/);
				assert.equal((await shown(page)).length, 0);
				assertNoProblems(problems);
			}),
		);

		it('works from the keyboard: label, Enter, live status', TEST, (t) =>
			withPage(t, {}, async (page, problems) => {
				await page.goto(searchUrl);
				await page.getByLabel('Từ khóa').focus();
				await page.keyboard.type('than uyen');
				await page.keyboard.press('Enter');
				await settled(page, '“than uyen”');
				assert.equal((await shown(page))[0]?.id, THAN_UYEN);
				assert.equal(await page.locator('[data-search-status]').getAttribute('role'), 'status');
				await page.keyboard.press('Tab');
				assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Tìm');
				assertNoProblems(problems);
			}),
		);

		it('fits a 390 px screen', TEST, (t) =>
			withPage(t, { width: 390 }, async (page, problems) => {
				await page.goto(searchUrl);
				await typeQuery(page, 'dien bien');
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				assert.ok(overflow <= 0, `${overflow}px wider than the screen`);
				const nav = await page.$$eval('.site-nav a', (as) =>
					as.map((a) => {
						const r = a.getBoundingClientRect();
						return { text: a.textContent, left: r.left, right: r.right };
					}),
				);
				assert.ok(
					nav.some((n) => n.text === 'Tìm kiếm'),
					'search in the navigation',
				);
				for (const n of nav) assert.ok(n.left >= 0 && n.right <= 390, `${n.text} is on screen`);
				assertNoProblems(problems);
			}),
		);

		it('without JavaScript, hides the box and offers the lists to browse', TEST, (t) =>
			withPage(t, { javaScript: false }, async (page, problems) => {
				await page.goto(searchUrl);
				assert.equal(await page.locator('form[data-search]').isVisible(), false);
				assert.equal(await page.locator('[data-search-nojs]').isVisible(), true);
				for (const name of ['Điện Biên', 'Huyện Nậm Pồ', 'Tháng 11']) {
					const link = page.locator('#duyet').getByRole('link', { name, exact: true }).first();
					assert.equal(await link.isVisible(), true, name);
				}
				// An official is found on their province's page of officials, the list the browse section links to.
				const officials = page.getByRole('region', { name: 'Quan chức' });
				await officials.getByRole('link', { name: 'Điện Biên', exact: true }).click();
				await page.waitForURL(`**${base}tinh/dien-bien/quan-chuc/`);
				assert.equal(await page.getByRole('link', { name: 'Vừ A Bằng', exact: true }).first().isVisible(), true);
				assertNoProblems(problems);
			}),
		);
	});
}
