/**
 * The briefing pages given shard by shard (src/lib/site/search/shard-order.ts) and each shard's
 * pages told written from Astro's log (shards-written.ts): a shard is told once all its pages are
 * in the output folder, never before, and any departure from the plan breaks the order, so that
 * the index waits for Astro's exit.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type PageEvent, pageEvents } from '../../src/lib/astro-page-log.ts';
import { inShardOrder, readShardPlan, type ShardPlan, shardPlan } from '../../src/lib/site/search/shard-order.ts';
import { shardGroups, shardOf } from '../../src/lib/site/search/shards.ts';
import {
	briefingOfPage,
	readIndexLine,
	type ShardPages,
	ShardsWritten,
	shardLine,
} from '../../src/lib/site/search/shards-written.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `gen-${String(i).padStart(6, '0')}`);

/** A line of Astro's log as `astro build` prints it with one page at a time (its default). */
const page = (file: string, time = '+3ms') => `12:00:01   ├─ ${file} (${time}) `;
const briefing = (id: string, time?: string) => page(`/bai-viet/${id}/index.html`, time);
const start = (file: string): PageEvent => ({ kind: 'start', file });
const done: PageEvent = { kind: 'done', rendered: true };

/** Feeds `lines` to a watcher of `plan`; the shards told after each line. */
function watch(plan: ShardPlan | null, lines: readonly string[]) {
	let loads = 0;
	const watcher = new ShardsWritten(() => {
		loads++;
		return plan;
	});
	const told = lines.map((line) => watcher.read(pageEvents(line) ?? []));
	return { watcher, told, loads: () => loads };
}

describe('the briefing pages in shard order', () => {
	it('groups them by shard, shard 0 first, each in the order given, and plans as many pages a shard', () => {
		const given = ids(40).reverse();
		const ordered = inShardOrder(given, (id) => id, 4);
		assert.deepEqual(ordered, shardGroups(given, 4).flat());
		assert.deepEqual([...ordered].sort(), [...given].sort());
		const shards = ordered.map((id) => shardOf(id, 4));
		assert.deepEqual(
			shards,
			[...shards].sort((a, b) => a - b),
		);
		assert.ok(new Set(shards).size > 1);
		// In the order given within a shard: here, descending ids.
		for (const group of shardGroups(given, 4)) assert.deepEqual(group, [...group].sort().reverse());
		const plan = shardPlan(ordered, 4);
		assert.deepEqual(plan, { shards: 4, pages: shardGroups(given, 4).map((g) => g.length) });
		assert.deepEqual(
			inShardOrder(given, (id) => id, 1),
			given,
		);
		assert.deepEqual(shardPlan([], 2), { shards: 2, pages: [0, 0] });
	});

	it('reads a plan back, and nothing else', () => {
		assert.deepEqual(readShardPlan(JSON.stringify({ shards: 2, pages: [3, 0] })), { shards: 2, pages: [3, 0] });
		for (const json of [
			'',
			'null',
			'[]',
			'{"shards":0,"pages":[]}',
			'{"shards":2,"pages":[1]}',
			'{"shards":2,"pages":[1,-1]}',
			'{"shards":1.5,"pages":[1]}',
			'{"shards":1,"pages":["1"]}',
			'{"shards":1}',
		]) {
			assert.equal(readShardPlan(json), null, json);
		}
	});
});

