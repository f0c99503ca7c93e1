/**
 * Which shards of the search index have all their briefing pages in the output folder, read from
 * Astro's log of the pages (src/lib/astro-page-log.ts), so that `npm run build` can index each
 * shard (src/search-index.ts) as soon as its pages are written, while Astro renders the others.
 *
 * Astro generates the pages route by route, each route's pages in a run, in the order of the
 * route's static paths, and it gives the briefing pages (`bai-viet/<id>/index.html`, a copy's
 * redirect page included) shard by shard (src/lib/site/search/shard-order.ts): the plan Astro's
 * process hands over says for how many shards, and how many pages each shard's run holds. A
 * shard's run is over when a page of a later shard, or of the next route, has started, and it
 * must hold the planned number of pages. Its pages are all written once, at some event after
 * that, every page started so far is done (with one page at a time, that is the moment the first
 * page after its run is done: a page later than it could be, and never too early). With several
 * pages in flight (`build.concurrency`) that moment comes only after the route's last page, since
 * Astro's line of a page's end does not name the page: a shard whose run is over is then told
 * once the pages Astro rendered are `found` written in the output folder (page-written.ts); the
 * pages kept from the last build are in place when their start is logged, their end logged with it.
 *
 * The order is broken (`broken`), and the index must wait for Astro's exit and index all the
 * pages, when there is no plan, when a page's shard comes before the shard of the run, when a
 * run ends with fewer or holds more pages than planned, or when a briefing page comes after a
 * page of another route that followed the briefing pages. A shard is reported once; one
 * reported before the order broke is not taken back: the index step is told the order broke.
 *
 * Also the lines of that conversation, on the index step's input (scripts/search-index.ts).
 */
import type { PageEvent } from '../../astro-page-log.ts';
import type { ShardPlan } from './shard-order.ts';
import { shardOf } from './shards.ts';

const BRIEFING_PAGE = /^\/bai-viet\/([^/]+)\/index\.html$/;

/** The briefing id of a page's output file as Astro logs it ("/bai-viet/x/index.html" → "x"), else null. */
export function briefingOfPage(file: string): string | null {
	return BRIEFING_PAGE.exec(file)?.[1] ?? null;
}

/** A shard whose pages are all written: its number and its pages' ids (copies' included), in Astro's order. */
export interface ShardPages {
	readonly shard: number;
	readonly pages: readonly string[];
}

export class ShardsWritten {
	readonly #loadPlan: () => ShardPlan | null;
	#plan: ShardPlan | null | undefined;
	/** Each shard's pages started so far. */
	#pages: string[][] = [];
	#reported: boolean[] = [];
	#current = 0;
	#started = 0;
	#done = 0;
	#after = false;
	#broken = false;
	/** The briefing page whose start was the last event, if it was one. */
	#justStarted: string | null = null;
	/** The briefing pages kept from the last build (cached, restored): in place when started. */
	readonly #kept = new Set<string>();
	/** Per shard, how many of its pages, in order, `found` found in place. */
	readonly #foundUpTo: number[] = [];

	/** `loadPlan` is called once, when the first briefing page starts (Astro has its routes' paths by then). */
	constructor(loadPlan: () => ShardPlan | null) {
		this.#loadPlan = loadPlan;
	}

	/** The plan of the briefing pages, once the first has started and if there is one. */
	get plan(): ShardPlan | null {
		return this.#plan ?? null;
	}

	/** True when the pages did not come as planned: the shards reported may not be all of them. */
	get broken(): boolean {
		return this.#broken;
	}

	/** True once every shard was reported and the order was kept so far. */
	get complete(): boolean {
		return !this.#broken && this.#reported.length > 0 && this.#reported.every(Boolean);
	}

