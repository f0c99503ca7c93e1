/**
 * Astro's log of the pages it generates (`astro build`, astro/dist/core/build/generate.js), read
 * by `npm run build` (scripts/build.ts) for its progress lines and to know when the briefing
 * pages are all written. For each page Astro logs its output file before it renders it
 * ("12:00:01   ├─ /bai-viet/x/index.html"), then, once the file is in the output folder
 * (written, or kept or copied back by the incremental build), its time on the same line
 * (" (+3ms)", " (cached)", " (restored)"). With pages in flight at once (`build.concurrency`),
 * other pages' starts may come between the two, each right after the last, and a time may start
 * a line of its own.
 */
import { stripVTControlCharacters } from 'node:util';

/** One thing a line of pages says, in the order it says them. */
export type PageEvent =
	/** A page was started: its output file as Astro logs it ("/bai-viet/x/index.html"). */
	| { readonly kind: 'start'; readonly file: string }
	/** A page is in the output folder: rendered and written, or kept unchanged from the last build. */
	| { readonly kind: 'done'; readonly rendered: boolean };

const PAGE_LINE = /^(?:\S*\s+)?[├└]─ \S|^\s*\((?:\+[^)]*|cached|restored)\)/;
// A page's file ends where white space or the line's end comes, or the time of the next page's
// start, which Astro prints right after it when the first page's end is not there yet
// ("├─ /a/index.html12:00:01   ├─ /b/index.html").
const EVENT = /[├└]─ (\S+?)(?=\d\d:\d\d:\d\d\s|\s|$)|\((\+[^)]*|cached|restored)\)/g;

/**
 * The events of a line of Astro's output, in order (its colour codes, on a terminal or with
 * FORCE_COLOR, ignored); null when it is not a line of pages (every other line of the build's output).
 */
export function pageEvents(output: string): PageEvent[] | null {
	const line = stripVTControlCharacters(output);
	if (!PAGE_LINE.test(line)) return null;
	return [...line.matchAll(EVENT)].map(([, file, time]) =>
		file !== undefined ? { kind: 'start', file } : { kind: 'done', rendered: Boolean(time?.startsWith('+')) },
	);
}
