/**
 * Digests of the articles collection's entries known before the pages' keys are made
 * (src/lib/site/page-keys.ts: `knownEntryDigests` gives its `KnownDigests`): the loader,
 * writing the collection's snapshot at the end of its load (collection-snapshot.ts, under
 * `npm run build` only), puts down the digest of each entry's line, its id and data as JSON, so
 * that a page key stands for an entry's data by that digest instead of reading the data again,
 * object by object (at 10,000 articles, the keys of all pages took 1.3 s of CPU instead of 2.2).
 *
 * The loader and the pages are two instances of these modules in one process (the content sync
 * runs the loader under Vite's module runner, the pages come from the bundled server build), so
 * the digests are kept on `globalThis`, under a registered symbol.
 */
const DIGESTS = Symbol.for('district-briefings.entry-digests');
const registry = globalThis as { [DIGESTS]?: ReadonlyMap<string, string> };

/** Puts down the digests of the entries of the snapshot just written, by id, in place of any before. */
export function recordEntryDigests(digests: ReadonlyMap<string, string>): void {
	registry[DIGESTS] = digests;
}

/** The digests put down last in this process (`recordEntryDigests`), if any. */
export function recordedEntryDigests(): ReadonlyMap<string, string> | undefined {
	return registry[DIGESTS];
}

/**
 * The digests of the data of `entries` (each entry's data object, by its id in `digests`), when
 * `digests` holds exactly their ids: digests of another load (a different set of entries) are
 * not taken. Undefined when they are not all there: every entry's data is then read.
 */
export function knownEntryDigests(
	entries: readonly { readonly id: string; readonly data: object }[],
	digests: ReadonlyMap<string, string> | undefined,
): ((value: object) => string | undefined) | undefined {
	if (!digests || digests.size !== entries.length) return undefined;
	// A Map, not a WeakMap: the entries outlive it (the model holds them), and a weak map's
	// entries cost every garbage collection while it is held.
	const known = new Map<object, string>();
	for (const { id, data } of entries) {
		const digest = digests.get(id);
		if (digest === undefined) return undefined;
		known.set(data, digest);
	}
	return (value) => known.get(value);
}