	/** Reads the events of one line of pages, in order; returns the shards whose pages are now all written. */
	read(events: readonly PageEvent[]): ShardPages[] {
		const written: ShardPages[] = [];
		for (const event of events) {
			if (event.kind === 'done') {
				this.#done++;
				// A kept page's end is logged right after its start: nothing is awaited between them.
				if (!event.rendered && this.#justStarted !== null) this.#kept.add(this.#justStarted);
				this.#justStarted = null;
			} else {
				this.#start(event.file);
				this.#justStarted = briefingOfPage(event.file);
				this.#started++;
			}
			if (this.#done === this.#started && !this.#broken) written.push(...this.#report());
		}
		return written;
	}

	/**
	 * The shards whose runs are over and whole, not told yet, whose pages Astro rendered (not those
	 * kept from the last build) `isWritten` finds written, now told (none once the order broke). A
	 * shard's pages are asked about in order, from the first not found written at the last call.
	 */
	found(isWritten: (id: string) => boolean): ShardPages[] {
		if (this.#broken) return [];
		const written: ShardPages[] = [];
		for (const shard of this.#overShards()) {
			const pages = this.#pages[shard] ?? [];
			let next = this.#foundUpTo[shard] ?? 0;
			while (next < pages.length && (this.#kept.has(pages[next] as string) || isWritten(pages[next] as string))) next++;
			this.#foundUpTo[shard] = next;
			if (next === pages.length) {
				this.#reported[shard] = true;
				written.push({ shard, pages });
			}
		}
		return written;
	}

	#start(file: string): void {
		const id = briefingOfPage(file);
		if (id === null) {
			// The first page of the route after the briefing pages: every run must be whole.
			if (this.#plan && !this.#after) {
				this.#after = true;
				if (this.#pages.some((pages, k) => pages.length !== this.#plan?.pages[k])) this.#broken = true;
			}
			return;
		}
		if (this.#after) {
			this.#broken = true;
			return;
		}
		if (this.#plan === undefined) {
			this.#plan = this.#loadPlan();
			this.#pages = Array.from({ length: this.#plan?.shards ?? 0 }, () => []);
			this.#reported = this.#pages.map(() => false);
		}
		if (!this.#plan) {
			this.#broken = true;
			return;
		}
		const k = shardOf(id, this.#plan.shards);
		// The runs before this page's are over: each must hold what was planned.
		for (let j = this.#current; j < k; j++) {
			if (this.#pages[j]?.length !== this.#plan.pages[j]) this.#broken = true;
		}
		if (k < this.#current) this.#broken = true;
		this.#current = Math.max(this.#current, k);
		const pages = this.#pages[k];
		pages?.push(id);
		if ((pages?.length ?? 0) > (this.#plan.pages[k] ?? 0)) this.#broken = true;
	}

	/** The shards not reported yet whose runs are over and whole. */
	#overShards(): number[] {
		const over: number[] = [];
		this.#pages.forEach((pages, shard) => {
			const ended = shard < this.#current || this.#after;
			if (ended && !this.#reported[shard] && pages.length === this.#plan?.pages[shard]) over.push(shard);
		});
		return over;
	}

	/** The shards not reported yet whose runs are over and whole, every page started so far being done. */
	#report(): ShardPages[] {
		return this.#overShards().map((shard) => {
			this.#reported[shard] = true;
			return { shard, pages: this.#pages[shard] ?? [] };
		});
	}
}

/** What Astro's build came to, told to the index step once it has exited. */
export type IndexOutcome = 'ok' | 'changed' | 'failed';

/** The line on the index step's input that gives a shard whose pages are written: "shard 3 id id…". */
export function shardLine({ shard, pages }: ShardPages): string {
	return `${['shard', String(shard), ...pages].join(' ')}\n`;
}

/**
 * A line of the index step's input: a shard written (`shardLine`), else Astro's outcome: "ok"
 * (it succeeded, and every shard was given as planned), "changed" (it succeeded, but the shards
 * given may not be all the briefing pages), anything else "failed".
 */
export function readIndexLine(line: string): ShardPages | IndexOutcome {
	const [word, shard, ...pages] = line.trim().split(/\s+/);
	if (word === 'shard' && shard !== undefined && /^\d+$/.test(shard)) return { shard: Number(shard), pages };
	return word === 'ok' || word === 'changed' ? word : 'failed';
}
