/**
 * Cache keys of pages for Astro's incremental build (`experimental.incrementalBuild`): a page
 * whose key and code are those of the previous build is copied from it instead of rendered, so a
 * key must change whenever anything the page prints changes. A key is a digest of the data the
 * page is given (its props, and what it reads from the model besides) and of the site-wide data
 * every page prints (the settings). Over-covering only costs a render; under-covering leaves a
 * stale page, so when in doubt a key covers the whole object.
 */
import { createHash } from 'node:crypto';
import type { Briefing, Neighbours, SiteModel } from './model/types.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * A digester: the digest of a value is that of its JSON-like text, each object or array in it
 * standing for its own digest (computed once per object, so a model shared by many pages is
 * hashed once). Key order is the object's own. A function, symbol or cycle cannot be covered,
 * so it throws, naming where it was found: a page must not be given data a key cannot see.
 */
export function createDigester(): (value: unknown) => string {
	const memo = new WeakMap<object, string>();
	const busy = new WeakSet<object>();
	const digest = (value: unknown, at: string): string => {
		if (value === null || typeof value !== 'object') {
			if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
				throw new Error(`page key: a ${typeof value} at ${at} cannot be covered`);
			}
			return value === undefined ? 'u' : JSON.stringify(value);
		}
		const known = memo.get(value);
		if (known) return known;
		if (busy.has(value)) throw new Error(`page key: a cycle at ${at}`);
		busy.add(value);
		let text: string;
		if (Array.isArray(value)) {
			text = `[${value.map((v, i) => digest(v, `${at}[${i}]`)).join(',')}]`;
		} else if (value instanceof Map || value instanceof Set) {
			text = `${value.constructor.name}${digest([...value], at)}`;
		} else {
			text = `{${Object.entries(value)
				.map(([k, v]) => `${JSON.stringify(k)}:${digest(v, `${at}.${k}`)}`)
				.join(',')}}`;
		}
		busy.delete(value);
		// Short texts stand for themselves; long ones by their hash.
		const result = text.length > 64 ? `#${sha(text)}` : text;
		memo.set(value, result);
		return result;
	};
	return (value) => {
		const d = digest(value, 'value');
		return d.startsWith('#') ? d.slice(1) : sha(d);
	};
}

/**
 * What a list of briefings and the previous/next links print of a briefing it lists
 * (BriefingList, NeighbourNav): address, headline, date, kind, period and places. A list that
 * prints more must add it here.
 */
export function listedBriefing(b: Briefing) {
	const { title, date, time, kind, period } = b.entry;
	return {
		path: b.path,
		title,
		date,
		time,
		kind,
		period,
		province: b.province,
		district: b.district,
		districts: b.districts,
	};
}

/** The keys of a build's pages, `siteWide` being what every page prints (the settings). */
export function pageKeys(model: Pick<SiteModel, 'neighbours' | 'sameMonth'>, siteWide: unknown) {
	const digest = createDigester();
	const site = digest(siteWide);
	/** A page that prints `data` and the site-wide data. */
	const page = (data: unknown) => digest([site, data]);
	const pair = (n: Neighbours) => [n.prev && listedBriefing(n.prev), n.next && listedBriefing(n.next)];
	return {
		page,
		/** A briefing's page: the briefing, its previous and next ones, the same month's list. */
		briefing: (b: Briefing) => {
			const n = model.neighbours(b);
			const month = model.sameMonth(b);
			return page([
				b,
				[pair(n.district), pair(n.province), pair(n.all)],
				[month.briefings.map(listedBriefing), month.more],
			]);
		},
		/** A copy's address: a redirect to the briefing it repeats. */
		copy: (original: Briefing) => page(['copy', original.path]),
	};
}
