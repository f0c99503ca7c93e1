/**
 * Where a briefing's figures come from in its text: an id for each sentence figures were read
 * from that the body holds ("cau-1", "cau-2" in order of first use), and the offsets of each
 * figure's words in it (its hedge, number and unit as written), for the body to mark and the
 * facts table to link to.
 */
import type { Indicator } from '../../../schemas/briefing.ts';
import type { BodyBlock } from '../../../schemas/entry.ts';
import { formatNumber } from '../../format/numbers.ts';
import { collapseSpace } from '../../markdown/body-to-markdown.ts';
import type { SentenceMark } from '../../markdown/remark-briefing.ts';
import type { Briefing } from '../model/types.ts';

/** The sentences to mark, and the id of the sentence an indicator came from. */
export interface FigureSources {
	readonly sentences: readonly SentenceMark[];
	/** The id of the sentence `i` (an indicator, or a point of a series) came from, when the body holds it; else undefined. */
	idOf(i: { readonly sentence?: string | undefined }): string | undefined;
	/** The sentence `i` came from in pieces, its own figures' words marked (empty when it has none). */
	quoteOf(i: Indicator): QuotePiece[];
}

/** A run of a quoted sentence: the words of a figure (`mark`) or the text between. */
export interface QuotePiece {
	readonly text: string;
	readonly mark: boolean;
}

const MEASURES = ['value', 'planPercent', 'yoyPercent', 'change'] as const;

const isDigit = (c: string) => c >= '0' && c <= '9';

/** Offsets of `written` in `text` as a whole number (no digit glued to it), from `from`; -1 if none. */
function numberAt(text: string, written: string, from: number): number {
	for (let at = text.indexOf(written, from); at >= 0; at = text.indexOf(written, at + 1)) {
		const before = text.charAt(at - 1);
		const after = text.slice(at + written.length, at + written.length + 2);
		const glued = isDigit(before) || ((before === '.' || before === ',') && isDigit(text.charAt(at - 2)));
		if (!glued && !isDigit(after.charAt(0)) && !/^[.,]\d/.test(after)) return at;
	}
	return -1;
}

/** The unit each measure is written with. */
function unitOf(i: Indicator, m: (typeof MEASURES)[number]): string | undefined {
	if (m === 'value') return i.unit;
	if (m === 'change') return i.changeUnit;
	return '%';
}

/**
 * The words of one measure's figure in `text` (`lower`: the text in lower case): the hedge
 * before the number when the article puts it there, the number, "/whole" of a count and the
 * unit after it; null when the number is not written the usual Vietnamese way there. `taken`
 * holds the starts already marked.
 */
function figureWords(
	text: string,
	lower: string,
	i: Indicator,
	m: (typeof MEASURES)[number],
	taken: Set<number>,
): [number, number] | null {
	const v = i[m];
	if (v === undefined) return null;
	const unit = unitOf(i, m)?.toLocaleLowerCase('vi');
	const found = numberWords(text, Math.abs(v), taken) ?? compoundWords(lower, Math.abs(v), unit, taken);
	if (found === null) return null;
	let [start, end] = found;
	taken.add(start);
	const hedge = i.hedges?.[m]?.split('…')[0]?.trim();
	if (hedge && lower.slice(start - hedge.length - 1, start) === `${hedge.toLocaleLowerCase('vi')} `) {
		start -= hedge.length + 1;
	}
	if (m === 'value' && i.of !== undefined && text.startsWith(`/${formatNumber(i.of)}`, end)) {
		end += formatNumber(i.of).length + 1;
	}
	if (unit && found.length === 2) {
		const gap = /^ ?/.exec(text.slice(end))?.[0].length ?? 0;
		if (lower.startsWith(unit, end + gap)) end += gap + unit.length;
	}
	return [start, end];
}

/** The number `v` as the article writes it, not yet marked: its [start, end). */
function numberWords(text: string, v: number, taken: Set<number>): [number, number] | null {
	const written = formatNumber(v);
	let at = numberAt(text, written, 0);
	while (at >= 0 && taken.has(at)) at = numberAt(text, written, at + 1);
	return at < 0 ? null : [at, at + written.length];
}

const SCALES: Readonly<Record<string, number>> = { tỷ: 1e9, tỉ: 1e9, triệu: 1e6, nghìn: 1e3, ngàn: 1e3 };
// "394 tỷ 581 triệu đồng": whole, scale word, part, smaller scale word, then the unit's noun.
const COMPOUND = /(\d{1,3}(?:\.\d{3})*) ?(tỷ|tỉ|triệu|nghìn|ngàn) (\d{1,3}) ?(triệu|nghìn|ngàn)( ?[\p{L}\p{M}]+)?/gu;

/**
 * A compound amount whose value is `v` in `unit` ("394 tỷ 581 triệu đồng" for 394,581 tỷ đồng),
 * with the unit's noun: its [start, end, unit included]. Compared in lower case (`lower`).
 */
function compoundWords(
	lower: string,
	v: number,
	unit: string | undefined,
	taken: Set<number>,
): [number, number, true] | null {
	const [head, noun] = unit?.split(' ') ?? [];
	const headScale = head === undefined ? undefined : SCALES[head];
	if (headScale === undefined) return null;
	for (const m of lower.matchAll(COMPOUND)) {
		const [all, whole = '', big = '', part = '', small = '', tail = ''] = m;
		if (taken.has(m.index) || SCALES[big] !== headScale) continue;
		const value = Number(whole.replaceAll('.', '')) + (Number(part) * (SCALES[small] ?? 0)) / headScale;
		if (Math.abs(value - v) > 1e-9) continue;
		// The word after is the unit's noun ("đồng") or not part of the figure.
		const end = m.index + all.length - (tail.trim() === noun ? 0 : tail.length);
		return [m.index, end, true];
	}
	return null;
}

