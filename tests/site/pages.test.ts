import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { BriefingRecord } from '../../src/lib/site/outputs/briefings-json.ts';
import { type BuiltSite, buildSite, readBuilt } from '../support/build-site.ts';
import { checkLinks, formatBroken } from '../support/check-links.ts';
import { attributes, headingLevels, htmlFiles, links, resolves, textOf } from '../support/html.ts';
import { expectedSeeds } from '../support/seeds.ts';

const SITE = 'https://briefings.example.org';

let site: BuiltSite;
let records: BriefingRecord[];
const page = (path: string) => readBuilt(site, `${path}index.html`);
const hrefs = (html: string) => links(html).map((l) => l.href);
const pathOf = (url: string) => new URL(url).pathname;

/** The briefing of a sample, found by its expected district. */
function briefingOf(district: string): BriefingRecord {
	const r = records.find((x) => x.district?.name === district);
	assert.ok(r, `no briefing for ${district}`);
	return r;
}

before(() => {
	site = buildSite('samples', 'tests/fixtures/seeds');
	records = JSON.parse(readBuilt(site, '/data/briefings.json')) as BriefingRecord[];
});

describe('the sample site: every page type', () => {
	it('has the fixed pages', () => {
		for (const p of ['/', '/tinh/', '/huyen/', '/quan-chuc/', '/ngay/']) assert.ok(resolves(site.dir, p), p);
		assert.ok(resolves(site.dir, '/404.html'));
	});

	it('publishes the five samples in briefings.json', () => assert.equal(records.length, 5));

	it('has a briefing, district, province, official and month page for each sample', () => {
		for (const seed of expectedSeeds) {
			const r = briefingOf(seed.district);
			for (const url of [r.url, r.district?.url, r.province?.url, ...r.officials.map((o) => o.url)]) {
				assert.ok(url, `${seed.file}: a missing URL`);
				assert.ok(resolves(site.dir, pathOf(url)), `${seed.file}: ${url} was not built`);
			}
			assert.ok(resolves(site.dir, `/ngay/${seed.date.slice(0, 4)}/${seed.date.slice(5, 7)}/`), `${seed.file}: month`);
			assert.ok(resolves(site.dir, `/ngay/${seed.date.slice(0, 4)}/`), `${seed.file}: year`);
		}
	});

	it('names the samples’ places and officials as the extraction contract does', () => {
		for (const seed of expectedSeeds) {
			const r = briefingOf(seed.district);
			assert.equal(r.province?.name, seed.province, seed.file);
			assert.equal(r.date, seed.date, seed.file);
			assert.deepEqual(r.officials.map((o) => o.name).sort(), seed.officials.map((o) => o.name).sort(), seed.file);
		}
	});
});

