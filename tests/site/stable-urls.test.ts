/**
 * A published folder, built, then built again (incrementally, with the same cache) after files
 * were added that collide with its addresses: both builds complete, every file has its status,
 * no linked file's text reaches the site or the caches, and every address of the first build
 * still shows the same article.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import { MAX_ID_LENGTH } from '../../src/lib/article/ids.ts';
import type { BuildReport } from '../../src/lib/site/outputs/build-report.ts';
import { type BuiltSite, buildSite, ROOT, readBuilt } from '../support/build-site.ts';
import { type FileCase, SECRET, STABLE_DIR, writeStableFolder } from '../support/hostile-files.ts';
import { attributes } from '../support/html.ts';
import { readFeed } from '../support/rss.ts';

const CACHE = 'stable-urls';

interface Build {
	readonly site: BuiltSite & { status: number };
	readonly cases: FileCase[];
	readonly report: BuildReport;
}

function build(name: string, added: boolean): Build {
	const cases = writeStableFolder(added);
	const site = buildSite(name, STABLE_DIR, { cache: CACHE, fresh: !added });
	return { site, cases, report: JSON.parse(readBuilt(site, '/data/build-report.json')) };
}

/** The headline a built briefing page shows, following a redirect page to its target. */
function headlineAt(site: BuiltSite, id: string): string | null {
	const path = join(site.dir, 'bai-viet', id, 'index.html');
	if (!existsSync(path)) return null;
	const html = readFileSync(path, 'utf8');
	const refresh = /<meta http-equiv="refresh" content="\d+;url=([^"]+)"/.exec(html)?.[1];
	if (refresh) {
		const target = /\/bai-viet\/([^/]+)\/$/.exec(refresh)?.[1];
		return target && target !== id ? headlineAt(site, target) : null;
	}
	return /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? null;
}

function filesUnder(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => join(e.parentPath, e.name));
}

let first: Build;
let second: Build;

before(() => {
	first = build('stable-urls-1', false);
	second = build('stable-urls-2', true);
});

describe('files that once stopped a build or leaked', () => {
	it('build to completion, twice', () => {
		assert.equal(first.site.status, 0, first.site.log.slice(-3000));
		assert.equal(second.site.status, 0, second.site.log.slice(-3000));
		assert.match(second.site.log, /article files: \d+ extracted, [1-9]\d* unchanged, 3 not read, 0 removed/);
	});

	it('give every file its status and catalogued message', () => {
		for (const { cases, report } of [first, second]) {
			assert.equal(report.summary.files, cases.length);
			for (const c of cases) {
				const row = report.files.find((f) => f.file === `${STABLE_DIR}/${c.file}`);
				assert.ok(row, `${c.file} is not in the report`);
				assert.equal(row.status, c.status, `${c.file}: ${JSON.stringify(row.messages)}`);
				for (const code of c.codes) {
					assert.ok(
						row.messages.some((m) => m.code === code),
						`${c.file} lacks ${code}: ${row.messages.map((m) => m.code)}`,
					);
				}
			}
		}
	});

	it('never read a linked file: its text is in no output file and no cache', () => {
		const caches = resolve(ROOT, 'tmp/test-cache', CACHE);
		const files = [...filesUnder(first.site.dir), ...filesUnder(second.site.dir), ...filesUnder(caches)];
		assert.ok(files.length > 50);
		for (const path of files) {
			assert.ok(!readFileSync(path).includes(SECRET), `${path} holds the linked file's text`);
		}
	});

	it('keep dates out of range off the pages and feeds', () => {
		const feed = readFeed(readBuilt(second.site, '/rss.xml'));
		for (const item of feed.items) {
			const year = new Date(item.pubDate ?? '').getUTCFullYear();
			assert.ok(year >= 1990 && year <= new Date().getUTCFullYear() + 1, item.pubDate);
		}
		assert.ok(!existsSync(join(second.site.dir, 'ngay', '9999')));
		assert.ok(!existsSync(join(second.site.dir, 'ngay', '0024')));
		assert.ok(!existsSync(join(second.site.dir, 'ngay', '24')));
	});
});

describe('published addresses', () => {
	it('still show the same article after colliding files are added', () => {
		const published = first.report.files.filter((f) => f.status === 'published' || f.status === 'warning');
		assert.ok(published.length >= 4);
		for (const f of published) {
			// The one documented exception: a file of the same name with another extension, first in path order.
			if (f.file.endsWith('/x.txt')) continue;
			const before = headlineAt(first.site, f.id);
			assert.ok(before, `${f.id} was not built`);
			assert.equal(headlineAt(second.site, f.id), before, `${f.file} (${f.id}) changed`);
		}
	});

	it('lead from a copy to the article it repeats', () => {
		const row = second.report.files.find((f) => f.file.endsWith('/nam-po.txt'));
		assert.equal(row?.status, 'duplicate');
		const html = readBuilt(second.site, `/bai-viet/${row?.id}/index.html`);
		assert.match(html, /<meta http-equiv="refresh" content="0;url=\/bai-viet\/0-ban-sao\/"/);
		assert.deepEqual(attributes(html, 'link', 'href'), ['https://briefings.example.org/bai-viet/0-ban-sao/']);
		const sitemap = readBuilt(second.site, '/sitemap-0.xml');
		assert.match(sitemap, /\/bai-viet\/0-ban-sao\//);
		assert.doesNotMatch(sitemap, new RegExp(`/bai-viet/${row?.id}/`));
	});

	it('go to newcomers under ids of their own, bounded in length', () => {
		const ids = second.report.files.map((f) => f.id);
		assert.equal(new Set(ids).size, ids.length);
		for (const id of ids) assert.ok(id.length <= MAX_ID_LENGTH, id);
		const folded = second.report.files.find((f) => f.file.endsWith('/Nậm Pồ.txt'));
		assert.match(folded?.id ?? '', /^nam-po-[0-9a-f]{6}$/);
		const thief = second.report.files.find((f) => f.file.endsWith('/slug-thief.md'));
		assert.match(thief?.id ?? '', /^nam-po-[0-9a-f]{6}$/);
		const message = thief?.messages.find((m) => m.code === 'id-taken');
		assert.equal(message?.field, 'slug');
		assert.match(message?.message ?? '', /belongs to tmp\/fixtures\/stable-urls\/nam-po\.txt/);
	});

	it('report the one move that can happen, on the file that moved', () => {
		assert.equal(second.report.files.find((f) => f.file.endsWith('/x.md'))?.id, 'x');
		const moved = second.report.files.find((f) => f.file.endsWith('/x.txt'));
		assert.match(moved?.id ?? '', /^x-[0-9a-f]{6}$/);
		assert.match(moved?.messages.find((m) => m.code === 'id-taken')?.message ?? '', /belongs to .*\/x\.md/);
	});
});

describe('strict mode', () => {
	it('fails with the message alone, no stack trace', () => {
		const strict = buildSite('stable-urls-strict', STABLE_DIR, { env: { STRICT: '1' }, allowFailure: true });
		assert.notEqual(strict.status, 0);
		assert.match(strict.log, /strict mode: \d+ article\(s\) quarantined/);
		assert.doesNotMatch(strict.log, /^\s+at .+:\d+:\d+\)?$/m);
		assert.doesNotMatch(strict.log, /Stack trace/i);
	});
});
