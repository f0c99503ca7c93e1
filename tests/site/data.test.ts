import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { BriefingRecord } from '../../src/lib/site/outputs/briefings-json.ts';
import { plainDecimal } from '../../src/lib/site/outputs/indicators-csv.ts';
import { paths } from '../../src/lib/site/paths.ts';
import { type BuiltSite, buildSite, readBuilt } from '../support/build-site.ts';
import { csvObjects } from '../support/csv.ts';
import { attributes, htmlFiles, resolves } from '../support/html.ts';
import { feedProblems, readFeed } from '../support/rss.ts';
import { expectedSeeds } from '../support/seeds.ts';

const SITE = 'https://briefings.example.org';

let site: BuiltSite;
let sub: BuiltSite;
let records: BriefingRecord[];

before(() => {
	site = buildSite('samples', 'tests/fixtures/seeds');
	sub = buildSite('samples-base', 'tests/fixtures/seeds', { base: '/briefings/' });
	records = JSON.parse(readBuilt(site, '/data/briefings.json')) as BriefingRecord[];
});

/** Site paths of the built files whose name matches. */
function built(dir: string, name: RegExp): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && name.test(e.name))
		.map((e) => `/${relative(dir, join(e.parentPath, e.name))}`)
		.sort();
}

/** The path of an absolute URL of the site, without the base. */
function sitePathOf(url: string, base = '/'): string {
	const u = new URL(url);
	assert.equal(u.origin, SITE, url);
	assert.ok(u.pathname.startsWith(base), `${url} is not under ${base}`);
	return `/${u.pathname.slice(base.length)}`;
}

/** Content of a <meta name|property="key">. */
function meta(html: string, key: string): string | undefined {
	const m = new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html);
	return m?.[1]
		?.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')
		.replace(/&#39;/g, "'");
}

const districtOf = (r: BriefingRecord) => {
	assert.ok(r.district, `${r.id} has a district`);
	return r.district;
};

describe('RSS feeds', () => {
	it('exist for the site, each province, each district, each official and each indicator, and are valid RSS 2.0', () => {
		const all = built(site.dir, /^rss\.xml$/);
		const feeds = all.filter((f) => !f.startsWith(paths.indicators()));
		const provinces = new Set(records.map((r) => r.province?.url));
		const districts = new Set(records.map((r) => r.district?.url));
		const officials = new Set(records.flatMap((r) => r.officials.map((o) => o.url)).filter(Boolean));
		assert.equal(feeds.length, 1 + provinces.size + districts.size + officials.size, feeds.join(' '));
		for (const o of officials) assert.ok(feeds.includes(`${sitePathOf(o ?? '')}rss.xml`), o ?? '');
		const keys = new Set(records.flatMap((r) => r.indicators.map((i) => i.key)).filter((k) => k !== 'other'));
		assert.equal(all.length - feeds.length, keys.size, 'one per indicator reported');
		for (const f of all) assert.deepEqual(feedProblems(readBuilt(site, f)), [], f);
		for (const r of records) {
			assert.ok(feeds.includes(`${sitePathOf(districtOf(r).url)}rss.xml`), r.id);
			assert.ok(feeds.includes(`${sitePathOf(r.province?.url ?? '')}rss.xml`), r.id);
		}
	});

	it('carry every dated briefing of the site, newest first, linking to built pages', () => {
		const feed = readFeed(readBuilt(site, '/rss.xml'));
		assert.equal(feed.link, `${SITE}/`);
		assert.equal(feed.self, `${SITE}/rss.xml`);
		assert.deepEqual(feed.items.map((i) => i.link).sort(), records.map((r) => r.url).sort());
		const times = feed.items.map((i) => Date.parse(i.pubDate));
		assert.deepEqual(
			times,
			[...times].sort((a, b) => b - a),
		);
		for (const item of feed.items) {
			assert.equal(item.guid, item.link);
			assert.equal(item.isPermaLink, 'true');
			assert.ok(resolves(site.dir, sitePathOf(item.link)), item.link);
			const r = records.find((x) => x.url === item.link);
			assert.equal(item.title, r?.title);
			assert.ok(item.categories.includes(`Tỉnh ${r?.province?.name}`), item.categories.join());
			assert.match(item.content, /^<p>/);
			assert.doesNotMatch(item.content, /<script|\son\w+=|javascript:/i);
		}
	});

	it('date each item by its event: the dateline time, or midnight in Vietnam', () => {
		const feed = readFeed(readBuilt(site, '/tinh/dien-bien/nam-po/rss.xml'));
		assert.equal(feed.items.length, 1);
		assert.equal(feed.items[0]?.pubDate, 'Tue, 19 Nov 2024 08:55:00 GMT');
		assert.equal(feed.items[0]?.creator, 'Chí Công, Điện Biên TV');
		const nx = readFeed(readBuilt(site, '/tinh/thanh-hoa/nhu-xuan/rss.xml'));
		assert.equal(nx.items[0]?.pubDate, 'Mon, 07 Oct 2024 17:00:00 GMT');
		assert.match(nx.items[0]?.content ?? '', /1\.401,351 tỷ đồng/);
	});

	it('give a province all its briefings and a district its own', () => {
		for (const r of records) {
			const district = readFeed(readBuilt(site, `${sitePathOf(districtOf(r).url)}rss.xml`));
			assert.ok(
				district.items.some((i) => i.link === r.url),
				r.id,
			);
			const province = readFeed(readBuilt(site, `${sitePathOf(r.province?.url ?? '')}rss.xml`));
			assert.equal(province.items.length, records.filter((x) => x.province?.name === r.province?.name).length);
		}
	});

	it('are announced in every page head, with the page’s own feed on province, district and briefing pages', () => {
		const feedLinks = (html: string) =>
			[...html.matchAll(/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="([^"]+)">/g)].map(
				(m) => m[1],
			);
		for (const file of htmlFiles(site.dir)) assert.equal(feedLinks(readBuilt(site, file))[0], '/rss.xml', file);
		assert.deepEqual(feedLinks(readBuilt(site, '/tinh/dien-bien/nam-po/index.html')), [
			'/rss.xml',
			'/tinh/dien-bien/nam-po/rss.xml',
		]);
		assert.deepEqual(feedLinks(readBuilt(site, '/tinh/dien-bien/index.html')), ['/rss.xml', '/tinh/dien-bien/rss.xml']);
		for (const r of records) {
			assert.deepEqual(feedLinks(readBuilt(site, `${sitePathOf(r.url)}index.html`)), [
				'/rss.xml',
				`${sitePathOf(districtOf(r).url)}rss.xml`,
			]);
		}
		assert.deepEqual(feedLinks(readBuilt(sub, '/tinh/dien-bien/index.html')), [
			'/briefings/rss.xml',
			'/briefings/tinh/dien-bien/rss.xml',
		]);
	});

	it('keep the base path in every link under /briefings/', () => {
		for (const f of built(sub.dir, /^rss\.xml$/)) {
			const xml = readBuilt(sub, f);
			assert.deepEqual(feedProblems(xml), [], f);
			const feed = readFeed(xml);
			assert.ok(feed.link.startsWith(`${SITE}/briefings/`), feed.link);
			assert.ok(feed.self?.startsWith(`${SITE}/briefings/`), feed.self);
			for (const i of feed.items) assert.ok(resolves(sub.dir, sitePathOf(i.link, '/briefings/')), i.link);
		}
	});
});