describe('the sample site: links both ways', () => {
	it('briefing ↔ district ↔ province', () => {
		for (const seed of expectedSeeds) {
			const r = briefingOf(seed.district);
			const [b, d, p] = [pathOf(r.url), pathOf(r.district?.url ?? ''), pathOf(r.province?.url ?? '')];
			assert.ok(hrefs(page(b)).includes(d), `${b} → ${d}`);
			assert.ok(hrefs(page(b)).includes(p), `${b} → ${p}`);
			assert.ok(hrefs(page(d)).includes(b), `${d} → ${b}`);
			assert.ok(hrefs(page(d)).includes(p), `${d} → ${p}`);
			assert.ok(hrefs(page(p)).includes(d), `${p} → ${d}`);
			assert.ok(hrefs(page(p)).includes(b), `${p} → ${b}`);
		}
	});

	it('briefing ↔ official, official → district', () => {
		for (const r of records) {
			const b = pathOf(r.url);
			for (const o of r.officials) {
				const op = pathOf(o.url ?? '');
				assert.ok(hrefs(page(b)).includes(op), `${b} → ${op}`);
				assert.ok(hrefs(page(op)).includes(b), `${op} → ${b}`);
				if (r.district) assert.ok(hrefs(page(op)).includes(pathOf(r.district.url)), `${op} → district`);
			}
		}
	});

	it('briefing ↔ month', () => {
		for (const r of records) {
			const b = pathOf(r.url);
			const m = `/ngay/${r.date?.slice(0, 4)}/${r.date?.slice(5, 7)}/`;
			assert.ok(hrefs(page(b)).includes(m), `${b} → ${m}`);
			assert.ok(hrefs(page(m)).includes(b), `${m} → ${b}`);
		}
	});

	it('links officials and places in the text of the briefing', () => {
		const r = briefingOf('Nậm Pồ');
		const body = page(pathOf(r.url)).split('id="body-title"')[1] ?? '';
		const inText = links(body);
		assert.ok(inText.some((l) => l.text === 'Vừ A Bằng' && l.href === pathOf(r.officials[0]?.url ?? '')));
		assert.ok(inText.some((l) => l.text === 'Nậm Pồ' && l.href === pathOf(r.district?.url ?? '')));
	});

	it('shows the facts: kind, period, officials, figures in vi-VN', () => {
		const html = page(pathOf(briefingOf('Như Xuân').url));
		const facts = html.slice(html.indexOf('id="facts-title"'), html.indexOf('id="body-title"'));
		assert.match(facts, /Hội nghị Đảng bộ/);
		assert.match(facts, /9 tháng năm 2024/);
		assert.match(facts, /1\.401,351 tỷ đồng/);
		assert.match(facts, /188%/);
		assert.match(facts, /Lương Thị Hoa/);
		assert.match(facts, /<th scope="col"/);
		assert.match(facts, /<th scope="row"/);
	});

	it('writes every figure with its own hedge, and a threshold as one', () => {
		const factsOf = (district: string) => {
			const html = page(pathOf(briefingOf(district).url));
			return html.slice(html.indexOf('id="facts-title"'), html.indexOf('id="body-title"'));
		};
		const namPo = factsOf('Nậm Pồ');
		for (const f of ['gần 1.630 tỷ đồng', 'trên 105%', 'gần 78%', 'tăng gần 6%', 'hơn 24.000 tấn', 'gần 45%']) {
			assert.ok(namPo.includes(`>${f}</a>`), f);
		}
		assert.ok(factsOf('Điện Biên Đông').includes('>dưới 50%</a>'));
		const nx = factsOf('Như Xuân');
		const floor = nx.slice(nx.indexOf('ngưỡng từ 70% trở lên'));
		assert.ok(floor.length > 0, 'threshold worded as one');
		assert.doesNotMatch(floor.slice(0, floor.indexOf('</td>')), /planbar/, 'no plan bar for a threshold');
	});

	it('links each figure to its sentence, marked in the text, and shows the sentence beside it', () => {
		for (const r of records) {
			const html = page(pathOf(r.url));
			const facts = html.slice(html.indexOf('id="facts-title"'), html.indexOf('id="body-title"'));
			const body = html.slice(html.indexOf('id="body-title"'));
			const targets = new Set([...facts.matchAll(/href="#(cau-\d+)"/g)].map((m) => m[1]));
			assert.ok(targets.size > 0, r.id);
			for (const id of targets)
				assert.match(body, new RegExp(`<span id="${id}" class="source-sentence">`), `${r.id} ${id}`);
			assert.equal((facts.match(/<details class="source">/g) ?? []).length, r.indicators.length, r.id);
		}
		const namPo = page(pathOf(briefingOf('Nậm Pồ').url));
		assert.match(
			namPo,
			/<mark class="source-figure">gần 1\.630 tỷ đồng<\/mark>, đạt <mark class="source-figure">trên 105%<\/mark>/,
		);
	});

	it('links the figures of district and province pages to their sentences', () => {
		const r = briefingOf('Điện Biên Đông');
		const district = page(pathOf(r.district?.url ?? ''));
		assert.ok(district.includes(`href="${pathOf(r.url)}#cau-`), 'district history');
		assert.match(district, />dưới 50%<\/a>/);
		const province = page(pathOf(r.province?.url ?? ''));
		assert.ok(province.includes(`href="${pathOf(r.url)}#cau-`), 'province comparison');
	});

	it('gives the date with its weekday and dateline time', () => {
		const html = page(pathOf(briefingOf('Nậm Pồ').url));
		assert.match(html, /<time datetime="2024-11-19T15:55\+07:00">Thứ Ba, 19\/11\/2024, 15:55<\/time>/);
	});

	it('links the original article externally with rel="noopener nofollow"', () => {
		const r = briefingOf('Điện Biên Đông');
		const original = links(page(pathOf(r.url))).find((l) => l.href === r.source.url);
		assert.ok(original, 'the original URL is linked');
		assert.equal(original.rel, 'noopener nofollow');
	});

	it('shows uncovered districts of a province unlinked', () => {
		const html = page('/tinh/dien-bien/');
		assert.match(html, /Mường Chà/);
		assert.ok(!hrefs(html).includes('/tinh/dien-bien/muong-cha/'));
		assert.ok(!resolves(site.dir, '/tinh/dien-bien/muong-cha/'));
	});

	it('draws the comparison of districts as an SVG with a text alternative, and the same numbers in a table', () => {
		const html = page('/tinh/dien-bien/');
		assert.match(html, /<svg role="img" aria-labelledby="cmp-1-title cmp-1-desc"/);
		assert.match(html, /<desc id="cmp-1-desc">[^<]*Huyện Điện Biên Đông: 112,77%/);
		// Nậm Pồ's "gần 78%" is hedged: its label says so and its bar is paler.
		assert.match(html, /<desc id="cmp-1-desc">[^<]*Huyện Nậm Pồ: gần 78%/);
		assert.equal((html.match(/class="chart__bar chart__bar--hedged"/g) ?? []).length, 1);
		// Each figure of the table links to its sentence on its briefing's page.
		assert.match(html, /<td class="n[^"]*"><a href="\/bai-viet\/[a-z0-9-]+\/#cau-\d+"[^>]*>112,77%<\/a><\/td>/);
	});
});