describe('the shards whose pages are written', () => {
	// Four shards; the pages in shard order, as the route gives them.
	const all = inShardOrder(ids(24), (id) => id, 4);
	const plan = shardPlan(all, 4);
	const lines = all.map((id) => briefing(id));
	const byShard = shardGroups(all, 4);

	it('knows a briefing page, a copy’s included, by its output file', () => {
		assert.equal(briefingOfPage('/bai-viet/000-bcc1/index.html'), '000-bcc1');
		assert.equal(briefingOfPage('/bai-viet/index.html'), null);
		assert.equal(briefingOfPage('/bai-viet/a/briefings.json'), null);
		assert.equal(briefingOfPage('/bai-viet/a/b/index.html'), null);
		assert.equal(briefingOfPage('/tinh/bai-viet/a/index.html'), null);
	});

	it('tells each shard once the first page after its run is done, cached and restored pages counted', () => {
		const mixed = lines.map((line, i) =>
			i % 3 === 1 ? briefing(all[i] as string, i % 2 ? 'cached' : 'restored') : line,
		);
		const { watcher, told, loads } = watch(plan, [page('/404.html'), ...mixed, page('/bien-tap/index.html')]);
		assert.equal(loads(), 1);
		// The 404 page, then each shard told with the first page of the next shard's run, the
		// last with the next route's first page.
		const expected: ShardPages[][] = [[]];
		for (const [k, group] of byShard.entries()) {
			for (let i = 0; i < group.length; i++)
				expected.push(i === 0 && k > 0 ? [{ shard: k - 1, pages: byShard[k - 1] ?? [] }] : []);
		}
		expected.push([{ shard: 3, pages: byShard[3] ?? [] }]);
		assert.equal(expected.length, all.length + 2);
		assert.deepEqual(told, expected);
		assert.equal(watcher.complete, true);
		assert.equal(watcher.broken, false);
		assert.deepEqual(watcher.plan, plan);
	});

	it('tells a shard with no pages once a later run starts, and nothing before the briefing pages start', () => {
		// Pages of shard 2 only: shards 0 and 1 are told with its first page, 2 and 3 after it.
		const two = ids(40).filter((id) => shardOf(id, 4) === 2);
		const sparse = shardPlan(two, 4);
		assert.deepEqual(sparse.pages, [0, 0, two.length, 0]);
		const { told, watcher } = watch(sparse, [
			page('/404.html'),
			...two.map((id) => briefing(id)),
			page('/tinh/index.html'),
		]);
		assert.deepEqual(told[0], []);
		assert.deepEqual(told[1], [
			{ shard: 0, pages: [] },
			{ shard: 1, pages: [] },
		]);
		assert.deepEqual(told.at(-1), [
			{ shard: 2, pages: two },
			{ shard: 3, pages: [] },
		]);
		assert.equal(watcher.complete, true);
	});

	it('waits, with pages in flight at once, until every page started before is done', () => {
		const two = inShardOrder(['a', 'b', 'c', 'd', 'e', 'f'], (id) => id, 2);
		const watcher = new ShardsWritten(() => shardPlan(two, 2));
		const first = two.filter((id) => shardOf(id, 2) === 0);
		const second = two.filter((id) => shardOf(id, 2) === 1);
		assert.ok(first.length > 0 && second.length > 0);
		// Shard 0's pages and the first of shard 1 in flight; all but one done…
		const events = [...first, second[0] as string].map((id) => start(`/bai-viet/${id}/index.html`));
		assert.deepEqual(watcher.read([...events, ...first.map(() => done)]), []);
		// …then every page started so far: shard 0 is among them.
		assert.deepEqual(watcher.read([done]), [{ shard: 0, pages: first }]);
		const rest = second.slice(1).map((id) => start(`/bai-viet/${id}/index.html`));
		assert.deepEqual(watcher.read([...rest, ...rest.map(() => done)]), []);
		// Shard 1's run is over with the next route's first page, done with the others.
		assert.deepEqual(watcher.read([start('/tinh/index.html')]), []);
		assert.deepEqual(watcher.read([done]), [{ shard: 1, pages: second }]);
		assert.equal(watcher.complete, true);
	});

	it('with pages always in flight, tells a shard whose run is over once the pages it rendered are found written', () => {
		const two = inShardOrder(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], (id) => id, 2);
		const watcher = new ShardsWritten(() => shardPlan(two, 2));
		const first = two.filter((id) => shardOf(id, 2) === 0);
		const second = two.filter((id) => shardOf(id, 2) === 1);
		assert.ok(first.length > 2 && second.length > 1);
		const begin = (id: string) => start(`/bai-viet/${id}/index.html`);
		const kept: PageEvent = { kind: 'done', rendered: false };
		const asked: string[] = [];
		const written = new Set<string>();
		const found = () =>
			watcher.found((id) => {
				asked.push(id);
				return written.has(id);
			});
		// Shard 0: its first page kept from the last build (its end logged with its start), the
		// others rendered; pages in flight all along.
		const [keptPage, ...rendered] = first as [string, ...string[]];
		assert.deepEqual(watcher.read([begin(keptPage), kept, ...rendered.map(begin)]), []);
		assert.deepEqual(found(), []);
		assert.deepEqual(asked, [], 'no shard is over yet');
		assert.deepEqual(watcher.read([done, begin(second[0] as string), done]), []);
		// Its run is over: its rendered pages are asked about in order, up to the first not written.
		written.add(rendered[0] as string);
		assert.deepEqual(found(), []);
		assert.deepEqual(asked, rendered.slice(0, 2));
		for (const id of rendered) written.add(id);
		asked.length = 0;
		assert.deepEqual(found(), [{ shard: 0, pages: first }]);
		assert.deepEqual(asked, rendered.slice(1), 'from the first not found');
		asked.length = 0;
		assert.deepEqual(found(), []);
		// Told once: not again when every page started is done.
		assert.deepEqual(watcher.read(rendered.map(() => done)), []);
		// A page is kept only when its start comes right before a kept end.
		const rest = second.slice(1);
		assert.deepEqual(watcher.read([...rest.map(begin), kept, start('/tinh/index.html')]), []);
		assert.equal(watcher.complete, false);
		assert.deepEqual(
			watcher.found(() => true),
			[{ shard: 1, pages: second }],
		);
		assert.equal(watcher.complete, true);
	});

	it('finds no shard written once the order broke', () => {
		const { watcher } = watch(plan, [...lines.slice(0, -1), page('/tinh/index.html')]);
		assert.equal(watcher.broken, true);
		assert.deepEqual(
			watcher.found(() => true),
			[],
		);
	});

	it('is broken without a plan, and never complete without briefing pages', () => {
		const none = watch(null, [page('/404.html'), ...lines.slice(0, 3), page('/tinh/index.html')]);
		assert.equal(none.watcher.broken, true);
		assert.equal(none.watcher.complete, false);
		assert.deepEqual(none.told.flat(), []);
		assert.equal(none.watcher.plan, null);
		const other = watch(plan, [page('/404.html'), page('/tinh/index.html')]);
		assert.equal(other.loads(), 0);
		assert.equal(other.watcher.complete, false);
		assert.equal(other.watcher.broken, false);
	});

	it('is broken when a page comes before its shard’s turn, and tells no shard after', () => {
		const swapped = [...lines];
		// The first page of shard 1 moved to the end: shard 1's run ends short.
		const firstOf1 = byShard[0]?.length ?? 0;
		const [moved] = swapped.splice(firstOf1, 1);
		swapped.push(moved as string);
		const { watcher, told } = watch(plan, swapped);
		assert.equal(watcher.broken, true);
		assert.equal(watcher.complete, false);
		assert.deepEqual(
			told.flat().map((s) => s.shard),
			[0],
		);
	});

	it('is broken when a shard holds more pages than planned, or fewer', () => {
		// Shard 0 holds one page more than planned: it is never told.
		const more = watch({ shards: 4, pages: plan.pages.map((n, k) => (k === 0 ? n - 1 : n)) }, lines);
		assert.equal(more.watcher.broken, true);
		assert.equal(more.watcher.complete, false);
		assert.deepEqual(more.told.flat(), []);
		// The last shard one page short when the next route starts.
		const fewer = watch(plan, [...lines.slice(0, -1), page('/tinh/index.html')]);
		assert.equal(fewer.watcher.broken, true);
		assert.equal(fewer.watcher.complete, false);
		assert.deepEqual(
			fewer.told.flat().map((s) => s.shard),
			[0, 1, 2],
		);
	});

	it('is broken when a briefing page comes after another route’s page that followed them', () => {
		const { watcher } = watch(plan, [...lines, page('/bien-tap/index.html'), briefing('late')]);
		assert.equal(watcher.broken, true);
		assert.equal(watcher.complete, false);
	});
});

describe('the index step’s input', () => {
	it('gives a shard’s pages on a line, and Astro’s outcome', () => {
		const shard = { shard: 3, pages: ['a-1', 'b'] };
		assert.equal(shardLine(shard), 'shard 3 a-1 b\n');
		assert.deepEqual(readIndexLine(shardLine(shard)), shard);
		assert.deepEqual(readIndexLine('shard 0'), { shard: 0, pages: [] });
		assert.equal(readIndexLine('ok'), 'ok');
		assert.equal(readIndexLine('changed\r'), 'changed');
		for (const line of ['failed', '', 'shard x a', 'shard -1 a', 'okay'])
			assert.equal(readIndexLine(line), 'failed', line);
	});
});
