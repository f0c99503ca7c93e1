/**
 * Checking place names an editor typed against the gazetteer, with the nearest valid name when
 * one is wrong ("Nậm Pồoo" → "Nậm Pồ").
 */
import { asciiFold, matchKey } from '../text/fold.ts';
import {
	type District,
	districts,
	districtsOf,
	findDistricts,
	findProvince,
	type Province,
	provinces,
} from './gazetteer.ts';

/** Edit distance (insertions, deletions, substitutions, adjacent swaps) between two short strings. */
export function editDistance(a: string, b: string): number {
	const m = a.length;
	const n = b.length;
	let prev2: number[] = [];
	let prev = Array.from({ length: n + 1 }, (_, j) => j);
	for (let i = 1; i <= m; i++) {
		const cur = [i];
		for (let j = 1; j <= n; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
			cur.push(v);
		}
		prev2 = prev;
		prev = cur;
	}
	return prev[n] ?? 0;
}

/** The names among `names` nearest to `input`: diacritics count, but a name typed without them is still found. */
export function nearest(input: string, names: readonly string[]): string | null {
	const key = matchKey(input);
	const bare = asciiFold(key);
	let best: string | null = null;
	let bestScore = Number.POSITIVE_INFINITY;
	for (const name of names) {
		const k = matchKey(name);
		const score = Math.min(editDistance(key, k), editDistance(bare, asciiFold(k)) + 0.5);
		if (score < bestScore) {
			best = name;
			bestScore = score;
		}
	}
	// Far from everything: no suggestion is better than a random one.
	return best !== null && bestScore <= Math.max(2, key.length / 3) ? best : null;
}

export type PlaceCheck<T> =
	| { readonly ok: true; readonly value: T }
	| {
			readonly ok: false;
			readonly code: 'unknown-province' | 'unknown-district' | 'district-not-in-province' | 'ambiguous-district';
			readonly message: string;
			/** The same in Vietnamese. */
			readonly vi: string;
	  };

/** The province an editor named, or why it is not one. */
export function checkProvince(name: string): PlaceCheck<Province> {
	const p = findProvince(name);
	if (p) return { ok: true, value: p };
	const guess = nearest(
		name,
		provinces.map((x) => x.name),
	);
	return {
		ok: false,
		code: 'unknown-province',
		message: `"${name}" is not a province${guess ? `; did you mean "${guess}"?` : ''}`,
		vi: `"${name}" không phải tên tỉnh${guess ? `; có phải "${guess}"?` : ''}`,
	};
}

/** The district an editor named (in `province` when given), or why it is not one. */
export function checkDistrict(name: string, province: Province | null): PlaceCheck<District> {
	const all = findDistricts(name);
	const inProvince = province ? all.filter((d) => d.provinceCode === province.code) : all;
	if (inProvince.length === 1) return { ok: true, value: inProvince[0] as District };
	if (inProvince.length > 1 && new Set(inProvince.map((d) => d.provinceCode)).size === 1) {
		// Same name and province, different type ("huyện Kỳ Anh", "thị xã Kỳ Anh").
		const typed = inProvince.filter((d) => matchKey(d.fullName) === matchKey(name));
		if (typed.length === 1) return { ok: true, value: typed[0] as District };
		return {
			ok: false,
			code: 'ambiguous-district',
			message: `"${name}" names ${inProvince.map((d) => d.fullName).join(' and ')}; write the type too, e.g. "${inProvince[0]?.fullName}"`,
			vi: `"${name}" là tên của ${inProvince.map((d) => d.fullName).join(' và ')}; hãy ghi cả loại, ví dụ "${inProvince[0]?.fullName}"`,
		};
	}
	if (province && all.length > 0) {
		return {
			ok: false,
			code: 'district-not-in-province',
			message: `"${name}" is not a district of ${province.name} (it is in ${all.map((d) => provinceName(d)).join(', ')})`,
			vi: `"${name}" không phải huyện của ${province.name} (mà của ${all.map((d) => provinceName(d)).join(', ')})`,
		};
	}
	if (!province && all.length > 1) {
		return {
			ok: false,
			code: 'ambiguous-district',
			message: `"${name}" is a district of ${all.map((d) => provinceName(d)).join(', ')}`,
			vi: `Có huyện "${name}" ở ${all.map((d) => provinceName(d)).join(', ')}`,
		};
	}
	const pool = province ? districtsOf(province.code) : districts;
	const guess = nearest(
		name,
		pool.map((d) => d.name),
	);
	return {
		ok: false,
		code: 'unknown-district',
		message: `"${name}" is not a district${province ? ` of ${province.name}` : ''}${guess ? `; did you mean "${guess}"?` : ''}`,
		vi: `"${name}" không phải tên huyện${province ? ` của ${province.name}` : ''}${guess ? `; có phải "${guess}"?` : ''}`,
	};
}

function provinceName(d: District): string {
	return provinces.find((p) => p.code === d.provinceCode)?.name ?? d.provinceCode;
}