describe('the sample site: every page', () => {
	it('is Vietnamese, with one h1, headings in order, landmarks, and no script but search and its shortcut', () => {
		for (const file of htmlFiles(site.dir)) {
			const html = readBuilt(site, file);
			assert.match(html, /<html lang="vi"/, file);
			const levels = headingLevels(html);
			assert.equal(levels.filter((l) => l === 1).length, 1, `${file}: one h1`);
			assert.equal(levels[0], 1, `${file}: h1 first`);
			levels.forEach((l, i) => {
				assert.ok(i === 0 || l <= (levels[i - 1] as number) + 1, `${file}: h${levels[i - 1]} then h${l}`);
			});
			// The scripts (the search page's, the "/" shortcut of every page's box) are checked in search-index.test.ts.
			if (file !== '/tim-kiem/index.html') {
				assert.ok((html.match(/<script\b/gi) ?? []).length <= 1, `${file}: one script at most, the shortcut`);
			}
			for (const landmark of [/<header\b/, /<nav\b/, /<main\b/, /<footer\b/]) assert.match(html, landmark, file);
			assert.match(html, /<a class="skip-link" href="#noi-dung">/, file);
		}
	});

	it('marks the current section in the navigation and the current page in breadcrumbs', () => {
		assert.match(page('/tinh/'), /<a href="\/tinh\/" aria-current="page">/);
		assert.match(page('/tinh/dien-bien/nam-po/'), /<a href="\/tinh\/" aria-current="true">/);
		assert.match(
			page('/tinh/dien-bien/nam-po/'),
			/<span class="breadcrumbs__current" aria-current="page">Huyện Nậm Pồ<\/span>/,
		);
	});

	it('links only to pages that exist (pages, feeds, sitemaps, data: see check-links.ts)', () => {
		const report = checkLinks(site.dir, { site: SITE, base: '/', anchors: true });
		assert.deepEqual(report.broken, [], formatBroken(report));
		assert.ok(report.checked > 100, `only ${report.checked} links checked`);
	});

	it('tells readers nothing of extraction warnings', () => {
		for (const file of htmlFiles(site.dir)) {
			assert.doesNotMatch(readBuilt(site, file), /frontmatter|\[no-[a-z-]+\]|set `/, file);
		}
	});
});

describe('briefings.json', () => {
	it('gives each briefing the contract facts with absolute URLs', () => {
		for (const r of records) {
			assert.deepEqual(Object.keys(r).sort(), [
				'date',
				'district',
				'districts',
				'id',
				'indicators',
				'kind',
				'officials',
				'period',
				'province',
				'source',
				'title',
				'url',
			]);
			assert.equal(r.url, `${SITE}/bai-viet/${r.id}/`);
			assert.ok(r.district?.url.startsWith(`${SITE}/tinh/`));
			assert.ok(r.province?.url.startsWith(`${SITE}/tinh/`));
			for (const o of r.officials) {
				assert.deepEqual(Object.keys(o).sort(), ['level', 'name', 'role', 'title', 'url']);
				assert.ok(o.url?.startsWith(`${SITE}/quan-chuc/`));
			}
			assert.ok(Array.isArray(r.indicators));
			assert.deepEqual(Object.keys(r.source).sort(), ['author', 'outlet', 'url']);
		}
	});
});

describe('a site under /briefings/', () => {
	let sub: BuiltSite;
	before(() => {
		sub = buildSite('samples-base', 'tests/fixtures/seeds', { base: '/briefings/' });
	});

	it('starts every internal link with the base and resolves it to a built file', () => {
		const report = checkLinks(sub.dir, { site: SITE, base: '/briefings/', anchors: true });
		assert.deepEqual(report.broken, [], formatBroken(report));
		assert.ok(report.checked > 100, `only ${report.checked} links checked`);
	});

	it('puts the base in the JSON URLs', () => {
		const subRecords = JSON.parse(readBuilt(sub, '/data/briefings.json')) as BriefingRecord[];
		for (const r of subRecords) assert.ok(r.url.startsWith(`${SITE}/briefings/bai-viet/`), r.url);
	});

	it('keeps the text links of a briefing under the base', () => {
		const html = readBuilt(sub, `/bai-viet/${briefingOf('Nậm Pồ').id}/index.html`);
		const body = html.split('id="body-title"')[1] ?? '';
		const inText = links(body).filter((l) => !l.href.startsWith('http'));
		assert.ok(inText.length > 0);
		for (const l of inText) assert.ok(l.href.startsWith('/briefings/'), l.href);
	});
});

describe('styles', () => {
	it('ship a print stylesheet', () => {
		const css = attributes(page('/'), 'link', 'href').filter((h) => h.endsWith('.css'));
		assert.ok(css.length > 0);
		const all = css.map((h) => readBuilt(site, h)).join('\n');
		assert.match(all, /@media print/);
		assert.match(textOf(page('/'), /<title>/) ?? '', /Bản tin huyện/);
	});
});
