/**
 * A province's page lists each year's newest 20 briefings and links the year's own page, which
 * lists them all (src/lib/site/model/provinces.ts `provinceTimeline`): built from 70 articles,
 * 28 of them in Lai Châu in 2023.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { BriefingRecord } from '../../src/lib/site/outputs/briefings-json.ts';
import { type BuiltSite, buildSite, readBuilt } from '../support/build-site.ts';
import { checkLinks, formatBroken } from '../support/check-links.ts';
import { writeManyArticles } from '../support/many-articles.ts';

const SITE = 'https://briefings.example.org';
let site: BuiltSite;
let records: BriefingRecord[];

before(() => {
	site = buildSite('many-articles-pages', writeManyArticles());
	records = JSON.parse(readBuilt(site, '/data/briefings.json')) as BriefingRecord[];
});

/** The briefing ids a piece of HTML links, in order. */
const linked = (html: string) => [...html.matchAll(/<a href="\/bai-viet\/([^/"]+)\/">/g)].map((m) => m[1]);

describe('the years of a province', () => {
	it('lists the newest 20 of a year of 28 on the province’s page, with the year’s count and page', () => {
		const page = readBuilt(site, '/tinh/lai-chau/index.html');
		const timeline = page.slice(page.indexOf('id="timeline"'));
		const year =
			/<section><h3 class="timeline__year">Năm 2023 <span class="timeline__count">(\d+) bài<\/span><\/h3>(.*?)<\/section>/.exec(
				timeline,
			);
		assert.ok(year, timeline.slice(0, 500));
		assert.equal(year[1], '28');
		const all = records.filter((r) => r.province?.name === 'Lai Châu' && r.date?.startsWith('2023'));
		assert.equal(all.length, 28);
		const newest = [...all].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')).slice(0, 20);
		assert.equal(linked(year[2] ?? '').length, 20);
		const dates = (ids: readonly (string | undefined)[]) => ids.map((id) => all.find((r) => r.id === id)?.date).sort();
		// 14 of 6 October and 6 of 13 June, not the other way round.
		assert.deepEqual(dates(linked(year[2] ?? '')), dates(newest.map((r) => r.id)));
		assert.match(
			year[2] ?? '',
			/<p class="note"><a href="\/tinh\/lai-chau\/bai-viet\/2023\/">Mọi bài năm 2023<\/a><\/p>$/,
		);
	});

	it('lists every briefing of that year on the year’s page, newest first, linked back to the province', () => {
		const page = readBuilt(site, '/tinh/lai-chau/bai-viet/2023/index.html');
		const ids = linked(page.slice(page.indexOf('<ol class="blist">')));
		const all = records.filter((r) => r.province?.name === 'Lai Châu' && r.date?.startsWith('2023'));
		assert.deepEqual([...ids].sort(), all.map((r) => r.id).sort());
		const dates = ids.map((id) => all.find((r) => r.id === id)?.date ?? '');
		assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
		assert.match(page, /<title>Tỉnh Lai Châu: năm 2023 · /);
		assert.match(page, /<h1>Các bài năm 2023<\/h1>/);
		assert.match(page, /<p class="standfirst">28 bài viết, mới nhất trước\.<\/p>/);
		assert.match(page, /<li><a href="\/tinh\/lai-chau\/">Lai Châu<\/a><\/li>/);
	});

	it('links only to pages that exist, at / and under /briefings/', () => {
		const sub = buildSite('many-articles-pages-base', writeManyArticles(), { base: '/briefings/' });
		for (const [s, base] of [
			[site, '/'],
			[sub, '/briefings/'],
		] as const) {
			const report = checkLinks(s.dir, { site: SITE, base, anchors: true });
			assert.deepEqual(report.broken, [], formatBroken(report));
		}
		assert.match(
			readBuilt(sub, '/tinh/lai-chau/index.html'),
			/<a href="\/briefings\/tinh\/lai-chau\/bai-viet\/2023\/">/,
		);
	});

	it('makes no page for a year the province’s page lists whole', () => {
		const page = readBuilt(site, '/tinh/dien-bien/index.html');
		assert.match(page, /Năm 2024 <span class="timeline__count">14 bài/);
		assert.doesNotMatch(page, /Mọi bài năm/);
		assert.equal(existsSync(join(site.dir, 'tinh/dien-bien/bai-viet')), false);
	});
});
