/**
 * The search index step of `npm run build` (src/search-index.ts) in a process of its own:
 * scripts/build.ts starts it, with V8 settings of its own (for size), so that what the indexing
 * holds (pages read, Pagefind's messages) is given back when it exits and never stays in the
 * build script's heap.
 *
 *   node scripts/search-index.ts HANDOFF [PAGES]
 *
 * With PAGES (a file of the briefing pages Astro has written, one id a line, copies' included),
 * the step starts while Astro renders its other pages, and Astro's outcome comes on standard
 * input: a first line "ok" when its build succeeded; "changed" when it succeeded but its briefing
 * pages were not one run of pages (src/lib/site/search/briefings-written.ts: the pages given may
 * not be all of them); any other line, or the end of the input, when it failed (then the step
 * stops once the shards begun are written, with status 0: Astro's error is the one to show).
 * When the briefing pages of the finished build are not those given, the index is made again
 * from the output, as it is without PAGES (after Astro's exit). Any other failure exits with
 * status 1.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { SearchIndexHandoff } from '../src/integrations/search-index.ts';
import { buildSearchIndex, listBriefingPages } from '../src/search-index.ts';

const [handoff, pagesFile] = process.argv.slice(2);
if (!handoff) throw new Error('usage: node scripts/search-index.ts HANDOFF [PAGES]');
const settings = JSON.parse(readFileSync(handoff, 'utf8')) as SearchIndexHandoff;
const log = (line: string) => process.stdout.write(`${new Date().toTimeString().slice(0, 8)} [search] ${line}\n`);

/** Whether `sorted` and `ids` hold the same ids. */
function sameIds(sorted: readonly string[], ids: readonly string[]): boolean {
	const other = [...ids].sort();
	return sorted.length === other.length && sorted.every((id, i) => id === other[i]);
}

/** The index begun while Astro renders the pages other than `pages`; whether it is to be made again from the output. */
async function whileRendering(pages: readonly string[]): Promise<boolean> {
	const lines = createInterface({ input: process.stdin });
	const outcome = new Promise<string>((resolve) => {
		lines.once('line', resolve);
		lines.once('close', () => resolve('failed'));
	});
	void outcome.then(() => lines.close());
	log(`${pages.length} briefing page(s) written: indexing them while Astro renders the other pages`);
	try {
		await buildSearchIndex({ ...settings, log, pages, rendering: outcome.then((o) => o === 'ok') });
	} catch (e) {
		if ((await outcome) === 'ok') throw e;
	}
	const astro = await outcome;
	// Astro failed: its error is the one to show.
	if (astro !== 'ok' && astro !== 'changed') return false;
	if (astro === 'ok' && sameIds(await listBriefingPages(settings.outDir), pages)) return false;
	log('the briefing pages changed after they were indexed: indexing them again');
	return true;
}

if (!pagesFile || (await whileRendering(readFileSync(pagesFile, 'utf8').split('\n').filter(Boolean)))) {
	await buildSearchIndex({ ...settings, log });
}
