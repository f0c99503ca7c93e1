/**
 * Cache keys of pages for Astro's incremental build (`experimental.incrementalBuild`): a page
 * whose key and code are those of the previous build is copied from it instead of rendered, so a
 * key must change whenever anything the page prints changes. A key is a digest of the data the
 * page is given (its props, and what it reads from the model besides) and of the site-wide data
 * every page prints (the settings). Over-covering only costs a render; under-covering leaves a
 * stale page, so when in doubt a key covers the whole object.
 */
import { hash } from 'node:crypto';
import type { Briefing, Neighbours, SiteModel } from './model/types.ts';

// The one-shot hash: a build hashes a few hundred thousand short texts.
const sha = (text: string) => hash('sha256', text, 'base64url');

/**
 * Digests known before an object is read (a hash of the text it was parsed from): `known(o)` must
 * change whenever anything in `o` does, and stay the same while nothing does. Undefined for an
 * object it does not know, which is read.
 */
export type KnownDigests = (value: object) => string | undefined;

/**
 * A digester: the digest of a value is that of its JSON-like text, each object or array in it
 * standing for its own digest (computed once per object holding objects, so a model shared by
 * many pages is hashed once; an object of values only is read again where it is held), or for
 * the digest `known` gives it, unread. Key order is the object's own. A function, symbol or cycle
 * cannot be covered, so it throws, naming where it was found: a page must not be given data a key
 * cannot see.
 */
export function createDigester(known?: KnownDigests): (value: unknown) => string {
	// A Map, not a WeakMap: the digester is dropped once the keys are made, and a weak map's
	// entries cost every garbage collection meanwhile (ephemerons) and more to set.
	const memo = new Map<object, string>();
	// The objects being digested, outermost first: a cycle comes back to one of them. A model is
	// a few levels deep, so a look along this list is cheaper than a set's entry per object.
	const busy: object[] = [];
	// A key's JSON text, made once: a model has a few dozen keys, met millions of times.
	const keyTexts = new Map<string, string>();
	const keyText = (k: string): string => {
		let text = keyTexts.get(k);
		if (text === undefined) {
			text = `${JSON.stringify(k)}:`;
			keyTexts.set(k, text);
		}
		return text;
	};
	// The hot path builds no description of where it is: a refusal names its place on the way
	// out, each enclosing array or object prefixing its own step (`Refusal.at`).
	const digest = (value: unknown): string => {
		if (value === null || typeof value !== 'object') {
			if (typeof value === 'string') return JSON.stringify(value);
			if (value === undefined) return 'u';
			if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
				throw new Refusal(`a ${typeof value}`);
			}
			return JSON.stringify(value);
		}
		const remembered = memo.get(value);
		if (remembered) return remembered;
		const given = known?.(value);
		// Marked as a hash, so that it is never taken for the short text of another value.
		if (given !== undefined) return `#${given}`;
		if (busy.includes(value)) throw new Refusal('a cycle');
		busy.push(value);
		// The text is joined from its pieces, not added up with `+`: V8 keeps a string added up as
		// a tree of its pieces, and the memo keeps one text per object of the model for the
		// whole build (at 10,000 articles, tens of MB of trees).
		const pieces: string[] = [];
		// Whether it holds an object: one that holds none (a body block, a place's reference) is
		// not kept in the memo. Its text is made again from its few values by each object holding
		// it, which are kept; at 10,000 articles the memo kept some 400,000 of them, about 100 MB.
		let nested = false;
		if (Array.isArray(value)) {
			pieces.push('[');
			for (let i = 0; i < value.length; i++) {
				try {
					if (i > 0) pieces.push(',');
					const item = value[i];
					if (item !== null && typeof item === 'object') nested = true;
					pieces.push(digest(item));
				} catch (e) {
					throw Refusal.at(e, `[${i}]`);
				}
			}
			pieces.push(']');
		} else if (value instanceof Map || value instanceof Set) {
			nested = true;
			pieces.push(value.constructor.name, digest([...value]));
		} else {
			pieces.push('{');
			for (const k of Object.keys(value)) {
				try {
					if (pieces.length > 1) pieces.push(',');
					const item = (value as Record<string, unknown>)[k];
					if (item !== null && typeof item === 'object') nested = true;
					pieces.push(keyText(k), digest(item));
				} catch (e) {
					throw Refusal.at(e, `.${k}`);
				}
			}
			pieces.push('}');
		}
		const text = pieces.join('');
		busy.pop();
		// Short texts stand for themselves; long ones by their hash.
		const result = text.length > 64 ? `#${sha(text)}` : text;
		if (nested) memo.set(value, result);
		return result;
	};
	return (value) => {
		let d: string;
		try {
			d = digest(value);
		} catch (e) {
			busy.length = 0;
			if (e instanceof Refusal) {
				const covered = e.what === 'a cycle' ? '' : ' cannot be covered';
				throw new Error(`page key: ${e.what} at value${e.path}${covered}`);
			}
			throw e;
		}
		return d.startsWith('#') ? d.slice(1) : sha(d);
	};
}

/** What a digest cannot cover, and the path to it, built as the refusal leaves each level. */
class Refusal extends Error {
	readonly what: string;
	readonly path: string;
	constructor(what: string, path = '') {
		super(what);
		this.what = what;
		this.path = path;
	}
	/** `e` with `step` prefixed to its path, when it is a refusal; anything else as it is. */
	static at(e: unknown, step: string): unknown {
		return e instanceof Refusal ? new Refusal(e.what, `${step}${e.path}`) : e;
	}
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

/**
 * The keys of a build's pages, `siteWide` being what every page prints (the settings); `known`,
 * digests of objects of the model known before they are read (`createDigester`).
 */
export function pageKeys(model: Pick<SiteModel, 'neighbours' | 'sameMonth'>, siteWide: unknown, known?: KnownDigests) {
	const digest = createDigester(known);
	const site = digest(siteWide);
	/** A page that prints `data` and the site-wide data. */
	const page = (data: unknown) => digest([site, data]);
	// One listing per briefing, so that the digester sees the same object each time it is listed
	// (on its neighbours' pages and its month's) and digests it once.
	const listings = new WeakMap<Briefing, ReturnType<typeof listedBriefing>>();
	const listed = (b: Briefing) => {
		let l = listings.get(b);
		if (!l) {
			l = listedBriefing(b);
			listings.set(b, l);
		}
		return l;
	};
	const pair = (n: Neighbours) => [n.prev && listed(n.prev), n.next && listed(n.next)];
	return {
		page,
		/** A briefing's page: the briefing, its previous and next ones, the same month's list. */
		briefing: (b: Briefing) => {
			const n = model.neighbours(b);
			const month = model.sameMonth(b);
			return page([b, [pair(n.district), pair(n.province), pair(n.all)], [month.briefings.map(listed), month.more]]);
		},
		/** A copy's address: a redirect to the briefing it repeats. */
		copy: (original: Briefing) => page(['copy', original.path]),
	};
}
