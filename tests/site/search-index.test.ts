/**
 * The search index a build writes (Pagefind, src/search-index.ts) and what the pages give it:
 * only briefings indexed, folded text, filters and metadata, no inline script; shards kept when
 * their briefings are unchanged, the output always that of a cold build.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import type { BriefingRecord } from '../../src/lib/site/outputs/briefings-json.ts';
import { shardGroups } from '../../src/lib/site/search/shards.ts';
import { shardLine } from '../../src/lib/site/search/shards-written.ts';
import { type BuiltSite, buildSite, ROOT, readBuilt } from '../support/build-site.ts';
import { attributes, htmlFiles } from '../support/html.ts';
import { MANY_ARTICLES_DIR, writeManyArticles } from '../support/many-articles.ts';

let site: BuiltSite;
let records: BriefingRecord[];

before(() => {
	site = buildSite('samples', 'tests/fixtures/seeds');
	records = JSON.parse(readBuilt(site, '/data/briefings.json')) as BriefingRecord[];
});

const briefingFile = (r: BriefingRecord) => `/bai-viet/${r.id}/index.html`;
const byDistrict = (name: string) => {
	const r = records.find((x) => x.district?.name === name);
	assert.ok(r, name);
	return r;
};
/** `data-value` of the elements carrying a Pagefind attribute ("data-pagefind-filter", "province"). */
const valuesOf = (html: string, attr: string, key: string) =>
	[...html.matchAll(new RegExp(`<span ${attr}="${key}\\[data-value\\]" data-value="([^"]*)"`, 'g'))].map((m) =>
		(m[1] ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"'),
	);

describe('the search index of the sample site', () => {
	it('is written to pagefind/0/ (one shard) with the library, its worker and WebAssembly, without the unused UIs', () => {
		assert.deepEqual(readdirSync(join(site.dir, 'pagefind')), ['0']);
		assert.match(readBuilt(site, '/tim-kiem/index.html'), / data-shards="1"/);
		const dir = join(site.dir, 'pagefind/0');
		for (const f of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.unknown.pagefind']) {
			assert.ok(existsSync(join(dir, f)), f);
		}
		assert.ok(readdirSync(join(dir, 'index')).length > 0, 'index chunks');
		assert.ok(readdirSync(join(dir, 'filter')).length > 0, 'filter chunks');
		assert.deepEqual(
			readdirSync(dir).filter((f) => /-ui\.|highlight/.test(f)),
			[],
		);
	});

	it('indexes the briefings and nothing else, as one Vietnamese index', () => {
		const entry = JSON.parse(readFileSync(join(site.dir, 'pagefind/0/pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		assert.deepEqual(Object.keys(entry.languages), ['vi']);
		assert.equal(entry.languages.vi?.page_count, records.length);
		assert.equal(readdirSync(join(site.dir, 'pagefind/0/fragment')).length, records.length, 'one fragment a briefing');
		assert.match(site.log, /search index: 5 briefing page\(s\) in 1 shard\(s\)/);
		// Begun while Astro rendered, the shard given once its briefing pages were written.
		assert.match(
			site.log,
			/\[search\] indexing the 1 shard\(s\) of the briefing pages as Astro writes them, while it renders/,
		);
	});

	it("begins once the downloads step has written its files, not beside it (the tree's peak of memory)", () => {
		const downloadsDone = site.log.search(/\[downloads\] downloads: \d+ files of 5 briefing\(s\)/);
		const indexBegun = site.log.search(/\[search\] indexing the 1 shard\(s\) of the briefing pages/);
		assert.ok(downloadsDone >= 0 && indexBegun >= 0, site.log);
		assert.ok(downloadsDone < indexBegun, 'the index began while the downloads step ran');
	});

	it('marks only the briefing itself for indexing', () => {
		for (const file of htmlFiles(site.dir)) {
			const html = readBuilt(site, file);
			const bodies = html.match(/data-pagefind-body/g)?.length ?? 0;
			if (file.startsWith('/bai-viet/')) {
				assert.equal(bodies, 1, file);
				assert.match(html, /<article class="briefing" data-pagefind-body>/, file);
				assert.match(html, /<div data-pagefind-ignore><nav class="breadcrumbs"/, `${file}: breadcrumbs left out`);
				const aside = html.slice(html.indexOf('</article>'));
				assert.match(aside, /<aside/, `${file}: related briefings outside the indexed article`);
			} else assert.equal(bodies, 0, file);
		}
	});
});

describe('what a briefing page gives the index', () => {
	it('folds the district, province, headline and officials to ASCII', () => {
		const dbd = readBuilt(site, briefingFile(byDistrict('Điện Biên Đông')));
		const [fold] = valuesOf(dbd, 'data-pagefind-meta', 'fold');
		assert.ok(fold, 'fold metadata');
		assert.match(fold, /^Dien Bien Dong co ban dat cac chi tieu/);
		assert.match(fold, /Huyen Dien Bien Dong, Tinh Dien Bien/);
		assert.match(fold, /\bdang\b/, 'the “đ” words of the text (Đảng)');
		const [namPo] = valuesOf(readBuilt(site, briefingFile(byDistrict('Nậm Pồ'))), 'data-pagefind-meta', 'fold');
		assert.match(namPo ?? '', /Vu A Bang/);
		assert.match(namPo ?? '', /Huyen Nam Po/);
	});

	it('gives every briefing its province, districts, officials and year as filters', () => {
		for (const r of records) {
			const html = readBuilt(site, briefingFile(r));
			assert.deepEqual(valuesOf(html, 'data-pagefind-filter', 'province'), [r.province?.name], r.id);
			assert.deepEqual(
				valuesOf(html, 'data-pagefind-filter', 'district'),
				r.districts.map((d) => `Huyện ${d} (${r.province?.name})`),
				r.id,
			);
			assert.deepEqual(
				valuesOf(html, 'data-pagefind-filter', 'official').sort(),
				r.officials.map((o) => `${o.name} (${r.province?.name})`).sort(),
				r.id,
			);
			assert.deepEqual(valuesOf(html, 'data-pagefind-filter', 'year'), [r.date?.slice(0, 4)], r.id);
		}
	});

	it('gives the date, district and province to show, and the date to sort by', () => {
		for (const r of records) {
			const html = readBuilt(site, briefingFile(r));
			assert.deepEqual(valuesOf(html, 'data-pagefind-meta', 'date'), [r.date], r.id);
			assert.deepEqual(valuesOf(html, 'data-pagefind-meta', 'district'), [`Huyện ${r.district?.name}`], r.id);
			assert.deepEqual(valuesOf(html, 'data-pagefind-meta', 'province'), [r.province?.name], r.id);
			assert.deepEqual(valuesOf(html, 'data-pagefind-sort', 'date'), [r.date], r.id);
		}
	});

	it('keeps the search fields out of sight and out of excerpts', () => {
		const html = readBuilt(site, briefingFile(byDistrict('Nậm Pồ')));
		assert.match(html, /<div class="search-fields" hidden data-pagefind-ignore>(<span [^>]*><\/span>)+<\/div>/);
	});
});

describe('scripts', () => {
	it('has no inline script anywhere, the search script on the search page, elsewhere only the box’s "/" shortcut', () => {
		const shortcut = /<script type="module" src="\/_astro\/SiteSearch\.[^"]+\.js"><\/script>/;
		for (const file of htmlFiles(site.dir)) {
			const html = readBuilt(site, file);
			const tags = html.match(/<script\b[^>]*>/gi) ?? [];
			for (const tag of tags) assert.match(tag, /\ssrc="[^"]+"/, `${file}: inline ${tag}`);
			if (file === '/tim-kiem/index.html') assert.equal(tags.length, 1, file);
			// Redirect pages of copies have no script at all; every other page has the shortcut once.
			else if (html.includes('data-search-shortcut')) {
				assert.equal(tags.length, 1, `${file}: ${tags.join(' ')}`);
				assert.match(html, shortcut, file);
			} else assert.equal(tags.length, 0, file);
			assert.doesNotMatch(html, /<script\b[^>]*>[^<]+<\/script>/i, `${file}: script text`);
			assert.doesNotMatch(html, /\son[a-z]+=/i, `${file}: event handler attribute`);
		}
		assert.match(readBuilt(site, '/tim-kiem/index.html'), /<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
	});

	it('allows WebAssembly on the search page only', () => {
		for (const file of htmlFiles(site.dir)) {
			const csp = attributes(readBuilt(site, file), 'meta', 'content').find((c) => c.includes('script-src'));
			assert.ok(csp, `${file}: a policy`);
			assert.equal(csp.includes("'wasm-unsafe-eval'"), file === '/tim-kiem/index.html', file);
		}
	});
});

describe('the search page without JavaScript', () => {
	it('hides the form the script needs and says how else to find briefings', () => {
		const html = readBuilt(site, '/tim-kiem/index.html');
		assert.match(html, /<search aria-label="Tìm bài viết" hidden data-search-box><form class="search"/);
		assert.match(html, /<p class="callout search-nojs" data-search-nojs>Ô tìm kiếm cần JavaScript/);
		assert.doesNotMatch(html, /<section class="section browse"[^>]*hidden/);
	});

	it('links to every province, district and month with briefings, and to the officials of each province', () => {
		const html = readBuilt(site, '/tim-kiem/index.html');
		const browse = html.slice(html.indexOf('id="duyet"'));
		const hrefs = new Set(attributes(browse, 'a', 'href'));
		const paths = (url: string | undefined) => new URL(url ?? '', 'https://x').pathname;
		for (const r of records) {
			assert.ok(hrefs.has(paths(r.province?.url)), `${r.id}: province`);
			assert.ok(hrefs.has(paths(r.district?.url)), `${r.id}: district`);
			for (const o of r.officials) {
				const province = paths(o.url ?? undefined).replace(/^\/quan-chuc\/([^/]+)\/.*$/, '/tinh/$1/quan-chuc/');
				assert.ok(hrefs.has(province), `${r.id}: ${o.name}, ${province}`);
				const page = readBuilt(site, `${province}index.html`);
				assert.match(page, /<h1>Quan chức<\/h1>/, province);
				assert.ok(attributes(page, 'a', 'href').includes(paths(o.url ?? undefined)), `${o.name} on ${province}`);
			}
			assert.ok(hrefs.has(`/ngay/${r.date?.slice(0, 4)}/${r.date?.slice(5, 7)}/`), `${r.id}: month`);
		}
		for (const p of ['/tinh/', '/huyen/', '/quan-chuc/', '/ngay/']) assert.ok(hrefs.has(p), p);
	});

	it('offers one filter option per indexed value, the officials a province at a time', () => {
		const html = readBuilt(site, '/tim-kiem/index.html');
		const select = (name: string) =>
			new RegExp(`<select[^>]* name="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(html)?.[1] ?? '';
		const options = (name: string) => attributes(select(name), 'option', 'value').filter(Boolean);
		assert.deepEqual(options('tinh'), ['Điện Biên', 'Lai Châu', 'Thanh Hóa']);
		assert.deepEqual(options('nam'), ['2024', '2023']);
		assert.ok(options('huyen').includes('Huyện Điện Biên Đông (Điện Biên)'));
		assert.equal(options('huyen').length, records.flatMap((r) => r.districts).length);
		// Every sample names its province: the page's own menu has no official, each province's file has its own.
		assert.deepEqual(options('quan-chuc'), []);
		const menus = attributes(select('tinh'), 'option', 'data-officials');
		assert.deepEqual(menus, [
			'/tinh/dien-bien/quan-chuc.json',
			'/tinh/lai-chau/quan-chuc.json',
			'/tinh/thanh-hoa/quan-chuc.json',
		]);
		const offered = menus.flatMap((file) => {
			const menu = JSON.parse(readBuilt(site, file)) as { officials: { value: string; count: number }[] };
			return menu.officials.map((o) => o.value);
		});
		assert.ok(offered.includes('Vừ A Bằng (Điện Biên)'));
		const indexed = new Set(
			records.flatMap((r) => valuesOf(readBuilt(site, briefingFile(r)), 'data-pagefind-filter', 'official')),
		);
		assert.deepEqual(offered.sort(), [...indexed].sort(), 'each indexed official once, in its province’s menu');
	});
});

describe('a site under /briefings/: the search page', () => {
	let sub: BuiltSite;
	before(() => {
		sub = buildSite('samples-base', 'tests/fixtures/seeds', { base: '/briefings/' });
	});

	it('loads the script and the Pagefind bundle from under the base', () => {
		const html = readBuilt(sub, '/tim-kiem/index.html');
		assert.match(html, /<script type="module" src="\/briefings\/_astro\/[^"]+\.js"><\/script>/);
		assert.match(html, / data-bundle="\/briefings\/pagefind\/"/);
		assert.match(html, / data-base="\/briefings\/"/);
		assert.ok(existsSync(join(sub.dir, 'pagefind/0/pagefind.js')));
	});

	it('links to it from the navigation', () => {
		assert.match(readBuilt(sub, '/index.html'), /<a href="\/briefings\/tim-kiem\/">Tìm kiếm<\/a>/);
	});
});

describe('the search index of two builds of the same articles', () => {
	// 70 articles: more than two of the batches the indexer sends at once; in shards of 20, four.
	const dir = MANY_ARTICLES_DIR;
	const env = { SEARCH_SHARD_PAGES: '20' };
	const files = (root: string) =>
		readdirSync(join(root, 'pagefind'), { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile())
			.map((e) => relative(root, join(e.parentPath, e.name)))
			.sort();
	const assertSameIndex = (one: BuiltSite, two: BuiltSite) => {
		assert.deepEqual(files(one.dir), files(two.dir));
		for (const f of files(one.dir)) {
			assert.ok(readFileSync(join(one.dir, f)).equals(readFileSync(join(two.dir, f))), `${f} differs`);
		}
	};

	before(() => {
		writeManyArticles();
	});

	it('is the same, byte for byte, in four shards', () => {
		const one = buildSite('many-articles-1', dir, { fresh: true, env });
		const two = buildSite('many-articles-2', dir, { fresh: true, env });
		assert.deepEqual(readdirSync(join(one.dir, 'pagefind')).sort(), ['0', '1', '2', '3']);
		assert.match(readBuilt(one, '/tim-kiem/index.html'), / data-shards="4"/);
		assert.ok(files(one.dir).length > 70);
		assertSameIndex(one, two);
	});

	it('re-indexes only the shard of a changed briefing, and gives what a cold build gives', () => {
		const cache = 'many-articles-incremental';
		const first = buildSite('many-articles-incremental', dir, { fresh: true, env, cache });
		assert.match(first.log, /search index: 70 briefing page\(s\) in 4 shard\(s\), 4 indexed, 0 unchanged/);
		const edited = join(dir, 'bai-007.txt');
		writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nMột câu thêm vào cuối bài.\n`);
		const again = buildSite('many-articles-incremental', dir, { env, cache, keepOutput: true });
		assert.match(again.log, /search index: 70 briefing page\(s\) in 4 shard\(s\), 1 indexed, 3 unchanged/);
		// Read: the changed shard's pages and those Astro wrote again elsewhere (its neighbours),
		// not every page of a shard holding one of them.
		const pagesRead = (log: string) => Number(/, (\d+) page\(s\) read;/.exec(log)?.[1]);
		assert.ok(pagesRead(again.log) > 0 && pagesRead(again.log) < 70 / 2, again.log);
		const cold = buildSite('many-articles-cold', dir, { fresh: true, env });
		assertSameIndex(again, cold);
		// Built again, nothing changed: no article extracted, no shard indexed, no page read.
		const unchanged = buildSite('many-articles-incremental', dir, { env, cache, keepOutput: true });
		assert.match(unchanged.log, /70 article files: 0 extracted, 70 unchanged/);
		assert.match(
			unchanged.log,
			/search index: 70 briefing page\(s\) in 4 shard\(s\), 0 indexed, 4 unchanged \(4 unread\), 0 page\(s\) read;/,
		);
		assertSameIndex(unchanged, cold);
	});

	describe('the index step begun while Astro renders (scripts/search-index.ts)', () => {
		let built: BuiltSite;
		before(() => {
			built = buildSite('many-articles-1', dir, { fresh: true, env });
		});
		/**
		 * Runs the step on a copy of the built site, told `shards` shards and given `input` (the
		 * shards' lines and Astro's outcome).
		 */
		const runStep = (name: string, shards: number, input: string) => {
			const work = resolve(ROOT, 'tmp/test-sites', name);
			rmSync(work, { recursive: true, force: true });
			cpSync(built.dir, join(work, 'dist'), { recursive: true });
			rmSync(join(work, 'dist/pagefind'), { recursive: true });
			const handoff = { outDir: join(work, 'dist'), cacheDir: join(work, 'cache'), shardPages: 20 };
			writeFileSync(join(work, 'handoff.json'), JSON.stringify(handoff));
			const run = spawnSync(process.execPath, ['scripts/search-index.ts', join(work, 'handoff.json'), String(shards)], {
				cwd: ROOT,
				encoding: 'utf8',
				input,
			});
			return { run, site: { dir: join(work, 'dist'), log: run.stdout, base: '/' } };
		};
		const pages = () => readdirSync(join(built.dir, 'bai-viet')).sort();
		/** The shards' lines of `ids` cut into `shards`, in the order `order` gives the shards. */
		const shardLines = (ids: readonly string[], shards: number, order = [3, 1, 0, 2]) =>
			order.map((k) => shardLine({ shard: k, pages: shardGroups(ids, shards)[k] ?? [] })).join('');

		it('keeps its index when Astro succeeds with the shards it was given, in any order', () => {
			const { run, site: step } = runStep('search-step-ok', 4, `${shardLines(pages(), 4)}ok\n`);
			assert.equal(run.status, 0, run.stderr);
			assert.doesNotMatch(run.stdout, /indexing them again/);
			assert.match(run.stdout, /search index: 70 briefing page\(s\) in 4 shard\(s\), 4 indexed/);
			assertSameIndex(step, built);
		});

		it('indexes again from the output when the pages it was given are not all the briefing pages', () => {
			const given = [
				// Pages missing from a shard.
				`${shardLines(pages().slice(5), 4)}ok\n`,
				// The order broke.
				`${shardLines(pages(), 4)}changed\n`,
				// Shards planned for another number of briefings.
				`${shardLines(pages(), 2, [1, 0])}ok\n`,
				// A shard missing: Astro said ok without it.
				`${shardLines(pages(), 4, [0, 1, 2])}ok\n`,
			];
			for (const [i, input] of given.entries()) {
				const { run, site: step } = runStep('search-step-again', i === 2 ? 2 : 4, input);
				assert.equal(run.status, 0, run.stderr);
				assert.match(run.stdout, /the briefing pages changed after they were indexed: indexing them again/);
				assert.match(run.stdout, /search index: 70 briefing page\(s\) in 4 shard\(s\)/);
				assertSameIndex(step, built);
			}
		});

		it('fails when a page is given in another shard than its own', () => {
			const groups = shardGroups(pages(), 4);
			const wrong = [groups[1] ?? [], groups[0] ?? [], groups[2] ?? [], groups[3] ?? []];
			const input = `${wrong.map((p, k) => shardLine({ shard: k, pages: p })).join('')}ok\n`;
			const { run } = runStep('search-step-stray', 4, input);
			assert.equal(run.status, 1);
			assert.match(run.stderr, /given in shard 0, not its own/);
		});

		it('stops, without an error of its own, when Astro fails', () => {
			for (const outcome of ['failed\n', '']) {
				const { run } = runStep('search-step-failed', 4, `${shardLines(pages(), 4, [0])}${outcome}`);
				assert.equal(run.status, 0, run.stderr);
				assert.doesNotMatch(run.stdout, /search index: \d+ briefing page\(s\) in/);
				assert.equal(run.stderr, '');
			}
		});
	});
});
