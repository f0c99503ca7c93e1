/**
 * White space as regular expressions see it, without running one: the test `\s` makes, and its
 * runs collapsed.
 */

/** True for a character `\s` matches in a regular expression. */
export function isSpace(c: number): boolean {
	if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
	if (c < 0xa0) return false;
	return (
		c === 0xa0 ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200a) ||
		c === 0x2028 ||
		c === 0x2029 ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0x3000 ||
		c === 0xfeff
	);
}

/**
 * `s` with every run of white space made one space, as `s.replace(/\s+/g, ' ')` does. Cleaned
 * text is single-spaced already: `s` itself then comes back, with no pattern run.
 */
export function collapseSpaces(s: string): string {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c === 32 ? i + 1 < s.length && isSpace(s.charCodeAt(i + 1)) : isSpace(c)) return s.replace(/\s+/g, ' ');
	}
	return s;
}
