/**
 * The search index step of `npm run build` (src/search-index.ts) in a process of its own:
 * scripts/build.ts starts it, with V8 settings of its own (for size), so that what the indexing
 * holds (pages read, Pagefind's messages) is given back when it exits and never stays in the
 * build script's heap.
 *
 *   node scripts/search-index.ts HANDOFF [SHARDS]
 *
 * With SHARDS (the number of shards Astro's briefing route was ordered for, src/lib/site/search/
 * shard-order.ts), the step starts while Astro renders, and its standard input gives, a line
 * each, the shards whose pages are written as they are ("shard K ID ID…", copies' pages included:
 * src/lib/site/search/shards-written.ts), each indexed as it comes, then Astro's outcome: "ok"
 * when its build succeeded and every shard was given; "changed" when it succeeded but the pages
 * did not come as planned (those given may not be all of them); any other line, or the end of the
 * input, when it failed (then the step stops once the shards begun are written, with status 0:
 * Astro's error is the one to show). When the briefing pages of the finished build are not those
 * given, or are not as many as SHARDS were planned for, the index is made again from the output,
 * as it is without SHARDS (after Astro's exit); the shards already indexed are kept by their
 * stamps. Any other failure exits with status 1.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { SearchIndexHandoff } from '../src/integrations/search-index.ts';
import { shardCount } from '../src/lib/site/search/shards.ts';
import { type IndexOutcome, readIndexLine, type ShardPages } from '../src/lib/site/search/shards-written.ts';
import { buildSearchIndex, listBriefingPages } from '../src/search-index.ts';

const [handoff, shardsArg] = process.argv.slice(2);
if (!handoff || (shardsArg !== undefined && !/^[1-9]\d*$/.test(shardsArg))) {
	throw new Error('usage: node scripts/search-index.ts HANDOFF [SHARDS]');
}
const settings = JSON.parse(readFileSync(handoff, 'utf8')) as SearchIndexHandoff;
const log = (line: string) => process.stdout.write(`${new Date().toTimeString().slice(0, 8)} [search] ${line}\n`);

/** Whether `sorted` and `ids` hold the same ids. */
function sameIds(sorted: readonly string[], ids: readonly string[]): boolean {
	const other = [...ids].sort();
	return sorted.length === other.length && sorted.every((id, i) => id === other[i]);
}

/** The shards given on standard input, as they come, and Astro's outcome, its last line. */
function input(): { shards: AsyncIterable<ShardPages>; outcome: Promise<IndexOutcome> } {
	const lines = createInterface({ input: process.stdin });
	const arrived: ShardPages[] = [];
	let over = false;
	let wake: (() => void) | null = null;
	let settle: (outcome: IndexOutcome) => void = () => {};
	const outcome = new Promise<IndexOutcome>((resolve) => {
		settle = (o) => {
			if (over) return;
			over = true;
			resolve(o);
			wake?.();
			// Emits 'close' at once: settled already.
			lines.close();
		};
	});
	lines.on('line', (line) => {
		if (over) return;
		const read = readIndexLine(line);
		if (typeof read === 'string') settle(read);
		else {
			arrived.push(read);
			wake?.();
		}
	});
	lines.once('close', () => settle('failed'));
	async function* shards(): AsyncGenerator<ShardPages> {
		for (;;) {
			const next = arrived.shift();
			if (next) yield next;
			else if (over) return;
			else await new Promise<void>((resolve) => (wake = resolve));
		}
	}
	return { shards: shards(), outcome };
}

/** The index begun while Astro renders, shard by shard; whether it is to be made again from the output. */
async function whileRendering(shards: number): Promise<boolean> {
	const { shards: written, outcome } = input();
	const given: string[] = [];
	const pages = (async function* () {
		for await (const shard of written) {
			given.push(...shard.pages);
			yield shard;
		}
	})();
	log(`indexing the ${shards} shard(s) of the briefing pages as Astro writes them, while it renders`);
	let summary: { briefings: number; shards: number } | null = null;
	try {
		summary = await buildSearchIndex({
			...settings,
			log,
			written: { shards, pages },
			rendering: outcome.then((o) => o === 'ok'),
		});
	} catch (e) {
		if ((await outcome) === 'ok') throw e;
	}
	const astro = await outcome;
	// Astro failed: its error is the one to show.
	if (astro === 'failed') return false;
	if (
		astro === 'ok' &&
		summary &&
		summary.shards === shardCount(summary.briefings, settings.shardPages) &&
		sameIds(await listBriefingPages(settings.outDir), given)
	) {
		return false;
	}
	log('the briefing pages changed after they were indexed: indexing them again');
	return true;
}

if (!shardsArg || (await whileRendering(Number(shardsArg)))) {
	await buildSearchIndex({ ...settings, log });
}
