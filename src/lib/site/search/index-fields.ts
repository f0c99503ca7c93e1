/**
 * What the site search (Pagefind, see src/integrations/search-index.ts) knows of a briefing:
 * its filters (province, district, official, year), the metadata a result shows (date, place),
 * the sort key, and ASCII-folded text.
 *
 * Pagefind folds tone and vowel marks itself ("nam po" finds "Nậm Pồ") but not "đ": "dien"
 * would not find "Điện". So each briefing carries, as searchable metadata, its headline, places
 * and officials written without marks, and the words of its text that contain "đ", folded
 * ("đồng" → "dong"): every other word is already found without its marks.
 *
 * The search page builds its filter menus from the same values (`searchFacets`), so a menu
 * option always matches the index.
 */
import { INDICATOR_LABELS, KIND_LABELS } from '../../format/enum-names.ts';
import { asciiFold } from '../../text/fold.ts';
import { collator } from '../model/order.ts';
import type { Briefing, DistrictRef, SiteModel } from '../model/types.ts';

export type FilterKey = 'province' | 'district' | 'official' | 'year';

export interface SearchFields {
	/** `data-pagefind-filter` values; a briefing may have several of one key (officials, districts). */
	readonly filters: Readonly<Record<FilterKey, readonly string[]>>;
	/** `data-pagefind-meta`: what a result line shows. Absent keys are left out. */
	readonly meta: {
		/** "2024-11-19". */
		readonly date?: string;
		/** "Huyện Nậm Pồ", or the districts of a round-up. */
		readonly district?: string;
		/** "Điện Biên". */
		readonly province?: string;
		/** ASCII-folded headline, places and officials (words only), then the folded "đ" words of the text. */
		readonly fold: string;
		/**
		 * The names the briefing is about, as written, joined by `NAMES_SEPARATOR`: officials,
		 * districts (with and without their type), province: the search page moves a result whose
		 * name is the query to the top (`byNameTier`).
		 */
		readonly names: string;
		/**
		 * The project's names of the indicators the briefing reports ("Thu ngân sách"), searchable
		 * though the facts panel that shows them is left out of the index (its labels would be
		 * quoted as excerpts instead of the article's own words).
		 */
		readonly indicators?: string;
	};
	/** `data-pagefind-sort`: the date, "0000-00-00" when unknown so that undated briefings sort last, not out. */
	readonly sort: { readonly date: string };
}

/** Separator of the names in the `names` metadata. */
export const NAMES_SEPARATOR = ' | ';

/** Sort key of briefings with no date (Pagefind drops pages without the key from sorted results). */
export const UNDATED_SORT_KEY = '0000-00-00';

/** The filter value of a district: names repeat across provinces, so the province is added. */
export function districtFilterValue(d: DistrictRef): string {
	return `${d.fullName} (${d.province.name})`;
}

/** The filter value of an official: a name within a province (the same name elsewhere is someone else). */
export function officialFilterValue(name: string, provinceName: string | null): string {
	return provinceName ? `${name} (${provinceName})` : name;
}

const HAS_D = /[đĐ]/;
const D = /[đĐ]/g;
const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Where the word (a run of letters and digits, `WORD`) holding the character at `at` starts. */
function wordStart(text: string, at: number): number {
	let start = at;
	while (start > 0) {
		// A code point before: a surrogate pair is one.
		const pair = start > 1 && isLowSurrogate(text.charCodeAt(start - 1)) && isHighSurrogate(text.charCodeAt(start - 2));
		const from = pair ? start - 2 : start - 1;
		if (!WORD_CHAR.test(text.slice(from, start))) break;
		start = from;
	}
	return start;
}

