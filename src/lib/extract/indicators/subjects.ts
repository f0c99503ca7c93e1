/**
 * The phrases of a sentence that decide what its figures are: indicator phrases, the noun
 * phrases of other figures, the words that stop an earlier subject from claiming later figures,
 * markers of targets and forecasts, and the places named.
 */
import type { IndicatorKey } from '../../../schemas/briefing.ts';
import { charClass, UPPER } from '../../text/chars.ts';
import { type IndexedPhrase, PhraseIndex } from '../../text/phrase-index.ts';
import {
	BARRIERS,
	BLOCKERS,
	FUTURE_MARKERS,
	type FutureMarker,
	KEY_PHRASES,
	type KeyPhrase,
	OTHER_HEADS,
	PLACE_WORDS,
	type PlaceWord,
} from './vocabulary.ts';

/** What a subject phrase is. */
export type SubjectKind = 'key' | 'other' | 'block' | 'barrier';

/** A phrase found in a sentence. Offsets index the sentence. */
export interface Subject {
	readonly start: number;
	readonly end: number;
	readonly kind: SubjectKind;
	/** The key for kind 'key'; 'other' for every other kind. */
	readonly key: IndicatorKey;
	/** A growth rate ("tốc độ tăng trưởng kinh tế"): a bare "đạt X%" is the change. */
	readonly growth: boolean;
}

/** A place named in a sentence: where, and whether it is a commune, ward or village. */
export interface PlaceMention {
	readonly at: number;
	readonly commune: boolean;
}

/** What one reading of a sentence finds. */
export interface SentencePhrases {
	/** Subjects in order; they never overlap. */
	readonly subjects: Subject[];
	/** Spans (start, end) made targets, forecasts or requests by a marker ("sẽ", "phấn đấu"). */
	readonly future: readonly (readonly [number, number])[];
	/** Places named, in order. */
	readonly places: PlaceMention[];
}

const END = '(?![\\p{L}\\p{M}])';

type Entry = IndexedPhrase &
	(
		| { readonly kind: 'key'; readonly phrase: KeyPhrase }
		| { readonly kind: Exclude<SubjectKind, 'key'> }
		| { readonly kind: 'future'; readonly marker: FutureMarker }
		| { readonly kind: 'place'; readonly place: PlaceWord }
	);

// Everything read in one pass over the words. Indicator phrases first: at one word an earlier
// entry wins, so an indicator phrase takes the words an other head inside it could ("tổng diện
// tích gieo trồng" is sown area, not "diện tích").
const INDEX = new PhraseIndex<Entry>([
	...KEY_PHRASES.map((p) => ({ first: p.first, pattern: p.pattern + END, kind: 'key' as const, phrase: p })),
	...OTHER_HEADS.map((p) => ({ first: p.first, pattern: p.pattern + END, kind: 'other' as const })),
	...BLOCKERS.map((p) => ({ first: p.first, pattern: p.pattern + END, kind: 'block' as const })),
	...BARRIERS.map((p) => ({ first: p.first, pattern: p.pattern + END, kind: 'barrier' as const })),
	...FUTURE_MARKERS.map((p) => ({ first: p.first, pattern: p.pattern + END, kind: 'future' as const, marker: p })),
	...PLACE_WORDS.map((p) => ({ first: p.first, pattern: p.pattern, kind: 'place' as const, place: p })),
]);

/**
 * Reads the subjects, target markers and places of `t`, a sentence in lower case, in one pass;
 * `display` is the sentence as written (same offsets), for the capitals of place names.
 */
export function readPhrases(t: string, display: string = t): SentencePhrases {
	const subjects: Subject[] = [];
	const places: PlaceMention[] = [];
	const future: [number, number][] = [];
	let ends: ScopeEnds | undefined;
	// The spans of `future` whose marker opens a list of targets.
	const lists: number[] = [];
	for (let m = INDEX.next(t, 0); m !== null; m = INDEX.next(t, m.end)) {
		const e = m.phrase;
		if (e.kind === 'key') {
			subjects.push({ start: m.start, end: m.end, kind: 'key', key: e.phrase.key, growth: e.phrase.growth === true });
		} else if (e.kind === 'future') {
			ends ??= new ScopeEnds(t);
			future.push([m.start, ends.after(m.end, e.marker.clause === true)]);
			if (e.marker.list === true) lists.push(future.length - 1);
		} else if (e.kind === 'place') {
			if (!e.place.named || charClass(display.charCodeAt(m.end)) === UPPER)
				places.push({ at: m.start, commune: e.place.commune });
		} else subjects.push({ start: m.start, end: m.end, kind: e.kind, key: 'other', growth: false });
	}
	if (lists.length > 0) {
		const ends = listEnds(t, subjects);
		for (const i of lists) {
			const span = future[i] as [number, number];
			span[1] = ends.get(span[1]) ?? span[1];
		}
	}
	return { subjects, future, places };
}

