import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageEvents } from '../../src/lib/astro-page-log.ts';

/** A line of Astro's log as `astro build` prints it with one page at a time (its default). */
const page = (file: string, time = '+3ms') => `12:00:01   ├─ ${file} (${time}) `;

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
		// As Astro 7 prints them: a start's line goes on with the next start's time.
		const line =
			'23:04:01   ├─ /404.html23:04:01   ├─ /bai-viet/gen-001205/index.html23:04:01   ├─ /ngay/2024-05-01/index.html (+27ms) ';
		assert.deepEqual(pageEvents(line), [
			{ kind: 'start', file: '/404.html' },
			{ kind: 'start', file: '/bai-viet/gen-001205/index.html' },
			{ kind: 'start', file: '/ngay/2024-05-01/index.html' },
			{ kind: 'done', rendered: true },
		]);
		const coloured =
			'12:00:01 \x1b[34m  ├─\x1b[39m \x1b[2m/a/index.html\x1b[22m12:00:01 \x1b[34m  ├─\x1b[39m \x1b[2m/b/index.html\x1b[22m';
		assert.deepEqual(pageEvents(coloured), [
			{ kind: 'start', file: '/a/index.html' },
			{ kind: 'start', file: '/b/index.html' },
		]);
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