describe('indicators.csv', () => {
	let rows: Record<string, string>[];
	before(() => {
		rows = csvObjects(readBuilt(site, '/data/indicators.csv'));
	});

	it('is UTF-8 with a BOM, CRLF lines and the documented columns', () => {
		const text = readBuilt(site, '/data/indicators.csv');
		assert.ok(
			text.startsWith(
				'\uFEFFdate,province,district,key,label,field,value,unit,qualifier,hedge,target,briefing_id,briefing_url\r\n',
			),
		);
		assert.equal(text.split('\r\n').length, rows.length + 2);
	});

	it('has a row for every measure of every indicator in briefings.json', () => {
		const expected = records.flatMap((r) =>
			r.indicators.flatMap((i) =>
				(['value', 'planPercent', 'yoyPercent', 'change', 'of'] as const).flatMap((f) =>
					i[f] === undefined ? [] : [`${r.id}|${i.key}|${f}|${plainDecimal(i[f])}`],
				),
			),
		);
		assert.deepEqual(
			rows.map((r) => `${r.briefing_id}|${r.key}|${r.field}|${r.value}`),
			expected,
		);
		assert.ok(rows.length > 40, String(rows.length));
	});

	it('holds the samples’ figures, e.g. Như Xuân’s budget revenue of 1401.351 tỷ đồng', () => {
		const nx = rows.find((r) => r.district === 'Như Xuân' && r.key === 'budget-revenue' && r.field === 'value');
		assert.deepEqual(nx && { ...nx, briefing_id: '' }, {
			date: '2024-10-08',
			province: 'Thanh Hóa',
			district: 'Như Xuân',
			key: 'budget-revenue',
			label: 'thu ngân sách',
			field: 'value',
			value: '1401.351',
			unit: 'tỷ đồng',
			qualifier: 'ước',
			hedge: 'ước',
			target: '',
			briefing_id: '',
			briefing_url: records.find((r) => r.district?.name === 'Như Xuân')?.url,
		});
		// Every hedge as the articles write it, on the row of its own measure.
		const hedged = (district: string, key: string, field: string) =>
			rows.find((r) => r.district === district && r.key === key && r.field === field)?.hedge;
		assert.equal(hedged('Nậm Pồ', 'production-value', 'value'), 'gần');
		assert.equal(hedged('Nậm Pồ', 'production-value', 'planPercent'), 'trên');
		assert.equal(hedged('Nậm Pồ', 'budget-revenue', 'planPercent'), 'gần');
		assert.equal(hedged('Nậm Pồ', 'livestock', 'change'), 'gần');
		assert.equal(hedged('Điện Biên Đông', 'target-programs-disbursement', 'planPercent'), 'dưới');
		const floor = rows.find((r) => r.district === 'Như Xuân' && r.key === 'targets-met' && r.field === 'planPercent');
		assert.deepEqual([floor?.hedge, floor?.target], ['từ … trở lên', 'true']);
		for (const seed of expectedSeeds) {
			for (const [key, field, value, unit] of seed.facts) {
				const row = rows.find(
					(r) => r.district === seed.district && r.key === key && r.field === field && r.value === plainDecimal(value),
				);
				assert.ok(row, `${seed.district}: ${key} ${field} ${value}`);
				if (unit) assert.equal(row.unit, unit, `${seed.district}: ${key} ${field}`);
				assert.equal(row.date, seed.date);
				assert.ok(resolves(site.dir, sitePathOf(row.briefing_url ?? '')), row.briefing_url);
			}
		}
	});

	it('has a slice for each province and district: exactly their rows', () => {
		for (const path of built(site.dir, /^indicators\.csv$/).filter((p) => p.startsWith('/tinh/'))) {
			const slice = csvObjects(readBuilt(site, path));
			const parts = path.split('/').length; // /tinh/p/indicators.csv: 4; /tinh/p/d/indicators.csv: 5
			const page = path.replace(/indicators\.csv$/, '');
			const owner = records.filter((r) =>
				parts === 4
					? r.province && sitePathOf(r.province.url) === page
					: r.district && sitePathOf(r.district.url) === page,
			);
			assert.ok(owner.length > 0, path);
			assert.deepEqual(
				slice,
				rows.filter((r) => owner.some((o) => o.id === r.briefing_id)),
				path,
			);
		}
	});
});