// A clause after ";" that goes on with a target's list: it opens with a verb of the district's
// doing ("…; giảm tỷ lệ hộ nghèo xuống dưới 4%") or with the indicator it sets ("…; thu ngân sách
// 50 tỷ đồng"), and says nothing of results ("đã", "được", "đến nay", "ước", "cùng kỳ", a month
// or a quarter reviewed).
const LIST_VERB =
	/^(?:và\s+)?(?:giảm|tăng|nâng|hạ|đưa|trồng|thu|giải\s+ngân|hoàn\s+thành|xây\s+dựng|tạo|có|phấn\s+đấu)\s/u;
const RESULT_WORDS =
	/(?<![\p{L}\p{M}])(?:đã|được|đến\s+nay|hiện\s+nay|hiện|ước|lũy\s+kế|cùng\s+kỳ|tháng|quý)(?![\p{L}\p{M}])/u;

/**
 * For each ";" of `t`, where a target's reach that stops there ends once the clauses that go on
 * with its list are taken in (see LIST_VERB): a list of targets is one sentence of clauses. Read
 * from the last ";" back, each clause once, so that a sentence of many clauses and markers stays
 * linear.
 */
function listEnds(t: string, subjects: readonly Subject[]): Map<number, number> {
	const semis: number[] = [];
	for (let i = t.indexOf(';'); i >= 0; i = t.indexOf(';', i + 1)) semis.push(i);
	const named = new Set<number>();
	for (const k of subjects) if (k.kind === 'key' || k.kind === 'other') named.add(k.start);
	const out = new Map<number, number>();
	for (let j = semis.length - 1; j >= 0; j--) {
		const at = semis[j] as number;
		let from = at + 1;
		while (from < t.length && t.charAt(from) === ' ') from++;
		const next = semis[j + 1];
		const opens = LIST_VERB.test(t.slice(from, from + 16)) || named.has(from);
		const goesOn = opens && !RESULT_WORDS.test(t.slice(from, next ?? t.length));
		out.set(at, !goesOn ? at : next === undefined ? Number.POSITIVE_INFINITY : (out.get(next) as number));
	}
	return out;
}

/**
 * Where a marker's reach ends: its comma clause, or the next ";" (the sentence's end when a ":"
 * list comes first: "Mục tiêu năm 2025: …; …"). Markers come in text order, so each search goes
 * on from where the last one stopped instead of from the start: linear in the sentence, however
 * many markers it holds.
 */
class ScopeEnds {
	readonly #t: string;
	// The next clause mark, ";" and ":" found so far (the length of the text when there is none).
	#mark = -1;
	#semi = -1;
	#colon = -1;

	constructor(t: string) {
		this.#t = t;
	}

	after(from: number, clause: boolean): number {
		const t = this.#t;
		if (clause) {
			if (this.#mark < from) this.#mark = nextOf(t, from, ',;:()');
			return this.#mark === t.length ? Number.POSITIVE_INFINITY : this.#mark;
		}
		if (this.#semi < from) this.#semi = nextOf(t, from, ';');
		if (this.#colon < from) this.#colon = nextOf(t, from, ':');
		const semi = this.#semi;
		const colon = this.#colon;
		if (semi === t.length || colon < semi) return Number.POSITIVE_INFINITY;
		return semi;
	}
}

/** The first offset at or after `from` of one of `chars`, or the length of `t` when none: past every later `from`. */
function nextOf(t: string, from: number, chars: string): number {
	for (let i = from; i < t.length; i++) if (chars.includes(t.charAt(i))) return i;
	return t.length;
}
