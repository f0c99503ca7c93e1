/**
 * Gazetteer places for the title grammar: the province or district whose name covers a token of
 * a sentence ("UBND tỉnh Lai Châu"), and whether an article's province is a centrally-run city.
 */
import { findProvince } from '../../places/gazetteer.ts';
import { findPlaceMentions } from '../../places/mentions.ts';
import type { Tok } from './tokens.ts';

/** A gazetteer place whose name covers a token. */
export interface PlaceAt {
	/** Index of the first token past the name. */
	readonly end: number;
	readonly kind: 'province' | 'district';
	/** A centrally-run city (Hà Nội, Hồ Chí Minh …). */
	readonly city: boolean;
}

/**
 * The gazetteer place covering a token, read from `text` (tone-canonical) and its tokens. Each
 * lookup reads a few words around the token only (the type word before a name decides what it
 * is), so a sentence costs nothing until a title or name asks; answers are cached.
 */
export function placeIndex(text: string, toks: readonly Tok[]): (k: number) => PlaceAt | null {
	let cache: Map<number, PlaceAt | null> | null = null;
	return (k: number) => {
		const t = toks[k];
		if (!t?.word || !t.cap) return null;
		cache ??= new Map();
		let hit = cache.get(k);
		if (hit !== undefined) return hit;
		// Two words before for the type word ("Huyện ủy", "thị xã"), up to six after for the longest name.
		const from = (toks[Math.max(0, k - 2)] as Tok).start;
		const lastIndex = Math.min(toks.length - 1, k + 6);
		hit = placeIn(text, toks, k, from, (toks[lastIndex] as Tok).end);
		// Without a type word, a name right before a person's ("Sở Xây dựng Hà Nội Lê Văn Dục") reads
		// to the gazetteer as part of a longer name: a window that stops before the person's finds it.
		for (let last = Math.min(lastIndex, k + 5); hit === null && last > k; last--) {
			if (toks[last + 1]?.cap) hit = placeIn(text, toks, k, from, (toks[last] as Tok).end);
		}
		cache.set(k, hit);
		return hit;
	};
}

function placeIn(text: string, toks: readonly Tok[], k: number, from: number, to: number): PlaceAt | null {
	const at = (toks[k] as Tok).start;
	for (const m of findPlaceMentions(text.slice(from, to))) {
		const start = m.start + from;
		const end = m.end + from;
		if (m.cityWide || start > at || end <= at) continue;
		const province = m.provinces[0];
		let e = k;
		while (e < toks.length && (toks[e] as Tok).start < end) e++;
		return { end: e, kind: province ? 'province' : 'district', city: province?.type === 'thanh-pho' };
	}
	return null;
}

/** True for the five centrally-run cities (Hà Nội, Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ). */
export function isCityProvince(province: string | null): boolean {
	if (province === null) return false;
	let city = cities.get(province);
	if (city === undefined) {
		city = findProvince(province)?.type === 'thanh-pho';
		cities.set(province, city);
	}
	return city;
}

// Answers of `isCityProvince` by name: extraction asks once per article.
const cities = new Map<string, boolean>();
