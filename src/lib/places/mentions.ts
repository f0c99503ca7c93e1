/**
 * Where a text names provinces and districts: every gazetteer name and alias found as a run of
 * words, the longest first ("Điện Biên Đông" over "Điện Biên"), with the type word before it
 * ("huyện", "thị xã", "TP", "tỉnh", "Huyện ủy" …) narrowing what it can be.
 */

import { charClass, DIGIT, LOWER, OTHER, UPPER } from '../text/chars.ts';
import { asciiFold } from '../text/fold.ts';
import { canonicalTones } from '../text/normalize.ts';
import { hashOf, oneWord, PhraseSet } from '../text/phrases.ts';
import { tokenize, wordEnd } from '../text/tokens.ts';
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
	/**
	 * A city's own bodies named without the city ("UBND thành phố", "Thành ủy", "CATP"): a hint
	 * that the article's province is a centrally-run city, naming no place itself.
	 */
	readonly cityWide?: true;
}

interface Entry {
	readonly words: readonly string[];
	readonly provinces: Province[];
	readonly districts: District[];
	/** Only counts with a type word before it ("Vinh", "Quận 1", and "Hồ Chí Minh", a person's name too). */
	readonly needsPrefix: boolean;
	/**
	 * The words after the first as tone-canonical text writes them, each after one space (" Pồ"
	 * for Nậm Pồ); null for one-word names and names with other separators ("Cư M'gar").
	 */
	readonly tail: string | null;
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

// Spellings of district names that outlets print besides the gazetteer's.
const DISTRICT_ALIASES: Readonly<Record<string, readonly string[]>> = {
	'Mù Cang Chải': ['Mù Căng Chải'],
	'Buôn Ma Thuột': ['Buôn Mê Thuột'],
	'Phan Rang-Tháp Chàm': ['Phan Rang - Tháp Chàm', 'Phan Rang Tháp Chàm'],
	KBang: ['Kbang', "K'Bang"],
	'Krông Pắc': ['Krông Pắk'],
	'Krông A Na': ['Krông Ana'],
	"M'Đrắk": ["M'Drắk", 'MĐrắk'],
	Lắk: ['Lăk'],
};

const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

const index = buildIndex();

function buildIndex(): Map<string, Entry[]> {
	const byKey = new Map<string, Entry>();
	const entry = (name: string, needsPrefix: boolean): Entry => {
		const words = wordsOf(name);
		const key = words.join(' ');
		let e = byKey.get(key);
		if (!e) {
			const spaced = words.length > 1 && /^[\p{L}\p{M}\p{N}]+(?: [\p{L}\p{M}\p{N}]+)+$/u.test(name);
			const tail = spaced
				? words
						.slice(1)
						.map((w) => ` ${capitalised(w)}`)
						.join('')
				: null;
			e = { words, provinces: [], districts: [], needsPrefix, tail };
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
		for (const name of [d.name, ...(DISTRICT_ALIASES[d.name] ?? [])]) {
			const e = entry(name, wordsOf(name).length === 1);
			if (!e.districts.includes(d)) e.districts.push(d);
		}
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

/**
 * A district's name compared loosely: lower case, without tones ("đ" as "d"), an apostrophe and
 * the space after it dropped, hyphens as spaces: "Krông Buk" for Krông Búk, "Cư Mgar" for Cư
 * M'gar, "Ia Hdrai" for Ia H' Drai, "Đak Pơ" for Đăk Pơ.
 */
function looseKey(name: string): string {
	return asciiFold(name.toLowerCase())
		.replace(/['’‘] ?/g, '')
		.replace(/\s*[-–]\s*/g, ' ');
}

// The districts by loose name: the highland names outlets print with and without their marks;
// and the first words of those names, so that a word no name starts with is passed over at once.
const looseIndex = new Map<string, District[]>();
const looseFirstWords = new Set<string>();
for (const d of districts) {
	const key = looseKey(d.name);
	looseIndex.set(key, [...(looseIndex.get(key) ?? []), d]);
	looseFirstWords.add(key.split(' ')[0] as string);
}
// A run of words a loose name may be: capitalised after a space, any after an apostrophe. Up to
// five, so that a run longer than any name is not cut to one.
const LOOSE_RUN = /^\p{Lu}[\p{L}\p{M}]*(?:['’‘] ?[\p{L}\p{M}]+| \p{Lu}[\p{L}\p{M}]*){0,4}/u;

/**
 * The district named loosely at `start` (its first word ending at `end`) after a type word
 * ("huyện Krông Buk", "H.Cư Mgar"), where no name as written was found: a run of capitalised
 * words whose loose key is a district's, whole. Part of a run is not enough: after a title's
 * "huyện" comes a person's name, and one without its tones may begin like a district's ("Chủ
 * tịch HĐND huyện Giàng Thanh Việt": "Giang Thành").
 */
function looseMentionAt(text: string, start: number, end: number): PlaceMention | null {
	if (!endsLikePrefix(text, start) || !looseFirstWords.has(looseKey(text.slice(start, end)))) return null;
	const before = text.slice(Math.max(0, start - 24), start);
	const typed = PREFIX.exec(before);
	const prefix = typed ? (PREFIX_TYPE[(typed[1] ?? '').toLowerCase()] ?? null) : null;
	if (prefix === null || prefix === 'tinh' || HOMETOWN.test(before)) return null;
	const run = LOOSE_RUN.exec(text.slice(start, start + 48))?.[0];
	const found = run === undefined ? undefined : looseIndex.get(looseKey(run));
	if (run === undefined || found === undefined) return null;
	const ofType = found.filter((d) => d.type === prefix);
	return { start, end: start + run.length, prefix, provinces: [], districts: ofType.length > 0 ? ofType : found };
}

// The same index keyed by first words as texts write them ("Nậm", "Đăk"), so that the scanner
// looks words up without lower-casing each one; words in capitals ("TP", "HCM") go through
// `index` instead. A phrase set: most capitalised words of a text are ruled out by one flag read
// of their hash, before any is cut out.
const written: [string, Entry[]][] = [];
for (const [first, list] of index) {
	written.push([capitalised(first), list]);
	if (first === 'đắk') for (const v of ['đăk', 'đắc', 'dak']) written.push([capitalised(v), list]);
}
const byWritten = new PhraseSet(written, oneWord);

// The type word right before a name ("huyện ", "TP. ", "Huyện ủy "), in tone-canonical text.
const PREFIX =
	/(?:^|[^\p{L}\p{M}])(thị xã|thành phố|huyện ủy|thị ủy|thành ủy|quận ủy|tỉnh ủy|huyện|quận|tỉnh|tp|tx|h(?=\.)|q(?=\.))(?: |\. ?)$/iu;
// The last letters of PREFIX's type words, in either case: "xã", "phố", "ủy", "huyện", "quận",
// "tỉnh", "tp", "tx", "h", "q".
const PREFIX_LAST = new Set([...'ãốynhpxqÃỐYNHPXQ'].map((c) => c.charCodeAt(0)));

/**
 * False when PREFIX cannot match the text before `end` (all of `before` by default): it does not
 * end with a space, a dot or a dot and a space after one of the type words' last letters. Most
 * words before a capital are not type words, and PREFIX, tried at every character, costs far
 * more than this look at the end.
 */
function endsLikePrefix(before: string, end = before.length): boolean {
	let k = end - 1;
	if (before.charCodeAt(k) === 32) k--;
	else if (before.charCodeAt(k) !== 46) return false;
	if (before.charCodeAt(k) === 46) k--;
	return PREFIX_LAST.has(before.charCodeAt(k));
}

const PREFIX_TYPE: Readonly<Record<string, PlacePrefix>> = {
	'thị xã': 'thi-xa',
	'thành phố': 'thanh-pho',
	'huyện ủy': 'huyen',
	'thị ủy': 'thi-xa',
	'thành ủy': 'thanh-pho',
	'quận ủy': 'quan',
	'tỉnh ủy': 'tinh',
	huyện: 'huyen',
	quận: 'quan',
	tỉnh: 'tinh',
	tp: 'thanh-pho',
	tx: 'thi-xa',
	// "H.Đức Hòa", "Q.Tân Bình": the abbreviations news sites use in running text.
	h: 'huyen',
	q: 'quan',
};
// The type word of a breadcrumb glued to the headline ("Xã hộiHuyện Phú Tân"): capitalised, right
// after a small letter (case-sensitive, unlike PREFIX).
const GLUED_PREFIX =
	/\p{Ll}(Thị xã|Thành phố|Huyện ủy|Thị ủy|Thành ủy|Quận ủy|Tỉnh ủy|Huyện|Quận|Tỉnh|TP|TX)(?: |\. ?)$/u;
// A person's birthplace in a short biography ("quê quán H. Đức Hòa", "(45 tuổi, quê Hà Tĩnh)"),
// not a place the article reports on.
const HOMETOWN =
	/(?:(?:^|[^\p{L}\p{M}])(?:quê quán|nguyên quán|sinh quán)|[,(] ?quê):? (?:huyện |quận |thị xã |thành phố |tỉnh |tp\.? ?|tx\.? ?|h\. ?|q\. ?)?$/iu;
// A word right before a name that makes it something else: a commune, a street, a river, a
// school, a newspaper, a person.
const NOT_A_PLACE =
	/(?:^|[^\p{L}\p{M}])(?:xã|phường|trấn|thôn|bản|ấp|làng|khóm|khu|tổ|đường|phố|sông|núi|đèo|cầu|chợ|trường|hồ|đập|suối|bến|cảng|đồn|đền|chùa|nghiệp|bay|khẩu|viện|ty|báo|đài|ông|bà|anh|chị|cụ|em|chí|cháu) $/iu;
// A capitalised ordinary word (not an acronym) right before: the name is part of a longer one.
const NAME_BEFORE = /[\p{Lu}][\p{Ll}\p{M}][\p{L}\p{M}]* $/u;
// A capitalised word right after, or a number that is not a figure ("Vân Canh 1", not "Phù Mỹ 23,54%").
const NAME_AFTER = /^ (?:\p{Lu}|\p{N}+(?![\p{N}]|[,.]\p{N}|\s*%))/u;

// What may separate the words of a name: spaces, apostrophes, a dot ("TP.HCM"), hyphens.
const GAP_CHARS = new Set([' ', "'", '’', '‘', '.', '-', '–']);

/** The word after `at` behind a separator of up to three characters, or null. A scanner, not a regex: it runs for every candidate name. */
function nextWord(text: string, at: number): Word | null {
	let i = at;
	while (i < text.length && i - at < 3 && GAP_CHARS.has(text.charAt(i))) i++;
	const first = charClass(text.charCodeAt(i));
	if (first === OTHER || i >= text.length) return null;
	const j = wordEnd(text, i, first);
	return { key: wordKey(text.slice(i, j).toLowerCase()), end: j, gap: text.slice(at, i), capital: first !== LOWER };
}

interface Word {
	readonly key: string;
	readonly end: number;
	/** The separator before the word. */
	readonly gap: string;
	readonly capital: boolean;
}

// 1 for the UTF-16 code units a name can start with: a capital or a digit (`charClass`).
const NAME_START = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) NAME_START[c] = charClass(c) === UPPER || charClass(c) === DIGIT ? 1 : 0;

/**
 * Every place name in `text` (tone-canonical text matches either tone spelling). With `loose`, a
 * district after a type word is also read without its marks (`looseMentionAt`): only where
 * `text` is a whole block, since a window that stops inside a person's name would make part of
 * it look whole.
 */
export function findPlaceMentions(text: string, loose = false): PlaceMention[] {
	const out: PlaceMention[] = [];
	const n = text.length;
	let i = 0;
	while (i < n) {
		// A name starts at a capitalised word or a number, never inside another word, except where
		// a breadcrumb was glued to the headline ("Chính trịHuyện Phú Tân"): a capital after small
		// letters starts a word. So the small letters and other characters are stepped over in a
		// loop without a branch inside, which V8 runs several times faster than one with it.
		while (i < n && (NAME_START[text.charCodeAt(i)] as number) === 0) i++;
		if (i === n) break;
		const cls = charClass(text.charCodeAt(i));
		let j = wordEnd(text, i, cls);
		const mention = mentionAt(text, i, j, cls, loose);
		if (mention) {
			out.push(mention);
			j = mention.end;
		}
		i = j;
	}
	return out;
}

// "UBND thành phố", "HĐND TP", "Thành ủy", "CATP" with no name after them (the name would be read
// as a place): the city's own bodies, as a centrally-run city's papers write them. What may not
// follow: a name or number (after a space or a dot), "viên" (a member), more letters.
const CITY_BODY_END = /^(?: ?\.? ?[\p{Lu}\p{N}]| viên|[\p{L}\p{M}])/u;

/**
 * The end of a city-wide body named at `start` (its first word ends at `end`), or 0. Compared in
 * place: most capitalised words are ruled out by their length and first letter, and "UBND tỉnh"
 * by one comparison, without a cut.
 */
function cityWideAt(text: string, start: number, end: number): number {
	const len = end - start;
	const c = text.charCodeAt(start);
	let e = 0;
	if (len === 4 && (c === 85 || c === 72) && (text.startsWith('UBND', start) || text.startsWith('HĐND', start))) {
		if (text.startsWith(' thành phố', end)) e = end + 10;
		else if (text.startsWith(' TP', end)) e = end + 3;
	} else if (len === 5 && c === 84 && text.startsWith('Thành ủy', start)) e = start + 8;
	else if (len === 4 && c === 67 && text.startsWith('CATP', start)) e = end;
	return e > 0 && !CITY_BODY_END.test(text.slice(e, e + 6)) ? e : 0;
}

/**
 * A capital right after a small letter among the last characters before a name: a breadcrumb
 * glued to its type word ("hộiHuyện ", "hộiThị xã "). A short scan, so that GLUED_PREFIX runs
 * only where it can match.
 */
function startsMidWord(before: string): boolean {
	for (let k = before.length - 1; k > 0 && k >= before.length - 12; k--) {
		if (charClass(before.charCodeAt(k)) === UPPER && charClass(before.charCodeAt(k - 1)) === LOWER) return true;
	}
	return false;
}

/**
 * The place mention that starts with the word from `start` to `end` (of class `cls`), if any;
 * `loose` as `findPlaceMentions`'s.
 */
function mentionAt(text: string, start: number, end: number, cls: number, loose: boolean): PlaceMention | null {
	if (cls === UPPER) {
		const city = cityWideAt(text, start, end);
		if (city > 0) return { start, end: city, prefix: null, provinces: [], districts: [], cityWide: true };
	}
	// Numbers are names only as urban districts ("Quận 1").
	if (cls === DIGIT && !/(?:quận|q\.) ?$/iu.test(text.slice(Math.max(0, start - 6), start))) return null;
	const shouting = cls === UPPER && end - start > 1 && charClass(text.charCodeAt(start + 1)) === UPPER;
	const candidates =
		shouting || cls === DIGIT
			? index.get(wordKey(text.slice(start, end).toLowerCase()))
			: byWritten.wordValue(text, start, end, hashOf(text, start, end));
	const match = candidates ? longestAt(text, end, candidates) : null;
	if (!match) return loose && cls === UPPER && !shouting ? looseMentionAt(text, start, end) : null;
	const { entry } = match;
	const before = text.slice(Math.max(0, start - 24), start);
	const typed =
		(endsLikePrefix(before) ? PREFIX.exec(before) : null) ?? (startsMidWord(before) ? GLUED_PREFIX.exec(before) : null);
	// "TP.HCM" carries its own type word.
	const prefix =
		entry.words[0] === 'tp' ? 'thanh-pho' : typed ? (PREFIX_TYPE[(typed[1] ?? '').toLowerCase()] ?? null) : null;
	if (!prefix && NOT_A_PLACE.test(before)) return null;
	if ((before.includes('quê') || before.includes('quán')) && HOMETOWN.test(before)) return null;
	const mention = interpret(entry, prefix, before, text.slice(match.end, match.end + 12));
	return mention ? { start, end: match.end, prefix, ...mention } : null;
}

/** The longest gazetteer entry that the words from `from` on complete; its end offset. */
function longestAt(text: string, from: number, candidates: readonly Entry[]): { entry: Entry; end: number } | null {
	const longest = candidates[0]?.words.length ?? 1;
	// The following words are read only if some candidate needs them (not spelled with plain spaces).
	let words: Word[] | null = null;
	const read = (): Word[] => {
		const out: Word[] = [];
		let at = from;
		while (out.length < longest - 1) {
			const w = nextWord(text, at);
			if (!w) break;
			out.push(w);
			at = w.end;
		}
		return out;
	};
	for (const entry of candidates) {
		const n = entry.words.length - 1;
		if (n === 0) return { entry, end: from };
		if (entry.tail !== null) {
			// Most names: compare the text with the name as written, without cutting words out.
			const end = from + entry.tail.length;
			if (sameTail(text, from, entry.tail) && (end >= text.length || charClass(text.charCodeAt(end)) === OTHER)) {
				return { entry, end };
			}
			continue;
		}
		words ??= read();
		if (n > words.length) continue;
		let ok = true;
		for (let k = 0; k < n && ok; k++) {
			const w = words[k] as Word;
			const previous = entry.words[k];
			ok =
				w.key === entry.words[k + 1] &&
				joined(w.gap, previous ?? '') &&
				(w.capital || /['’‘]/.test(w.gap) || /^\d/.test(w.key));
		}
		if (ok) return { entry, end: (words[n - 1] as Word).end };
	}
	return null;
}

/**
 * The words after the first as the name writes them, or with other capitals inside a word after
 * the same first letter ("Kon PLông" for Kon Plông): compared whole only when the first letter
 * agrees.
 */
function sameTail(text: string, from: number, tail: string): boolean {
	if (text.startsWith(tail, from)) return true;
	if (text.charCodeAt(from + 1) !== tail.charCodeAt(1)) return false;
	for (let k = 2; k < tail.length; k++) {
		const t = tail.charCodeAt(k);
		const c = text.charCodeAt(from + k);
		// Only a capital where the name has a small letter, never the other way.
		if (c !== t && (charClass(t) !== LOWER || text.charAt(from + k).toLowerCase() !== tail.charAt(k))) return false;
	}
	return true;
}

/** Within one name, words are separated by spaces, an apostrophe ("M'gar") or a spaced hyphen ("Bà Rịa - Vũng Tàu"); "TP.HCM" by a dot. */
function joined(gap: string, previous: string): boolean {
	if (gap === '.') return previous === 'tp';
	return gap.length > 0 && /^[ '’‘\-–]+$/.test(gap);
}

function interpret(
	entry: Entry,
	prefix: PlacePrefix | null,
	before: string,
	after: string,
): Omit<PlaceMention, 'start' | 'end' | 'prefix'> | null {
	if (prefix === null) {
		if (entry.needsPrefix) return null;
		if (NAME_AFTER.test(after) || NAME_BEFORE.test(before)) return null;
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
