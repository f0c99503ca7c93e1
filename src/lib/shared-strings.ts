/**
 * Equal strings held once: JSON.parse makes a new string for every string value it reads, so a
 * collection read back from its snapshot (src/lib/collection-snapshot.ts) holds a copy of each
 * unit, hedge, title, outlet and name for every figure that prints it, and of each sentence for
 * every figure read from it (a sentence often gives several figures). Sharing them changes no
 * value: a string is compared and printed by its characters.
 */

/** Strings this long or shorter are shared across the whole collection; longer ones within an entry. */
export const SHORT_STRING = 48;

/**
 * The strings of `value` (a parsed JSON value: objects, arrays, strings and other plain values),
 * put in place: each string of `SHORT_STRING` characters or fewer replaced by the equal one of
 * `pool` (added when it has none), each longer one by the first equal one met in `value`. Returns
 * `value`. The pool is kept by the caller across entries: short strings (units, names, kinds)
 * repeat from article to article, long ones (sentences) within one.
 */
export function shareStrings<T>(value: T, pool: Map<string, string>): T {
	const long = new Map<string, string>();
	const share = (s: string): string => {
		const own = s.length <= SHORT_STRING ? pool : long;
		const known = own.get(s);
		if (known !== undefined) return known;
		own.set(s, s);
		return s;
	};
	const visit = (node: unknown): void => {
		if (Array.isArray(node)) {
			for (let i = 0; i < node.length; i++) {
				const item = node[i];
				if (typeof item === 'string') node[i] = share(item);
				else if (item !== null && typeof item === 'object') visit(item);
			}
			return;
		}
		const record = node as Record<string, unknown>;
		for (const key of Object.keys(record)) {
			const item = record[key];
			if (typeof item === 'string') record[key] = share(item);
			else if (item !== null && typeof item === 'object') visit(item);
		}
	};
	if (value !== null && typeof value === 'object') visit(value);
	return value;
}
