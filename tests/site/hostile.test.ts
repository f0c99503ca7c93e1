/**
 * A site built from a folder of broken, mis-encoded, duplicated and hostile files: the build
 * succeeds, accounts for every file in its report and on the editors' page, places re-encoded
 * articles correctly, lets no hostile markup into any output file, and in strict mode fails.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import type { BuildReport } from '../../src/lib/site/outputs/build-report.ts';
import { type BuiltSite, buildSite, readBuilt } from '../support/build-site.ts';
import { checkLinks, formatBroken } from '../support/check-links.ts';
import { buildHostileSite, HOSTILE_DIR, type HostileCase } from '../support/hostile-articles.ts';
import { htmlFiles } from '../support/html.ts';
import { feedProblems } from '../support/rss.ts';

let cases: HostileCase[] = [];
let site: BuiltSite;
let report: BuildReport;
let records: { id: string; district: { name: string } | null; title: string }[];

before(() => {
	// Extracted on worker threads: every file's outcome must be what the loader's own thread
	// gives, which the cases below state.
	({ cases, site } = buildHostileSite());
	report = JSON.parse(readBuilt(site, '/data/build-report.json'));
	records = JSON.parse(readBuilt(site, '/data/briefings.json'));
});

const SITE = 'https://briefings.example.org';
const fileOf = (c: HostileCase) => `${HOSTILE_DIR}/${c.file}`;

describe('a site from hostile and broken input', () => {
	it('builds, non-strict, and prints the report summary', () => {
		assert.match(
			site.log,
			/\d+ article files: \d+ published, \d+ published with warnings, \d+ quarantined, \d+ duplicates/,
		);
	});

	it('accounts for every file in the build report', () => {
		assert.deepEqual(report.files.map((f) => f.file).sort(), cases.map(fileOf).sort());
		assert.equal(report.summary.files, cases.length);
	});

	it('gives each file its status and messages', () => {
		for (const c of cases) {
			const row = report.files.find((f) => f.file === fileOf(c));
			assert.ok(row, c.file);
			assert.equal(row.status, c.status, `${c.file}: ${JSON.stringify(row.messages)}`);
			for (const code of c.codes) {
				assert.ok(
					row.messages.some((m) => m.code === code),
					`${c.file} lacks ${code}: ${row.messages.map((m) => m.code)}`,
				);
			}
			for (const m of row.messages) assert.ok(m.hint.length > 10, `${c.file}: ${m.code} has no fix`);
		}
	});

	it('names the field, the line and the nearest valid value', () => {
		const row = report.files.find((f) => f.file.endsWith('unknown-district.md'));
		const m = row?.messages.find((x) => x.code === 'unknown-district');
		assert.equal(m?.field, 'district');
		assert.equal(m?.line, 3);
		assert.match(m?.message ?? '', /did you mean "Nậm Pồ"/);
	});

	it('reports the duplicate as a copy of the published original', () => {
		const dup = report.files.find((f) => f.file.endsWith('sao-chep-nam-po.txt'));
		assert.equal(dup?.duplicateOf, `${HOSTILE_DIR}/nam-po.txt`);
	});

	it('indexes the published briefings for search, not the copy’s redirect page', () => {
		// Indexed while Astro rendered the other pages, before the build report was written.
		assert.match(site.log, /indexing the \d+ shard\(s\) of the briefing pages as Astro writes them, while it renders/);
		const entry = JSON.parse(readBuilt(site, '/pagefind/0/pagefind-entry.json')) as {
			languages: Record<string, { page_count: number }>;
		};
		assert.equal(entry.languages.vi?.page_count, records.length);
		const dup = report.files.find((f) => f.file.endsWith('sao-chep-nam-po.txt'));
		assert.match(readBuilt(site, `/bai-viet/${dup?.id}/index.html`), /^<!doctype html><title>Redirecting to: /);
	});

	it('places re-encoded copies of the samples in their districts', () => {
		for (const c of cases) {
			if (!c.district || c.status === 'quarantined' || c.status === 'duplicate') continue;
			const id = report.files.find((f) => f.file === fileOf(c))?.id;
			const record = records.find((r) => r.id === id);
			assert.equal(record?.district?.name, c.district, c.file);
		}
	});

	it('publishes only what is not held back', () => {
		const published = cases.filter((c) => c.status === 'published' || c.status === 'warning');
		assert.equal(records.length, published.length);
	});

	it('lists held and warned files on the editors’ pages with what to fix', () => {
		const page = htmlFiles(site.dir)
			.filter((p) => p.startsWith('/bien-tap/'))
			.map((p) => readBuilt(site, p))
			.join('\n');
		assert.match(page, /Huyện không có trong danh mục/);
		assert.match(page, /Cách sửa:/);
		assert.match(page, /dòng 3, trường district/);
	});

	it('puts each held or warned file on one page of its list, four to a page, the first on the editors’ page', () => {
		const pages = htmlFiles(site.dir).filter((p) => p.startsWith('/bien-tap/'));
		assert.deepEqual(pages, [
			'/bien-tap/can-xem-lai/2/index.html',
			'/bien-tap/giu-lai/2/index.html',
			'/bien-tap/giu-lai/3/index.html',
			'/bien-tap/giu-lai/4/index.html',
			'/bien-tap/index.html',
		]);
		const [held, warned] = readBuilt(site, '/bien-tap/index.html').split('id="warned"');
		const lists = {
			held: [held ?? '', ...[2, 3, 4].map((n) => readBuilt(site, `/bien-tap/giu-lai/${n}/index.html`))],
			warned: [warned ?? '', readBuilt(site, '/bien-tap/can-xem-lai/2/index.html')],
		};
		const cardsOf = (html: string) =>
			[...html.matchAll(/class="report-file__name"><code>([^<]*)<\/code>/g)].map((m) => m[1]);
		for (const [list, statuses] of [
			['held', ['quarantined', 'duplicate']],
			['warned', ['warning']],
		] as const) {
			const files = report.files.filter((f) => (statuses as readonly string[]).includes(f.status)).map((f) => f.file);
			const shown = lists[list].map(cardsOf);
			assert.deepEqual(shown.flat(), files, `${list}: every file once, in the report's order`);
			assert.deepEqual(
				shown.map((cards) => cards.length),
				list === 'held' ? [4, 4, 4, 1] : [4, 3],
			);
		}
	});

	it('links the pages of a list to each other, the first being the list on the editors’ page', () => {
		const second = readBuilt(site, '/bien-tap/giu-lai/2/index.html');
		assert.match(second, /<h1>Bị giữ lại: trang 2\/4<\/h1>/);
		assert.match(second, /Tệp 5–8 trong 13 tệp, trang 2\/4\./);
		assert.match(second, /<a href="\/bien-tap\/#held" rel="prev">/);
		assert.match(second, /<a href="\/bien-tap\/giu-lai\/3\/" rel="next">/);
		assert.match(second, /<span aria-current="page">2<\/span>/);
		assert.match(second, /<a href="\/bien-tap\/giu-lai\/4\/">4<\/a>/);
		const last = readBuilt(site, '/bien-tap/can-xem-lai/2/index.html');
		assert.match(last, /<a href="\/bien-tap\/#warned" rel="prev">/);
		assert.doesNotMatch(last, /rel="next"/);
		const first = readBuilt(site, '/bien-tap/index.html');
		assert.match(first, /<a href="\/bien-tap\/giu-lai\/2\/" rel="next">/);
		assert.match(first, /<a href="\/bien-tap\/can-xem-lai\/2\/" rel="next">/);
		assert.doesNotMatch(first, /rel="prev"/);
	});

	it('links the editors’ pages only to pages and sections that exist', () => {
		const report = checkLinks(site.dir, { site: SITE, base: '/', anchors: true });
		const editors = report.broken.filter((b) => b.file.startsWith('/bien-tap/'));
		assert.deepEqual(editors, [], formatBroken(report));
	});

	it('leaves every editors’ page out of the sitemap', () => {
		const sitemap = readBuilt(site, '/sitemap-0.xml');
		assert.match(sitemap, /\/bai-viet\//);
		assert.doesNotMatch(sitemap, /bien-tap/);
	});

	it('counts the files of each kind of problem on the editors’ page', () => {
		const page = readBuilt(site, '/bien-tap/index.html');
		const kinds = page.slice(page.indexOf('id="kinds"'), page.indexOf('id="held"'));
		const codes = new Set(report.files.flatMap((f) => f.messages.map((m) => m.code)));
		assert.ok(codes.size > 10);
		for (const code of codes) {
			const files = report.files.filter((f) => f.messages.some((m) => m.code === code)).length;
			assert.match(kinds, new RegExp(`>${code}</code>\\s*</th>\\s*<td class="n">${files}</td>`), code);
		}
		assert.equal(kinds.match(/<tr class="problem--/g)?.length, codes.size);
	});

	it('shows hostile text as text', () => {
		const id = report.files.find((f) => f.file.endsWith('hostile-text.txt'))?.id ?? '';
		const page = readBuilt(site, `/bai-viet/${id}/index.html`);
		// "<" may come out as &lt; (Astro) or &#x3C; (the Markdown processor): either is text.
		assert.match(page, /(&lt;|&#x3C;)script&gt;alert\(1\)(&lt;|&#x3C;)\/script&gt;/);
		assert.match(page, /(&lt;|&#x3C;)img src=x onerror=alert\(2\)/);
		assert.match(page, /\[chi tiết\]\(javascript:alert\(3\)\)/);
	});

	it('lets no hostile markup into any page, feed or data file', () => {
		const files = readdirSync(site.dir, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile() && /\.(html|xml|json|csv|txt|rss|svg)$/.test(e.name))
			.map((e) => join(e.parentPath, e.name));
		assert.ok(files.length > 20);
		for (const path of files) {
			const raw = readFileSync(path, 'utf8');
			const where = relative(site.dir, path);
			// Inside a quoted attribute value "<" is inert text; what matters is markup outside them.
			const text = path.endsWith('.json') || path.endsWith('.csv') ? raw : raw.replace(/="[^"]*"/g, '=""');
			// A script element may only load the site's own file; none may carry code inline. Attribute
			// values holding "<" are left out: Astro writes "<" in a quoted value as it is, and there it is text.
			const markup = raw.replace(/="[^"<]*<[^"]*"/g, '=""');
			for (const m of markup.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
				assert.match(m[1] ?? '', /\ssrc="\//, `${where}: script without a site src`);
				assert.equal((m[2] ?? '').trim(), '', `${where}: inline script`);
			}
			assert.doesNotMatch(text, /<(iframe|object|embed)\b/i, `${where}: embedded frame`);
			assert.doesNotMatch(text, /<[a-z][^>]*\son[a-z]+\s*=/i, `${where}: event handler attribute`);
			// A javascript: URL in a real attribute (escaped article text that mentions one is text).
			assert.doesNotMatch(
				raw,
				/<[a-z][^<>]*\s(?:href|src|action)\s*=\s*["']?\s*javascript:/i,
				`${where}: javascript: URL`,
			);
			if (path.endsWith('.json')) assert.doesNotMatch(raw, /<script|<img|<iframe/i, `${where}: markup in JSON`);
		}
	});

	it('writes every feed as well-formed RSS, whatever characters the headlines held', () => {
		const feeds = readdirSync(site.dir, { recursive: true })
			.map(String)
			.filter((p) => p.endsWith('rss.xml'));
		assert.ok(feeds.length > 2);
		for (const path of feeds) assert.deepEqual(feedProblems(readBuilt(site, `/${path}`)), [], path);
		assert.ok(records.every((r) => !/[\uFFFE\uFFFF\u2066-\u2069\u061C]/.test(r.title)));
	});

	it('keeps every page under the strict Content-Security-Policy', () => {
		for (const path of htmlFiles(site.dir)) {
			const html = readBuilt(site, path);
			// A copy's address is Astro's redirect page: no script, no style, nothing to protect.
			if (/^<!doctype html><title>Redirecting to: [^<]*<\/title><meta http-equiv="refresh"/.test(html)) {
				assert.doesNotMatch(html, /<script|<style|\sstyle=/, `${path}: redirect page with script or style`);
				continue;
			}
			assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'/);
			assert.doesNotMatch(html, /\sstyle="/, `${path}: inline style attribute`);
			assert.doesNotMatch(html, /<style\b/, `${path}: inline style element`);
		}
	});

	it('writes nothing outside the output folder, whatever the frontmatter slug', () => {
		const all = readdirSync(site.dir, { recursive: true }).map(String);
		assert.ok(all.every((p) => !p.includes('..') && !p.includes('etc/passwd')));
	});
});

describe('strict mode', () => {
	it('fails the build when an article is quarantined, naming it', () => {
		const strict = buildSite('hostile-strict', HOSTILE_DIR, { env: { STRICT: '1' }, allowFailure: true });
		assert.notEqual(strict.status, 0);
		assert.match(strict.log, /strict mode: \d+ article\(s\) quarantined/);
		assert.match(strict.log, /unknown-district\.md/);
		// The search index, begun while Astro rendered, is passed over: the build failed.
		assert.match(strict.log, /shard\(s\) of the briefing pages as Astro writes them, while it renders/);
		assert.doesNotMatch(strict.log, /search index: \d+ briefing page\(s\) in|search index failed/);
	});
});
