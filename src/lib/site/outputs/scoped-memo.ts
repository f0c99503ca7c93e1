/**
 * A value made once per scope and object, and kept only while both live: the downloads and pages
 * make a briefing's record, CSV lines or feed text once per scope (a URL maker: one per build's
 * site in pages, one per group of files in the downloads writer), and let go of them with it.
 * The objects are never changed during a build, so what was made for one stays true.
 */
export function scopedMemo<S extends object, K extends object, V>(
	make: (key: K, scope: S) => V,
): (scope: S, key: K) => V {
	const byScope = new WeakMap<S, WeakMap<K, V>>();
	return (scope, key) => {
		let known = byScope.get(scope);
		if (!known) {
			known = new WeakMap();
			byScope.set(scope, known);
		}
		if (known.has(key)) return known.get(key) as V;
		const value = make(key, scope);
		known.set(key, value);
		return value;
	};
}
