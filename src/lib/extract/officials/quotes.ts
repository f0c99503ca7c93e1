/**
 * Which words of a paragraph are inside a quotation. Quotes span sentences (“… . … ”), so the
 * depth carries from one sentence of a block to the next.
 */
import type { Tok } from './tokens.ts';

const OPEN = 0x201c;
const CLOSE = 0x201d;
const STRAIGHT = 0x22;

/** Quotation depth at offset `to` of `text`, reading the marks at offsets in `[from, to)` from depth 0. */
export function quoteDepthAt(text: string, marks: readonly number[], from: number, to: number): number {
	let d = 0;
	for (const at of marks) {
		if (at < from) continue;
		if (at >= to) break;
		d = step(text.charCodeAt(at), d);
	}
	return d;
}

/** For each token, whether it lies inside a quotation, starting from depth `depth`. */
export function quotedTokens(toks: readonly Tok[], depth: number): boolean[] {
	const out = new Array<boolean>(toks.length);
	let d = depth;
	for (let k = 0; k < toks.length; k++) {
		const t = toks[k] as Tok;
		if (!t.word) {
			const c = t.key.charCodeAt(0);
			if (c === OPEN || c === CLOSE || c === STRAIGHT) d = step(c, d);
		}
		out[k] = d > 0;
	}
	return out;
}

/** “ opens, ” closes, a straight " closes an open quotation or opens one. */
function step(c: number, d: number): number {
	if (c === OPEN) return d + 1;
	if (c === CLOSE) return d > 0 ? d - 1 : 0;
	return d > 0 ? d - 1 : d + 1;
}
