/**
 * Whether a briefing page Astro rendered is in the output folder as this build wrote it, for the
 * build script to tell a shard's pages written while other pages are in flight
 * (shards-written.ts): its file changed at or after `since` (the build's start, in milliseconds
 * since the epoch: a page left by the last build is older) and it is whole. Astro writes a page
 * with one `writeFile`, which a reader may see cut short; a whole briefing page ends with
 * "</html>", a copy's redirect page (Astro's template, `isRedirectPage`) with "</body>". False
 * for a page not there, empty, older, or cut short; a page written in some other shape is never
 * found written, and its shard waits for Astro's exit.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { isRedirectPage, REDIRECT_HEAD_BYTES } from './indexed-html.ts';

// Enough of a page's end for its closing tag and any white space after it.
const TAIL_BYTES = 32;

export function pageWritten(file: string, since: number): boolean {
	const facts = statSync(file, { throwIfNoEntry: false });
	if (!facts || facts.mtimeMs < since || facts.size === 0) return false;
	const fd = openSync(file, 'r');
	try {
		const head = Buffer.alloc(Math.min(REDIRECT_HEAD_BYTES, facts.size));
		readSync(fd, head, 0, head.length, 0);
		const tail = Buffer.alloc(Math.min(TAIL_BYTES, facts.size));
		// Read at the end the file had: a file still growing shows no closing tag there.
		const read = readSync(fd, tail, 0, tail.length, facts.size - tail.length);
		const end = tail.toString('utf8', 0, read).trimEnd();
		return end.endsWith(isRedirectPage(head.toString('utf8')) ? '</body>' : '</html>');
	} finally {
		closeSync(fd);
	}
}
