import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type PageEvent, pageEvents } from '../../src/lib/astro-page-log.ts';
import { BriefingsWritten, briefingOfPage } from '../../src/lib/site/search/briefings-written.ts';

/** Lines of Astro's log as `astro build` prints them with one page at a time (its default). */
const page = (file: string, time = '+3ms') => `12:00:01   ├─ ${file} (${time}) `;

/** Feeds `lines` to a watcher and says, after each, whether it had seen every briefing page. */
function watch(lines: readonly string[]): { watcher: BriefingsWritten; complete: boolean[] } {
	const watcher = new BriefingsWritten();
	const complete = lines.map((line) => {
		watcher.read(pageEvents(line) ?? []);
		return watcher.complete;
	});
	return { watcher, complete };
}

describe("Astro's log of pages", () => {
	it('reads a page and its time on one line, coloured or not, rendered or kept', () => {
		assert.deepEqual(pageEvents(page('/bai-viet/a/index.html')), [
			{ kind: 'start', file: '/bai-viet/a/index.html' },
			{ kind: 'done', rendered: true },
		]);
		const coloured = '12:00:01 \x1b[32m  ├─\x1b[39m \x1b[2m/tinh/index.html\x1b[22m \x1b[32m(cached)\x1b[39m';
		assert.deepEqual(pageEvents(coloured), [
			{ kind: 'start', file: '/tinh/index.html' },
			{ kind: 'done', rendered: false },
		]);
		assert.deepEqual(pageEvents(page('/x/index.html', 'restored'))?.[1], { kind: 'done', rendered: false });
	});

	it('reads pages in flight at once: several pages on a line, a time alone on one', () => {
		assert.deepEqual(pageEvents('12:00:01   ├─ /a/index.html  ├─ /b/index.html (+3ms)'), [
			{ kind: 'start', file: '/a/index.html' },
			{ kind: 'start', file: '/b/index.html' },
			{ kind: 'done', rendered: true },
		]);
		assert.deepEqual(pageEvents(' (+12ms) '), [{ kind: 'done', rendered: true }]);
	});

	it('passes over every other line', () => {
		for (const line of [
			'12:00:01 [build] Complete!',
			' generating static routes ',
			'12:00:01 ✓ Completed in 443ms.',
			'12:00:01 [WARN] [content] (+3ms) is not a page',
			'',
		]) {
			assert.equal(pageEvents(line), null, line);
		}
	});
});

describe('every briefing page written', () => {
	it('knows a briefing page, a copy’s included, by its output file', () => {
		assert.equal(briefingOfPage('/bai-viet/000-bcc1/index.html'), '000-bcc1');
		assert.equal(briefingOfPage('/bai-viet/index.html'), null);
		assert.equal(briefingOfPage('/bai-viet/a/briefings.json'), null);
		assert.equal(briefingOfPage('/bai-viet/a/b/index.html'), null);
		assert.equal(briefingOfPage('/tinh/bai-viet/a/index.html'), null);
	});

	it('comes with the first page of the route after the briefing pages, cached pages counted', () => {
		const { watcher, complete } = watch([
			page('/404.html'),
			page('/bai-viet/b/index.html'),
			page('/bai-viet/a/index.html', 'cached'),
			'12:00:02 [WARN] a warning between two pages',
			page('/bai-viet/c/index.html', 'restored'),
			page('/bien-tap/index.html'),
			page('/tinh/index.html'),
		]);
		assert.deepEqual(complete, [false, false, false, false, false, true, true]);
		assert.deepEqual(watcher.ids, ['b', 'a', 'c']);
		assert.equal(watcher.broken, false);
	});

	it('waits, with pages in flight at once, until every page started before is done', () => {
		const watcher = new BriefingsWritten();
		const read = (...events: PageEvent[]) => {
			watcher.read(events);
			return watcher.complete;
		};
		const start = (file: string): PageEvent => ({ kind: 'start', file });
		const done: PageEvent = { kind: 'done', rendered: true };
		assert.equal(read(start('/bai-viet/a/index.html'), start('/bai-viet/b/index.html')), false);
		// The next route starts while both briefings are in flight; one of the three is done…
		assert.equal(read(start('/bien-tap/index.html'), done), false);
		assert.equal(read(start('/chi-so/index.html'), done), false);
		// …then all started so far: the briefings are among them.
		assert.equal(read(done, done), true);
		assert.deepEqual(watcher.ids, ['a', 'b']);
	});

	it('never comes without briefing pages, or when they are the last route', () => {
		assert.deepEqual(watch([page('/404.html'), page('/tinh/index.html')]).complete, [false, false]);
		const last = watch([page('/404.html'), page('/bai-viet/a/index.html'), page('/bai-viet/b/index.html')]);
		assert.deepEqual(last.complete, [false, false, false]);
		assert.deepEqual(last.watcher.ids, ['a', 'b']);
	});

	it('is broken when a briefing page comes after another route’s page that followed them', () => {
		const { watcher, complete } = watch([
			page('/bai-viet/a/index.html'),
			page('/bien-tap/index.html'),
			page('/bai-viet/b/index.html'),
			page('/tinh/index.html'),
		]);
		assert.deepEqual(complete, [false, true, false, false]);
		assert.equal(watcher.broken, true);
		assert.deepEqual(watcher.ids, ['a']);
	});
});