describe('briefings.json and its JSON Schema', () => {
	it('validate, for the site and for every province and district slice', () => {
		const schema = JSON.parse(readBuilt(site, '/data/briefing.schema.json'));
		assert.equal(schema.$id, `${SITE}/data/briefing.schema.json`);
		const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
		const files = built(site.dir, /^briefings\.json$/);
		// One beside every feed of a place: the site's (in /data/), each province's and each district's.
		const placeFeeds = built(site.dir, /^rss\.xml$/).filter((f) => !f.startsWith(paths.indicators()));
		assert.equal(files.length, placeFeeds.length);
		for (const f of files) {
			const data = JSON.parse(readBuilt(site, f));
			assert.ok(validate(data), `${f}: ${JSON.stringify(validate.errors)}`);
		}
		const broken = structuredClone(records);
		(broken[0] as unknown as Record<string, unknown>).extra = true;
		assert.equal(validate(broken), false);
	});

	it('slices hold the briefings of their province or district, in the site’s order', () => {
		for (const r of records) {
			const district = JSON.parse(
				readBuilt(site, `${sitePathOf(districtOf(r).url)}briefings.json`),
			) as BriefingRecord[];
			assert.deepEqual(
				district,
				records.filter((x) => x.district?.url === districtOf(r).url),
			);
			const province = JSON.parse(readBuilt(site, `${sitePathOf(r.province?.url ?? '')}briefings.json`));
			assert.deepEqual(
				province,
				records.filter((x) => x.province?.url === r.province?.url),
			);
		}
	});

	it('are linked from their pages, and the data page from every footer', () => {
		for (const r of records) {
			const page = sitePathOf(districtOf(r).url);
			const hrefs = attributes(readBuilt(site, `${page}index.html`), 'a', 'href');
			for (const file of ['briefings.json', 'indicators.csv', 'rss.xml', 'datapackage.json']) {
				assert.ok(hrefs.includes(`${page}${file}`), `${page} → ${file}`);
			}
		}
		const data = attributes(readBuilt(site, '/du-lieu/index.html'), 'a', 'href');
		for (const f of [
			'/data/briefings.json',
			'/data/indicators.csv',
			'/data/briefing.schema.json',
			'/data/datapackage.json',
			'/rss.xml',
		]) {
			assert.ok(data.includes(f), f);
		}
		for (const file of htmlFiles(site.dir)) {
			assert.ok(attributes(readBuilt(site, file), 'a', 'href').includes('/du-lieu/'), file);
		}
	});
});

