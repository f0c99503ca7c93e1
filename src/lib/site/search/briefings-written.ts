/**
 * When every briefing page of a build is in the output folder, read from Astro's log of the
 * pages (src/lib/astro-page-log.ts), so that `npm run build` can index them for search while
 * Astro renders the other pages (src/search-index.ts).
 *
 * Astro generates the pages route by route, each route's pages in a run, and the route of the
 * briefing pages (`bai-viet/<id>/index.html`, a copy's redirect page included) is not the last:
 * the first page of the route after it starts once the briefing pages have started. They are
 * all done when, at some event after that, every page started so far is done (with one page at
 * a time, Astro's default, that is the moment the next route's first page starts). A briefing
 * page that starts after a page of another route has followed them breaks that order: the pages
 * seen are then not all the briefing pages (`broken`), and the index must wait for Astro's exit.
 * No briefing pages, or none after them, and the signal never comes: the same.
 */
import type { PageEvent } from '../../astro-page-log.ts';

const BRIEFING_PAGE = /^\/bai-viet\/([^/]+)\/index\.html$/;

/** The briefing id of a page's output file as Astro logs it ("/bai-viet/x/index.html" → "x"), else null. */
export function briefingOfPage(file: string): string | null {
	return BRIEFING_PAGE.exec(file)?.[1] ?? null;
}

export class BriefingsWritten {
	/** The ids of the briefing pages started, in Astro's order (copies' redirect pages included). */
	readonly ids: string[] = [];
	#started = 0;
	#done = 0;
	#seen = false;
	#after = false;
	#complete = false;
	#broken = false;

	/** True once every briefing page is in the output folder (and the order was kept so far). */
	get complete(): boolean {
		return this.#complete && !this.#broken;
	}

	/** True when a briefing page came after a page of another route that followed briefing pages. */
	get broken(): boolean {
		return this.#broken;
	}

	/** Reads the events of one line of pages, in order. */
	read(events: readonly PageEvent[]): void {
		for (const event of events) {
			if (event.kind === 'done') {
				this.#done++;
			} else {
				const id = briefingOfPage(event.file);
				if (id !== null && this.#after) this.#broken = true;
				else if (id !== null) {
					this.ids.push(id);
					this.#seen = true;
				} else if (this.#seen) this.#after = true;
				// The page just started is not done: every page before it is when the counts agree.
				if (this.#after && this.#done === this.#started) this.#complete = true;
				this.#started++;
			}
			if (this.#after && this.#done === this.#started) this.#complete = true;
		}
	}
}
