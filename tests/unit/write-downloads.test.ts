/**
 * The downloads step of `npm run build` (src/write-downloads.ts) on a small collection: every
 * download of the site at the address of its dev endpoint (src/endpoints/), and no endpoint
 * without downloads; an unchanged file not written again; after an edit and a deletion, the
 * output of a build into an empty folder, the deleted briefing's files and folder gone; a file
 * lost from the output written again; beside a failed Astro build, nothing recorded, and beside a
 * successful one, a file removed meanwhile written again.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import {
	type Download,
	indicatorDownloads,
	indicatorProvinceDownloads,
	officialDownloads,
	placeDownloads,
	siteDownloadGroups,
	wholeBody,
} from '../../src/downloads.ts';
import { endpointRoutes } from '../../src/integrations/downloads.ts';
import { writeSnapshot } from '../../src/lib/collection-snapshot.ts';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import type { CollectionItem } from '../../src/lib/site/model/types.ts';
import { DOWNLOADS_WRITTEN } from '../../src/lib/site/outputs/written-files.ts';
import { pageKeys } from '../../src/lib/site/page-keys.ts';
import { BuildFailedError, writeDownloads } from '../../src/write-downloads.ts';
import { ROOT } from '../support/build-site.ts';
import { item } from '../support/entries.ts';

const dir = mkdtempSync(join(tmpdir(), 'write-downloads-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const items: CollectionItem[] = [
	item('a', {
		officials: [{ name: 'Vừ A Bằng' }],
		indicators: [{ key: 'budget-revenue', label: 'thu ngân sách', value: 78 }],
		body: [{ type: 'paragraph', text: 'Huyện Nậm Pồ báo cáo thu ngân sách.' }],
	}),
	item('b', { district: 'Mường Chà', date: '2024-10-02', indicators: [{ key: 'budget-revenue', value: 12 }] }),
	item('c', { province: 'Hà Nội', district: 'Ba Vì', date: '2023-06-13', officials: [{ name: 'Nguyễn Văn Ba' }] }),
];

/** Every file under `root` with its bytes (as text), by relative path. */
function tree(root: string): Map<string, string> {
	return new Map(
		readdirSync(root, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile())
			.map((e) => [
				join(e.parentPath, e.name).slice(root.length + 1),
				readFileSync(join(e.parentPath, e.name), 'utf8'),
			]),
	);
}

let runs = 0;
/** Writes the downloads of `entries` into `out` with the cache folder `cache`; its summary line. */
async function run(
	entries: readonly CollectionItem[],
	out: string,
	cache: string,
	base = '/ban-tin/',
	outcome?: Promise<boolean>,
): Promise<string> {
	const snapshot = join(dir, `snapshot-${++runs}.jsonl`);
	await writeSnapshot(snapshot, entries);
	const lines: string[] = [];
	await writeDownloads({
		outDir: out,
		cacheDir: cache,
		snapshot,
		site: 'https://example.org',
		base,
		log: (l) => lines.push(l),
		...(outcome ? { outcome } : {}),
	});
	return lines.at(-1) ?? '';
}