/** Where the word holding the characters before `at` ends. */
function wordEnd(text: string, at: number): number {
	let end = at;
	while (end < text.length) {
		const length = (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
		if (!WORD_CHAR.test(text.slice(end, end + length))) break;
		end += length;
	}
	return end;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * The words of `texts` that contain "đ" (or "Đ"), ASCII-folded and lower-cased, each once, in
 * order of first appearance: ["dong", "dau", "dien"]. Each "đ" is found and its word read
 * around it: most words of a text have none, and are not looked at one by one.
 */
export function foldedDWords(texts: readonly string[]): string[] {
	const seen = new Set<string>();
	for (const raw of texts) {
		// No composition makes a "đ" (it has no decomposition): a text without one has no such word.
		if (!HAS_D.test(raw)) continue;
		const text = raw.normalize('NFC');
		for (let at = text.search(HAS_D); at >= 0; ) {
			const end = wordEnd(text, at + 1);
			const word = text.slice(wordStart(text, at), end);
			D.lastIndex = end;
			at = D.exec(text)?.index ?? -1;
			let folded = FOLDED.get(word);
			if (folded === undefined) {
				folded = asciiFold(word).toLowerCase();
				// The words of a language are few: remembered, but never more than a bounded number.
				if (FOLDED.size < FOLDED_MAX) FOLDED.set(word, folded);
			}
			seen.add(folded);
		}
	}
	return [...seen];
}

/** Folded "đ" words already seen this process (a word folds the same every time). */
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 100_000;

/** Every text of the briefing page's indexed region, for `foldedDWords`. */
function pageTexts(b: Briefing): string[] {
	const e = b.entry;
	return [
		e.title,
		KIND_LABELS[e.kind],
		...b.districts.map((d) => d.fullName),
		b.province?.fullName ?? '',
		...e.officials.flatMap((o) => [o.name, o.title]),
		...e.indicators.flatMap((i) => [i.key === 'other' ? '' : INDICATOR_LABELS[i.key], i.label, i.unit ?? '']),
		...e.body.flatMap((block) => [block.text, block.credit ?? '']),
		e.source.outlet ?? '',
		e.source.author ?? '',
	];
}

function indicatorNames(b: Briefing): { indicators?: string } {
	const names = [...new Set(b.entry.indicators.flatMap((i) => (i.key === 'other' ? [] : [INDICATOR_LABELS[i.key]])))];
	return names.length > 0 ? { indicators: names.join(', ') } : {};
}

/** The filter values of one briefing (`SearchFields.filters`), without the costlier metadata. */
export function searchFilters(b: Briefing): SearchFields['filters'] {
	const e = b.entry;
	const provinceName = b.province?.name ?? null;
	return {
		province: provinceName ? [provinceName] : [],
		district: b.districts.map(districtFilterValue),
		official: [...new Set(b.officials.map((o) => officialFilterValue(o.name, o.ref?.province.name ?? null)))],
		year: e.date ? [e.date.slice(0, 4)] : [],
	};
}

/** Filters, metadata, sort key and folded text of one briefing. */
export function searchFields(b: Briefing): SearchFields {
	const e = b.entry;
	const provinceName = b.province?.name ?? null;
	const districtLabel = b.district?.fullName ?? (b.districts.map((d) => d.fullName).join(', ') || undefined);
	const key = [
		e.title,
		...b.districts.map((d) => d.fullName),
		b.province?.fullName ?? '',
		...b.officials.map((o) => o.name),
	]
		.map((text) => asciiFold(text).match(WORD)?.join(' ') ?? '')
		.filter(Boolean);
	const keyWords = new Set(key.join(' ').toLowerCase().match(WORD) ?? []);
	const extra = foldedDWords(pageTexts(b)).filter((w) => !keyWords.has(w));
	return {
		filters: searchFilters(b),
		meta: {
			...(e.date ? { date: e.date } : {}),
			...(districtLabel ? { district: districtLabel } : {}),
			...(provinceName ? { province: provinceName } : {}),
			fold: [key.join(', '), ...extra].join(' '),
			names: [
				...new Set([
					...b.officials.map((o) => o.name),
					...b.districts.flatMap((d) => [d.name, d.fullName]),
					...(b.province ? [b.province.name, b.province.fullName] : []),
				]),
			].join(NAMES_SEPARATOR),
			...indicatorNames(b),
		},
		sort: { date: e.date ?? UNDATED_SORT_KEY },
	};
}

export interface FacetOption {
	/** The filter value, as indexed. */
	readonly value: string;
	/** What the menu shows. */
	readonly label: string;
	/** Briefings with this value. */
	readonly count: number;
}

export interface FacetGroup {
	/** A province's name, for an `<optgroup>`; null for an ungrouped list. */
	readonly label: string | null;
	readonly options: readonly FacetOption[];
}

export type SearchFacets = Readonly<Record<FilterKey, readonly FacetGroup[]>>;

/**
 * The options of the search page's filter menus, counted over the published briefings:
 * provinces and years as flat lists, districts and officials grouped by province.
 */
export function searchFacets(site: Pick<SiteModel, 'briefings'>): SearchFacets {
	const count = new Map<string, number>();
	const labels = new Map<string, { label: string; group: string | null }>();
	const bump = (k: FilterKey, value: string, label: string, group: string | null) => {
		const id = `${k}\u0000${value}`;
		count.set(id, (count.get(id) ?? 0) + 1);
		if (!labels.has(id)) labels.set(id, { label, group });
	};
	// The filters only: the folded text of every briefing (`searchFields`) is not needed here.
	for (const b of site.briefings) {
		const f = searchFilters(b);
		for (const v of f.province) bump('province', v, v, null);
		for (const v of f.year) bump('year', v, v, null);
		for (const d of b.districts) bump('district', districtFilterValue(d), d.fullName, d.province.name);
		const seen = new Set<string>();
		for (const o of b.officials) {
			const v = officialFilterValue(o.name, o.ref?.province.name ?? null);
			if (seen.has(v)) continue;
			seen.add(v);
			bump('official', v, o.name, o.ref?.province.name ?? null);
		}
	}
	const facet = (k: FilterKey, order: (a: FacetOption, b: FacetOption) => number): FacetGroup[] => {
		const groups = new Map<string | null, FacetOption[]>();
		for (const [id, n] of count) {
			const [key, value = ''] = id.split('\u0000');
			if (key !== k) continue;
			const { label, group } = labels.get(id) ?? { label: value, group: null };
			const list = groups.get(group) ?? [];
			list.push({ value, label, count: n });
			groups.set(group, list);
		}
		return [...groups]
			.sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : collator.compare(a, b)))
			.map(([label, options]) => ({ label, options: options.sort(order) }));
	};
	const byLabel = (a: FacetOption, b: FacetOption) => collator.compare(a.label, b.label);
	return {
		province: facet('province', byLabel),
		district: facet('district', byLabel),
		official: facet('official', byLabel),
		year: facet('year', (a, b) => b.value.localeCompare(a.value)),
	};
}
