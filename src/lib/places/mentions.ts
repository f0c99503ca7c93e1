/**
 * Where a text names provinces and districts: every gazetteer name and alias found as a run of
 * words, the longest first ("Điện Biên Đông" over "Điện Biên"), with the type word before it
 * ("huyện", "thị xã", "TP", "tỉnh", "Huyện ủy" …) narrowing what it can be.
 */
import { canonicalTones } from '../text/normalize.ts';
import { adjacent, type Token, tokenize } from '../text/tokens.ts';
import { type District, type DistrictType, districts, type Province, provinces } from './gazetteer.ts';

export type PlacePrefix = 'tinh' | DistrictType;

export interface PlaceMention {
	readonly start: number;
	readonly end: number;
	/** The type word before the name, if any. */
	readonly prefix: PlacePrefix | null;
	/** The provinces it can be (at most one). */
	readonly provinces: readonly Province[];
	/** The district-level units it can be (several when the name repeats across provinces). */
	readonly districts: readonly District[];
}

interface Entry {
	readonly words: readonly string[];
	readonly provinces: Province[];
	readonly districts: District[];
	/** Only counts with a type word before it ("Vinh", "Quận 1", and "Hồ Chí Minh", a person's name too). */
	readonly needsPrefix: boolean;
}

// Spellings that differ between sources: "Đắk"/"Đăk", "Kon Tum"/"Kontum".
function wordKey(word: string): string {
	return word === 'đăk' || word === 'đắc' || word === 'dak' ? 'đắk' : word;
}

function wordsOf(name: string): string[] {
	// Gazetteer names mix tone placements ("Hoà Bình", "Thanh Hóa"); texts are matched canonical.
	return tokenize(canonicalTones(name.normalize('NFC'))).map((t) => wordKey(t.key));
}

const PROVINCE_ALIASES: Readonly<Record<string, readonly string[]>> = {
	'Hồ Chí Minh': ['TP.HCM', 'TPHCM', 'HCM'],
	'Thừa Thiên Huế': ['Huế'],
	'Bà Rịa - Vũng Tàu': ['BR-VT', 'Bà Rịa Vũng Tàu'],
	'Đắk Lắk': ['Daklak', 'Đắc Lắc'],
	'Kon Tum': ['Kontum'],
};

const index = buildIndex();

function buildIndex(): Map<string, Entry[]> {
	const byKey = new Map<string, Entry>();
	const entry = (name: string, needsPrefix: boolean): Entry => {
		const words = wordsOf(name);
		const key = words.join(' ');
		let e = byKey.get(key);
		if (!e) {
			e = { words, provinces: [], districts: [], needsPrefix };
			byKey.set(key, e);
		}
		return e;
	};
	for (const p of provinces) {
		entry(p.name, p.name === 'Hồ Chí Minh').provinces.push(p);
		for (const alias of PROVINCE_ALIASES[p.name] ?? []) {
			// "Huế" alone is the city of Huế (a district-level unit) more often than the province.
			const e = entry(alias, alias === 'HCM' || alias === 'Huế');
			if (!e.provinces.includes(p)) e.provinces.push(p);
		}
	}
	for (const d of districts) {
		const single = wordsOf(d.name).length === 1;
		const e = entry(d.name, single);
		e.districts.push(d);
	}
	const byFirst = new Map<string, Entry[]>();
	for (const e of byKey.values()) {
		const first = e.words[0];
		if (first === undefined) continue;
		byFirst.set(first, [...(byFirst.get(first) ?? []), e]);
	}
	for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
	return byFirst;
}

// Type words, read backwards from the name: [words before the name, type].
const PREFIXES: readonly (readonly [readonly string[], PlacePrefix])[] = [
	[['thị', 'xã'], 'thi-xa'],
	[['thành', 'phố'], 'thanh-pho'],
	[['huyện', 'ủy'], 'huyen'],
	[['thị', 'ủy'], 'thi-xa'],
	[['thành', 'ủy'], 'thanh-pho'],
	[['quận', 'ủy'], 'quan'],
	[['tỉnh', 'ủy'], 'tinh'],
	[['huyện'], 'huyen'],
	[['quận'], 'quan'],
	[['tỉnh'], 'tinh'],
	[['tp'], 'thanh-pho'],
	[['tx'], 'thi-xa'],
];

// Words before a name that make it something else: a commune, a street, a river, a school, a person.
const NOT_A_PLACE_BEFORE = new Set([
	'xã',
	'phường',
	'trấn',
	'thôn',
	'bản',
	'ấp',
	'làng',
	'khóm',
	'khu',
	'tổ',
	'đường',
	'phố',
	'sông',
	'núi',
	'đèo',
	'cầu',
	'chợ',
	'trường',
	'hồ',
	'đập',
	'suối',
	'bến',
	'cảng',
	'đồn',
	'đền',
	'chùa',
	'nghiệp',
	'bay',
	'khẩu',
	'viện',
	'ty',
	'báo',
	'đài',
	'ông',
	'bà',
	'anh',
	'chị',
	'cụ',
	'em',
	'chí',
	'cháu',
]);