describe('the downloads step', () => {
	it('writes each download at the address of a dev endpoint, and every endpoint has downloads', () => {
		const patterns = endpointRoutes(join(ROOT, 'src/endpoints')).map((r) => ({
			pattern: r.pattern,
			regex: new RegExp(`^${r.pattern.replace(/\./g, '\\.').replace(/\[[^\]]+\]/g, '[^/]+')}$`),
		}));
		const matched = new Set<string>();
		for (const d of [...siteDownloadGroups(buildSite(items), (p) => p)].flat()) {
			const path = `${d.folder}${d.name}`;
			const hits = patterns.filter((p) => p.regex.test(path));
			assert.equal(hits.length, 1, `${path}: ${hits.map((h) => h.pattern).join(', ') || 'no endpoint'}`);
			for (const h of hits) matched.add(h.pattern);
		}
		assert.deepEqual(
			patterns.map((p) => p.pattern).filter((p) => !matched.has(p)),
			[],
		);
		assert.ok(patterns.some((p) => p.pattern === '/tinh/[province]/[district]/rss.xml'));
	});

	it("asks for each path's URL once in a group, and gives each group's files the same URLs", async () => {
		const asked: string[] = [];
		const url = (path: string) => {
			asked.push(path);
			return `https://example.org${path}`;
		};
		for (const group of siteDownloadGroups(buildSite(items), url)) {
			asked.length = 0;
			const bodies = await Promise.all(group.map(async (d) => Buffer.from(wholeBody(await d.body())).toString()));
			assert.deepEqual(asked, [...new Set(asked)]);
			assert.ok(bodies.join('').includes('https://example.org/'));
		}
	});

	it('keys each file by what it prints, not by the rest of its page', () => {
		const model = buildSite(items);
		const keys = pageKeys(model, 'settings');
		const url = (path: string) => path;
		const keysOf = (downloads: readonly Download[]) => downloads.map((d) => keys.page(d.source));
		const [province] = model.provinces;
		const [official] = model.officials;
		const [indicator] = model.indicators;
		const [inProvince] = indicator?.provinces ?? [];
		assert.ok(province && official && indicator && inProvince);
		const same = (a: readonly Download[], b: readonly Download[]) => assert.deepEqual(keysOf(a), keysOf(b));
		same(
			placeDownloads(province, url),
			placeDownloads({ ...province, officials: [], timeline: [], comparisons: [] }, url),
		);
		same(
			officialDownloads(official, url),
			officialDownloads({ ...official, titles: [], companions: [], districts: [] }, url),
		);
		same(indicatorDownloads(indicator, url), indicatorDownloads({ ...indicator, provinces: [] }, url));
		same(
			indicatorProvinceDownloads(inProvince, url),
			indicatorProvinceDownloads({ ...inProvince, briefings: [] }, url),
		);
		// What they print changes them.
		const other = (a: readonly Download[], b: readonly Download[]) => {
			const changed = keysOf(b);
			keysOf(a).forEach((key, i) => {
				assert.notEqual(key, changed[i]);
			});
		};
		other(placeDownloads(province, url), placeDownloads({ ...province, briefings: province.briefings.slice(1) }, url));
		other(officialDownloads(official, url), officialDownloads({ ...official, appearances: [] }, url));
		other(indicatorDownloads(indicator, url), indicatorDownloads({ ...indicator, measures: [], briefings: [] }, url));
	});

	it('writes every file once, then only what changed, as a build into an empty folder would', async () => {
		const out = join(dir, 'out');
		const cache = join(dir, 'cache');
		assert.match(
			await run(items, out, cache),
			/^downloads: (\d+) files of 3 briefing\(s\): \1 made, \1 written, 0 unchanged, 0 removed/,
		);
		const first = tree(out);
		assert.ok(first.get('bai-viet/a/briefings.json')?.includes('"https://example.org/ban-tin/bai-viet/a/"'));
		assert.match(first.get('rss.xml') ?? '', /Huyện Nậm Pồ báo cáo thu ngân sách/);
		assert.ok(first.has('quan-chuc/ha-noi/nguyen-van-ba/rss.xml'));
		assert.ok(first.has('chi-so/budget-revenue/dien-bien/ranking.csv'));
		const mtime = (path: string) => statSync(join(out, path)).mtimeMs;
		const siteWide = mtime('data/briefings.json');
		const ownA = mtime('bai-viet/a/briefings.json');
		const ownB = mtime('bai-viet/b/briefings.json');

		// Only the site-wide files (rss.xml and data/'s three) are made again; none is written.
		assert.match(await run(items, out, cache), /: 4 made, 0 written, (\d+) unchanged, 0 removed/);
		assert.equal(mtime('data/briefings.json'), siteWide);
		assert.deepEqual(tree(out), first);

		const changed = [
			{ ...items[0], data: { ...items[0]?.data, title: 'Tít đã sửa' } } as CollectionItem,
			items[1] as CollectionItem,
		];
		assert.match(await run(changed, out, cache), /: [1-9]\d* made, [1-9]\d* written, \d+ unchanged, [1-9]\d* removed/);
		assert.notEqual(mtime('bai-viet/a/briefings.json'), ownA);
		assert.equal(mtime('bai-viet/b/briefings.json'), ownB);
		const cold = join(dir, 'cold');
		await run(changed, cold, join(dir, 'cold-cache'));
		assert.deepEqual(tree(out), tree(cold));
		assert.equal(readdirSync(join(out, 'bai-viet')).includes('c'), false);
		assert.equal(
			readdirSync(out).includes('quan-chuc') && readdirSync(join(out, 'quan-chuc')).includes('ha-noi'),
			false,
		);

		const all = (await run(changed, out, cache, '/')).match(/^downloads: (\d+) files .*: (\d+) made/);
		assert.equal(all?.[2], all?.[1], 'another base path makes every file again');
		const coldRoot = join(dir, 'cold-root');
		await run(changed, coldRoot, join(dir, 'cold-root-cache'), '/');
		assert.deepEqual(tree(out), tree(coldRoot));
	});

	it('makes the feeds of a briefing whose body alone changed again, as a build into an empty folder would', async () => {
		const out = join(dir, 'body');
		const cache = join(dir, 'body-cache');
		await run(items, out, cache);
		const edited = [
			{
				...items[0],
				data: { ...items[0]?.data, body: [{ type: 'paragraph', text: 'Huyện Nậm Pồ sửa lại báo cáo.' }] },
			} as CollectionItem,
			...items.slice(1),
		];
		assert.match(await run(edited, out, cache), /: [1-9]\d* made, [1-9]\d* written, /);
		const cold = join(dir, 'body-cold');
		await run(edited, cold, join(dir, 'body-cold-cache'));
		assert.deepEqual(tree(out), tree(cold));
		assert.match(tree(out).get('tinh/dien-bien/rss.xml') ?? '', /Huyện Nậm Pồ sửa lại báo cáo/);
	});

	it('writes a file again when the output lost it', async () => {
		const out = join(dir, 'lost');
		const cache = join(dir, 'lost-cache');
		await run(items, out, cache);
		const before = tree(out);
		unlinkSync(join(out, 'tinh/dien-bien/rss.xml'));
		assert.match(await run(items, out, cache), / 1 written, /);
		assert.deepEqual(tree(out), before);
	});

	it('records nothing when the Astro build it ran beside failed, so that the next build makes every file', async () => {
		const out = join(dir, 'failed');
		const cache = join(dir, 'failed-cache');
		await run(items, out, cache);
		await assert.rejects(run(items, out, cache, '/ban-tin/', Promise.resolve(false)), BuildFailedError);
		assert.equal(existsSync(join(cache, DOWNLOADS_WRITTEN)), false);
		const all = (await run(items, out, cache)).match(/^downloads: (\d+) files .*: (\d+) made/);
		assert.equal(all?.[2], all?.[1]);
	});

	it('writes again a file removed while Astro built, once Astro has succeeded', async () => {
		const out = join(dir, 'pruned');
		const cache = join(dir, 'pruned-cache');
		await run(items, join(dir, 'pruned-cold'), join(dir, 'pruned-cold-cache'));
		const file = join(out, 'bai-viet/b/indicators.csv');
		// Astro's end of build, pruning the output, removes a file the step has just written.
		const outcome = new Promise<boolean>((resolve) => {
			const poll = setInterval(() => {
				if (!existsSync(file)) return;
				clearInterval(poll);
				unlinkSync(file);
				resolve(true);
			}, 1);
		});
		await run(items, out, cache, '/ban-tin/', outcome);
		assert.deepEqual(tree(out), tree(join(dir, 'pruned-cold')));
	});
});
