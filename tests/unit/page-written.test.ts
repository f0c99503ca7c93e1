/**
 * A briefing page found written by this build (src/lib/site/search/page-written.ts): there, newer
 * than the build's start, and whole, a briefing's page and a copy's redirect page alike.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pageWritten } from '../../src/lib/site/search/page-written.ts';

const dir = mkdtempSync(join(tmpdir(), 'page-written-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const briefing = `<!DOCTYPE html><html lang="vi"><head><title>x</title></head><body>${'<p>Nậm Pồ</p>'.repeat(400)}</body></html>`;
// Astro's redirect template (astro/dist/core/routing/3xx.js), as a copy's page is written.
const redirect = `<!doctype html>
<title>Redirecting to: /bai-viet/a/</title>
<meta http-equiv="refresh" content="0;url=/bai-viet/a/">
<meta name="robots" content="noindex">
<link rel="canonical" href="https://example.org/bai-viet/a/">
<body>
	<a href="/bai-viet/a/">Redirecting from <code>/bai-viet/b/</code> to <code>/bai-viet/a/</code></a>
</body>`;

let n = 0;
/** A page file holding `text`, its time set `ageMs` before now when given. */
function file(text: string | Uint8Array, ageMs?: number): string {
	const path = join(dir, `${n++}.html`);
	writeFileSync(path, text);
	if (ageMs !== undefined) {
		const then = (Date.now() - ageMs) / 1000;
		utimesSync(path, then, then);
	}
	return path;
}

describe('a briefing page found written by this build', () => {
	const since = Date.now() - 60_000;

	it('is a whole page written since the build started: a briefing’s, or a copy’s redirect page', () => {
		assert.equal(pageWritten(file(briefing), since), true);
		assert.equal(pageWritten(file(`${briefing}\n`), since), true);
		assert.equal(pageWritten(file(redirect), since), true);
	});

	it('is not a page missing, empty, or left by an earlier build', () => {
		assert.equal(pageWritten(join(dir, 'none.html'), since), false);
		assert.equal(pageWritten(file(''), since), false);
		assert.equal(pageWritten(file(briefing, 120_000), since), false);
		assert.equal(pageWritten(file(redirect, 120_000), since), false);
	});

	it('is not a page cut short, wherever it is cut', () => {
		const bytes = Buffer.from(briefing);
		for (const cut of [1, 100, 4096, bytes.length - 7, bytes.length - 1]) {
			assert.equal(pageWritten(file(bytes.subarray(0, cut)), since), false, `cut at ${cut}`);
		}
		// A briefing's page cut right after its body is not a redirect page.
		assert.equal(pageWritten(file(briefing.slice(0, -'</html>'.length)), since), false);
		assert.equal(pageWritten(file(redirect.slice(0, -3)), since), false);
	});
});