describe('datapackage.json', () => {
	it('sits beside every briefings.json, with the licence, and lists the CSV’s columns as the CSV has them', () => {
		const packages = built(site.dir, /^datapackage\.json$/);
		assert.deepEqual(
			packages.map((p) => p.replace(/datapackage\.json$/, '')),
			built(site.dir, /^briefings\.json$/).map((p) => p.replace(/briefings\.json$/, '')),
		);
		for (const p of packages) {
			const pkg = JSON.parse(readBuilt(site, p));
			assert.equal(pkg.licenses[0].name, 'CC-BY-4.0', p);
			const folder = p.replace(/datapackage\.json$/, '');
			const csv = pkg.resources.find((r: { path: string }) => r.path === 'indicators.csv');
			const header = readBuilt(site, `${folder}indicators.csv`)
				.replace(/^\uFEFF/, '')
				.split('\r\n')[0];
			assert.equal(csv.schema.fields.map((f: { name: string }) => f.name).join(','), header, p);
		}
	});
});

describe('sitemap and robots.txt', () => {
	for (const [name, base] of [
		['without a base path', '/'],
		['under /briefings/', '/briefings/'],
	] as const) {
		it(`list every page to index ${name}`, () => {
			const s = base === '/' ? site : sub;
			const index = readBuilt(s, '/sitemap-index.xml');
			assert.match(index, new RegExp(`<loc>${SITE}${base}sitemap-0\\.xml</loc>`));
			const locs = [...readBuilt(s, '/sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
				sitePathOf(m[1] ?? '', base),
			);
			const pages = htmlFiles(s.dir)
				.filter((f) => !['/404.html', '/tim-kiem/index.html'].includes(f) && !f.startsWith('/bien-tap/'))
				.map((f) => f.replace(/index\.html$/, ''));
			assert.deepEqual([...locs].sort(), pages.sort());
			assert.equal(
				readBuilt(s, '/robots.txt'),
				`User-agent: *\nAllow: /\n\nSitemap: ${SITE}${base}sitemap-index.xml\n`,
			);
		});
	}
});

describe('page metadata', () => {
	it('gives every page a description, Open Graph and a canonical URL with the base', () => {
		for (const [s, base] of [
			[site, '/'],
			[sub, '/briefings/'],
		] as const) {
			for (const file of htmlFiles(s.dir)) {
				const html = readBuilt(s, file);
				const description = meta(html, 'description') ?? '';
				assert.ok(description.length > 20, `${file}: description "${description}"`);
				assert.equal(meta(html, 'og:description'), description, file);
				assert.ok(meta(html, 'og:title'), file);
				assert.equal(meta(html, 'og:site_name'), 'Bản tin huyện', file);
				assert.equal(meta(html, 'og:locale'), 'vi_VN', file);
				assert.equal(meta(html, 'twitter:card'), 'summary_large_image', file);
				assert.equal(meta(html, 'og:image'), `${SITE}${base}og-image.png`, file);
				assert.equal(meta(html, 'twitter:image'), `${SITE}${base}og-image.png`, file);
				const icons = attributes(html, 'link', 'href').filter((h) => /icon/.test(h));
				assert.deepEqual(icons, [`${base}favicon.ico`, `${base}favicon.svg`, `${base}apple-touch-icon.png`], file);
				const article = file.startsWith('/bai-viet/');
				assert.equal(meta(html, 'og:type'), article ? 'article' : 'website', file);
				if (article)
					assert.match(meta(html, 'article:published_time') ?? '', /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}\+07:00)?$/);
				const canonical = /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1];
				if (file === '/404.html') {
					assert.equal(canonical, undefined);
					assert.equal(meta(html, 'robots'), 'noindex');
					continue;
				}
				assert.equal(canonical, `${SITE}${base}${file.slice(1).replace(/index\.html$/, '')}`, file);
				assert.equal(meta(html, 'og:url'), canonical, file);
			}
		}
	});

	it('describes briefings by their lede and districts by what they reported', () => {
		const r = records.find((x) => x.district?.name === 'Như Xuân');
		assert.ok(r);
		assert.match(
			meta(readBuilt(site, `${sitePathOf(r.url)}index.html`), 'description') ?? '',
			/^Sáng 8\/10, đã diễn ra hội nghị/,
		);
		const d = meta(readBuilt(site, '/tinh/thanh-hoa/nhu-xuan/index.html'), 'description') ?? '';
		assert.match(d, /^Huyện Như Xuân \(Thanh Hóa\): 1 bài viết, 08\/10\/2024\. Số liệu đã báo cáo: /);
		assert.match(d, /thu ngân sách/);
		assert.match(meta(readBuilt(site, '/index.html'), 'description') ?? '', /5 bài viết về 5 huyện của 3 tỉnh/);
	});
});