/** Every place name in `text` (tone-canonical text matches either tone spelling). */
export function findPlaceMentions(text: string): PlaceMention[] {
	const tokens = tokenize(text);
	const out: PlaceMention[] = [];
	for (let i = 0; i < tokens.length; ) {
		const match = longestAt(text, tokens, i);
		if (!match) {
			i++;
			continue;
		}
		const { entry, last } = match;
		const first = tokens[i] as Token;
		const end = (tokens[last] as Token).end;
		// "TP.HCM" carries its own type word.
		const prefix = entry.words[0] === 'tp' ? 'thanh-pho' : prefixBefore(text, tokens, i);
		const mention = prefix === 'reject' ? null : interpret(entry, prefix, text, tokens, i, last);
		if (mention && prefix !== 'reject') out.push({ start: first.start, end, prefix, ...mention });
		i = last + 1;
	}
	return out;
}

function longestAt(text: string, tokens: readonly Token[], i: number): { entry: Entry; last: number } | null {
	const head = tokens[i];
	if (!head) return null;
	const candidates = index.get(wordKey(head.key));
	if (!candidates) return null;
	for (const entry of candidates) {
		let ok = true;
		for (let k = 1; k < entry.words.length && ok; k++) {
			const t = tokens[i + k];
			const prev = tokens[i + k - 1];
			ok = t !== undefined && prev !== undefined && wordKey(t.key) === entry.words[k] && joined(text, prev, t);
		}
		if (ok) return { entry, last: i + entry.words.length - 1 };
	}
	return null;
}

/** Within one name, words are separated by spaces, an apostrophe ("M'gar") or a spaced hyphen ("Bà Rịa - Vũng Tàu"); "TP.HCM" by a dot. */
function joined(text: string, a: Token, b: Token): boolean {
	const gap = text.slice(a.end, b.start);
	if (gap === '.') return a.key === 'tp';
	return gap.length <= 3 && /^[ '’‘\-–]*$/.test(gap);
}

function prefixBefore(text: string, tokens: readonly Token[], i: number): PlacePrefix | 'reject' | null {
	for (const [words, type] of PREFIXES) {
		const n = words.length;
		if (i - n < 0) continue;
		let ok = true;
		for (let k = 0; k < n && ok; k++) {
			const t = tokens[i - n + k];
			ok = t !== undefined && t.key === words[k];
		}
		const last = tokens[i - 1];
		const name = tokens[i];
		if (ok && last && name && /^\.? ?$/.test(text.slice(last.end, name.start))) {
			return type;
		}
	}
	const before = tokens[i - 1];
	const name = tokens[i];
	if (before && name && adjacent(text, before, name) && NOT_A_PLACE_BEFORE.has(before.key)) return 'reject';
	return null;
}

function interpret(
	entry: Entry,
	prefix: PlacePrefix | null,
	text: string,
	tokens: readonly Token[],
	first: number,
	last: number,
): Omit<PlaceMention, 'start' | 'end' | 'prefix'> | null {
	// Gazetteer names are capitalised; "thống nhất" is a verb, "Thống Nhất" a district.
	for (let k = first; k <= last; k++) {
		const t = tokens[k] as Token;
		const prev = tokens[k - 1];
		const afterApostrophe = k > first && prev !== undefined && /['’‘]/.test(text.slice(prev.end, t.start));
		if (!t.capital && !afterApostrophe) return null;
	}
	if (prefix === null) {
		if (entry.needsPrefix) return null;
		// A capitalised word right after the name makes it part of a longer one ("Tân Sơn Nhất", "Điện Biên TV").
		const next = tokens[last + 1];
		const lastToken = tokens[last] as Token;
		// A number after the name is part of it ("Vân Canh 1") unless it is a figure ("Phù Mỹ 23,54%").
		const figure =
			next !== undefined && /^\d/.test(next.key) && /^(?:[,.]\d|\s*%)/.test(text.slice(next.end, next.end + 2));
		if (next?.capital && !figure && adjacent(text, lastToken, next)) return null;
		const before = tokens[first - 1];
		if (
			before?.capital &&
			adjacent(text, before, tokens[first] as Token) &&
			/\p{Ll}/u.test(text.slice(before.start, before.end))
		) {
			return null;
		}
		if (entry.provinces.length > 0) return { provinces: entry.provinces, districts: [] };
		return { provinces: [], districts: entry.districts };
	}
	if (prefix === 'tinh') {
		return entry.provinces.length > 0 ? { provinces: entry.provinces, districts: [] } : null;
	}
	const ofType = entry.districts.filter((d) => d.type === prefix);
	if (prefix === 'thanh-pho') {
		const cities = entry.provinces.filter((p) => p.type === 'thanh-pho');
		if (cities.length > 0) return { provinces: cities, districts: [] };
	}
	if (ofType.length > 0) return { provinces: [], districts: ofType };
	// "huyện X" where X is only a thị xã in the gazetteer: trust the name over the type word.
	return entry.districts.length > 0 ? { provinces: [], districts: entry.districts } : null;
}