/** The marks of a sentence: every figure of the indicators read from it, in order, overlaps dropped. */
function marksOf(text: string, indicators: readonly Indicator[]): [number, number][] {
	const taken = new Set<number>();
	const spans: [number, number][] = [];
	const lower = text.toLocaleLowerCase('vi');
	for (const i of indicators) {
		for (const m of MEASURES) {
			const w = figureWords(text, lower, i, m, taken);
			if (w !== null) spans.push(w);
		}
	}
	spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
	const out: [number, number][] = [];
	for (const s of spans) if (out.length === 0 || s[0] >= (out.at(-1) as [number, number])[1]) out.push(s);
	return out;
}

/** The sources of a briefing's figures in its body (see the module's comment). */
export function figureSources(indicators: readonly Indicator[], blocks: readonly BodyBlock[]): FigureSources {
	// A page asks for the id of each figure's sentence several times: each sentence is collapsed once.
	const collapsed = new Map<string, string>();
	const collapse = (sentence: string): string => {
		let text = collapsed.get(sentence);
		if (text === undefined) {
			text = collapseSpace(sentence);
			collapsed.set(sentence, text);
		}
		return text;
	};
	let body: string[] | undefined;
	const bySentence = new Map<string, Indicator[]>();
	for (const i of indicators) {
		if (!i.sentence) continue;
		const text = collapse(i.sentence);
		const list = bySentence.get(text);
		if (list !== undefined) {
			list.push(i);
			continue;
		}
		body ??= blocks.map((b) => collapseSpace(b.text));
		if (text !== '' && body.some((t) => t.includes(text))) bySentence.set(text, [i]);
	}
	const ids = new Map<string, string>();
	const sentences: SentenceMark[] = [];
	for (const [text, list] of bySentence) {
		const id = sentenceId(sentences.length + 1);
		ids.set(text, id);
		sentences.push({ id, text, marks: marksOf(text, list) });
	}
	return {
		sentences,
		idOf: (i) => (i.sentence ? ids.get(collapse(i.sentence)) : undefined),
		quoteOf: (i) => {
			if (!i.sentence) return [];
			const text = collapse(i.sentence);
			return pieces(text, marksOf(text, [i]));
		},
	};
}

/** `text` cut at the marks. */
function pieces(text: string, marks: readonly (readonly [number, number])[]): QuotePiece[] {
	const out: QuotePiece[] = [];
	let from = 0;
	for (const [start, end] of marks) {
		if (start > from) out.push({ text: text.slice(from, start), mark: false });
		out.push({ text: text.slice(start, end), mark: true });
		from = end;
	}
	if (from < text.length) out.push({ text: text.slice(from), mark: false });
	return out;
}

// Every briefing's sentences are numbered from 1: their ids are made once for the site.
const SENTENCE_IDS: string[] = [];
const sentenceId = (n: number): string => {
	let id = SENTENCE_IDS[n];
	if (id === undefined) {
		id = `cau-${n}`;
		SENTENCE_IDS[n] = id;
	}
	return id;
};

/**
 * What the pages linking to a briefing's figures need of its sources, kept for the build: the id
 * of each sentence its figures came from that the body holds, by the sentence as the figures give
 * it. Not the sources themselves (the marks and pieces of every sentence, for its own page only):
 * kept for every briefing, they were some 3 KB and 50 objects a briefing, walked by every garbage
 * collection while the other pages render.
 */
const sentenceIds = new WeakMap<Briefing, SentenceIds>();
/** A briefing's figures' sentences, as written, each with its id, or undefined when the body does not hold it. */
type SentenceIds = ReadonlyMap<string, string | undefined>;
const NO_IDS: SentenceIds = new Map();

/** The sources of a briefing's figures (`figureSources` of its entry), for its page. */
export function briefingSources(b: Briefing): FigureSources {
	const sources = figureSources(b.entry.indicators, b.entry.body);
	if (!sentenceIds.has(b)) sentenceIds.set(b, idsBySentence(b.entry.indicators, sources));
	return sources;
}

/** The id `sources` gives each figure's sentence, by the sentence as written. */
function idsBySentence(indicators: readonly Indicator[], sources: FigureSources): SentenceIds {
	const ids = new Map<string, string | undefined>();
	for (const i of indicators)
		if (i.sentence !== undefined && !ids.has(i.sentence)) ids.set(i.sentence, sources.idOf(i));
	return ids.size === 0 ? NO_IDS : ids;
}

/** The id of `sentence` (`figureSources`' `idOf`) among a briefing's `ids`. */
function idIn(ids: SentenceIds, sentence: string): string | undefined {
	if (ids.has(sentence)) return ids.get(sentence);
	// Written otherwise (spaces) than its figures' sentences: the same sentence once collapsed, if any.
	const text = collapseSpace(sentence);
	for (const [written, id] of ids) if (collapseSpace(written) === text) return id;
	return undefined;
}

/**
 * The site path of a figure's sentence on its briefing's page ("/bai-viet/x/#cau-2"), or of the
 * page when the text does not hold the sentence: what other pages' figures link to.
 */
export function sourcePath(b: Briefing, sentence: string | undefined): string {
	if (sentence === undefined) return b.path;
	let ids = sentenceIds.get(b);
	if (ids === undefined) {
		briefingSources(b);
		ids = sentenceIds.get(b) ?? NO_IDS;
	}
	const id = idIn(ids, sentence);
	return id === undefined ? b.path : `${b.path}#${id}`;
}
