/**
 * The socio-economic indicators an article reports: each figure tied to the indicator phrase
 * before it (or the words hugging it), read as a value, % of plan, % of the year before or a
 * change, and grouped so that what one figure's comparisons say lands in one object.
 */
import type { Indicator, IndicatorKey, Measure } from '../../../schemas/briefing.ts';
import { isWordChar } from '../../text/chars.ts';
import { collapseSpaces } from '../../text/spaces.ts';
import type { ArticleDocument, BlockType, Sentence } from '../document.ts';
import { anchorOf } from './anchors.ts';
import { type Reading, readRole } from './figure-roles.ts';
import { type Figure, findFigures } from './figures.ts';
import { type Draft, draft, Ledger } from './ledger.ts';
import { Clauses, Cover, communeScoped } from './scope.ts';
import { readPhrases, type Subject } from './subjects.ts';
import { unnamedLabel } from './unnamed-figures.ts';
import { alternation, KEY_INFO, RATE_LABEL, SCALE_WORDS, unitClass } from './vocabulary.ts';
import { basisText, keyLabel, otherLabel, type SentenceText, sentenceCase, unitText } from './written-labels.ts';

const DIGIT = /\d/;
// "Dự kiến cả năm thu ngân sách đạt 1.700 tỷ đồng": the hedge opens the clause. "sơ bộ" and
// "tạm tính" (preliminary, provisional) are estimates too.
const CLAUSE_HEDGE = /(?<![\p{L}\p{M}])(ước\s+tính|ước|dự\s+kiến|sơ\s+bộ|tạm\s+tính)(?![\p{L}\p{M}])/u;
const SCALE = new RegExp(`^(?:${alternation(SCALE_WORDS)})\\s+`, 'u');
// Money or a rate named after the figure as the programmes' ("giải ngân 120 tỷ đồng vốn sự nghiệp các chương trình MTQG").
const PROGRAMS_AFTER = /^[^,;.]{0,40}?chương\s+trình\s+(?:mtqg|mục\s+tiêu\s+quốc\s+gia)/u;
// "các dự án … đều giải ngân đạt 100%": a figure each of several things reached, not a total.
const EACH_OF = /(?<![\p{L}\p{M}])đều(?:\s+[\p{L}\p{M}]+){0,3}\s+$/u;
// "tỉ lệ" and "tỷ lệ", "tỉ đồng" and "tỷ đồng": one spelling for the patterns (same length).
const TI = /(?<![\p{L}\p{M}])tỉ(?![\p{L}\p{M}])/gu;
// Body text first: a figure the headline or a caption repeats keeps the body's wording.
function isBody(block: BlockType): boolean {
	return block === 'lede' || block === 'paragraph';
}

/**
 * Every indicator figure of the article's headline, lede, paragraphs, headings and captions, in
 * article order, each with the display text of its sentence. A figure restated elsewhere is
 * reported once; targets, forecasts and requests ("sẽ", "phấn đấu", "đề nghị") are not
 * reported. Never throws.
 */
export function extractIndicators(doc: ArticleDocument): Indicator[] {
	const ledger = new Ledger();
	for (const s of doc.sentences) if (isBody(s.block)) for (const d of readSentence(doc, s)) ledger.add(d, false);
	for (const s of doc.sentences) if (!isBody(s.block)) for (const d of readSentence(doc, s)) ledger.add(d, true);
	return ledger.indicators();
}

/** `t` holds the word "tỉ" (not only "tỉnh"): found by a search, the pattern runs only then. */
function hasTi(t: string): boolean {
	for (let i = t.indexOf('tỉ'); i >= 0; i = t.indexOf('tỉ', i + 2)) {
		const c = t.charCodeAt(i + 2);
		if (Number.isNaN(c) || !isWordChar(c)) return true;
	}
	return false;
}

/** The indicator a run of figures is adding to. */
interface Open {
	readonly draft: Draft;
	/** Where the figure that opened it starts. */
	readonly at: number;
	/** Where it ends. */
	readonly end: number;
	/** The hard clause (after the last ";") it belongs to. */
	readonly hard: number;
	/** A growth subject: a bare per cent is the change. */
	readonly growth: boolean;
	/** Its projects' total funding was already read. */
	funded: boolean;
}

function readSentence(doc: ArticleDocument, s: Sentence): Draft[] {
	if (!DIGIT.test(s.canon)) return [];
	const lower = s.lower;
	// Offsets must hold between the lower-case text and the display text.
	const cased = lower.length === s.canon.length ? lower : s.canon;
	const t = hasTi(cased) ? cased.replace(TI, 'tỷ') : cased;
	const figures = findFigures(t);
	if (figures.length === 0) return [];
	const text: SentenceText = { t, display: doc.text.slice(s.start, s.end), offset: s.start };
	const body = isBody(s.block);
	// Nothing after the last figure can be its subject or make it a target.
	const head = t.slice(0, (figures[figures.length - 1] as Figure).lead);
	const { subjects, future, places } = readPhrases(head, text.display);
	const out: Draft[] = [];
	let open: Open | null = null;
	// A phrase right after a figure describes that figure ("12/18 xã đạt chuẩn nông thôn mới, 2
	// xã đạt chuẩn nông thôn mới nâng cao"): it is no subject for the figures after it.
	const own = subjects.length === 0 ? subjects : notAfterFigures(subjects, figures);
	let all: Phrases | undefined;
	let mine: Phrases | undefined;
	// Each question below is a search, not a scan: a sentence of many figures stays linear.
	const targets =
		future.length === 0
			? null
			: Cover.of(
					future.map((x) => x[0]),
					future.map((x) => x[1]),
				);
	const keyStarts: number[] = [];
	const keyEnds: number[] = [];
	for (const k of subjects) {
		if (k.kind !== 'key') continue;
		keyStarts.push(k.start);
		keyEnds.push(k.end);
	}
	const keys = Cover.of(keyStarts, keyEnds);
	const clauses = new Clauses(t);
	// Where the figure before the current one ends: a label is never read across it.
	let prevEnd = 0;
	const deu = t.includes('đều');
	for (const f of figures) {
		const from = prevEnd;
		prevEnd = f.end;
		if (targets?.covers(f.lead) || keys?.covers(f.start)) continue;
		const hard = clauses.hardStart(f.lead);
		if (open !== null && open.hard !== hard) open = null;
		const clause = clauses.start(f.lead);
		if (clauses.negated(clause, f.lead) || clauses.definesPlan(clause, f.lead) || communeScoped(places, hard, f.lead))
			continue;
		const r = readRole(t, f);
		if (r.role === 'excess') continue;
		// Only where no figure came before in the clause: "27 chỉ tiêu đều đạt từ 70% KH" is of the 27.
		if (deu && from <= clause) {
			const near = t.slice(Math.max(clause, f.lead - 40), f.lead);
			if (near.includes('đều') && EACH_OF.test(near)) continue;
		}
		// "1.250 hộ nghèo, chiếm 5,6%": a share is of the phrase just named.
		let phrases: Phrases;
		if (r.verb === 'chiếm') {
			all ??= phrasesOf(subjects);
			phrases = all;
		} else {
			mine ??= phrasesOf(own);
			phrases = mine;
		}
		const next = place({ text, phrases, open, f, r, hard, clause, from: Math.max(hard, from), body, out });
		if (next !== undefined) open = next;
	}
	return out;
}

/** One figure being placed, and what its sentence says around it. */
interface Placing {
	readonly text: SentenceText;
	/** The phrases whose subject the figure may take, in order. */
	readonly phrases: Phrases;
	/** The indicator the figures before it were adding to, if any. */
	readonly open: Open | null;
	readonly f: Figure;
	readonly r: Reading;
	/** Where the figure's hard clause (after the last ";") starts. */
	readonly hard: number;
	/** Where the figure's clause starts. */
	readonly clause: number;
	/** Where the words that may name the figure start: its hard clause, after the figure before it. */
	readonly from: number;
	/** The sentence is body text (lede or paragraph), where a figure no phrase names is still reported. */
	readonly body: boolean;
	/** The sentence's drafts: a new indicator is pushed here. */
	readonly out: Draft[];
}

/** The subject a figure takes, read back from it within its hard clause. */
interface Chosen {
	/** The nearest subject before the figure, if any. */
	readonly subject: Subject | undefined;
	/** The last barrier ("trong đó") before the figure. */
	readonly barrier: Subject | undefined;
	/** The label of the subject when it is an "other" phrase, else null. */
	readonly other: string | null;
}

/**
 * Puts figure `p.f` into an indicator; returns the indicator now open (null to close, undefined
 * to keep). In stages: a value the words hugging it name (`anchorOf`) or that funds the open
 * projects; else the subject before it (`chooseSubject`), as one entry of a ranking, as more of
 * the open indicator, or as a new one (`placeBySubject`).
 */
function place(p: Placing): Open | null | undefined {
	if (p.r.role === 'value') {
		const anchor = anchorOf(p.text.t, p.f, p.clause);
		if (anchor !== null) return begin(p, anchor.key, anchor.label, false, undefined, anchor.share === true);
		if (p.open !== null && addFunding(p, p.open)) return undefined;
	}
	return placeBySubject(p, chooseSubject(p));
}

/** Opens a new indicator with figure `p.f`; undefined when the figure cannot belong to `key`. */
function begin(
	p: Placing,
	key: IndicatorKey,
	label: string,
	growth: boolean,
	where?: string,
	share = false,
): Open | undefined {
	const d = draft(key, label, p.text.display, p.text.offset + p.f.lead);
	d.place = where;
	if (!apply(p, d, growth, d, share)) return undefined;
	p.out.push(d);
	return { draft: d, at: p.f.lead, end: p.f.end, hard: p.hard, growth, funded: false };
}

/** Adds figure `p.f` as the total funding of the projects `open` counts; false when it is not that. */
function addFunding(p: Placing, open: Open): boolean {
	const fund = funding(p.text, open, p.f);
	if (fund === null) return false;
	open.funded = true;
	const d = draft('investment-projects', fund, p.text.display, p.text.offset + p.f.lead);
	if (apply(p, d, false)) p.out.push(d);
	return true;
}

/** The nearest subject before the figure in its hard clause, and the last barrier. */
function chooseSubject(p: Placing): Chosen {
	const { phrases, f, hard } = p;
	// Phrases do not overlap and come in order: those ending after the figure are a tail, skipped by halving.
	const lastBarrier = phrases.barriers[endingBy(phrases.barriers, f.lead) - 1];
	const barrier = lastBarrier !== undefined && lastBarrier.start >= hard ? lastBarrier : undefined;
	let subject: Subject | undefined;
	// The label of an "other" subject, read once when it is chosen.
	let other: string | null = null;
	for (let i = endingBy(phrases.named, f.lead) - 1; i >= 0; i--) {
		const s = phrases.named[i] as Subject;
		if (s.start < hard) break;
		// An "other" phrase no verb joins to the figure names nothing ("… vốn đầu tư công, đạt 21,14%").
		if (s.kind !== 'other') subject = s;
		else {
			other = otherLabel(p.text, s, p.r);
			if (other !== null) subject = s;
		}
		if (subject !== undefined) break;
	}
	return { subject, barrier, other };
}

/** The place a figure is a ranking entry of: it comes after its subject, in a clause of its own. */
function rankingEntry(p: Placing, subject: Subject): string | null {
	const { text, clause } = p;
	if (subject.end > clause && !SINGLED_OUT_HINT.test(text.t.slice(clause, clause + 8))) return null;
	return listItem(text, clause, p.f.lead);
}

/** Places figure `p.f` by the subject chosen for it (see `place`). */
function placeBySubject(p: Placing, { subject, barrier, other }: Chosen): Open | null | undefined {
	const { open, f } = p;
	const item = subject !== undefined && subject.kind !== 'block' ? rankingEntry(p, subject) : null;
	if (item !== null && subject !== undefined) {
		const label = subject.kind === 'key' ? keyLabel(p.text, subject, f) : other;
		if (label === null) return undefined;
		return begin(p, subject.key, label, subject.growth, item) ?? undefined;
	}
	const fresh = subject !== undefined && (open === null || subject.start >= open.at);
	if (!fresh && open !== null) {
		// A second amount or count after one already read ("29 xã …, 19 xã …"), or a part of it
		// after "trong đó" in words of its own, is a figure of its own. It leaves the open indicator
		// open: a funding after it is still the projects'.
		const part = barrier !== undefined && barrier.start >= open.at;
		if (subject === undefined && p.r.role === 'value' && p.f.unit !== '%' && (part || open.draft.value !== undefined)) {
			unnamed(p);
			return undefined;
		}
		// A breakdown ("trong đó …") after the open figure is not the open indicator.
		if (part) return undefined;
		return extend(p, open);
	}
	if (subject === undefined) return unnamed(p);
	if (subject.kind === 'block') return null;
	if (barrier !== undefined && barrier.start >= subject.end) return undefined;
	if (subject.kind === 'key') {
		if (subject.key === 'public-investment-disbursement' && PROGRAMS_AFTER.test(p.text.t.slice(f.end))) {
			return (
				begin(p, 'target-programs-disbursement', KEY_INFO['target-programs-disbursement'].label, false) ?? undefined
			);
		}
		const opened = begin(p, subject.key, keyLabel(p.text, subject, f), subject.growth);
		if (opened !== undefined) return opened;
		// An amount the key cannot hold ("hộ nghèo … với tổng kinh phí 30 triệu đồng") may still be
		// named by its own words (money words: a count's label would be read from a tail, "5 dự án
		// vướng mặt bằng", too often cut); the figures after it are still the key's.
		if (p.r.role === 'value' && unitClass(f.unit) === 'money') unnamed(p);
		return undefined;
	}
	if (other === null) return undefined;
	return begin(p, 'other', other, false) ?? undefined;
}

/** Opens an "other" indicator for a body figure no phrase names, labelled by its own words (see `unnamedLabel`). */
function unnamed(p: Placing): Open | undefined {
	if (!p.body) return undefined;
	const label = unnamedLabel(p.text, p.f, p.r, p);
	return label === null ? undefined : begin(p, 'other', label, false);
}

/**
 * The subjects that do not start within a figure or right after it (`k.start` in
 * `g.start + 1 … g.end + 1` for no figure `g`); both lists in text order, read in one merge.
 */
function notAfterFigures(subjects: readonly Subject[], figures: readonly Figure[]): Subject[] {
	const out: Subject[] = [];
	let j = 0;
	// The furthest end of the figures that start before the subject.
	let reach = Number.NEGATIVE_INFINITY;
	for (const k of subjects) {
		while (j < figures.length && (figures[j] as Figure).start < k.start) {
			reach = Math.max(reach, (figures[j] as Figure).end);
			j++;
		}
		if (k.start > reach + 1) out.push(k);
	}
	return out;
}

/** Subject phrases, with the barriers ("trong đó") apart from the phrases that name something. */
interface Phrases {
	readonly barriers: readonly Subject[];
	readonly named: readonly Subject[];
}

function phrasesOf(subjects: readonly Subject[]): Phrases {
	return {
		barriers: subjects.filter((k) => k.kind === 'barrier'),
		named: subjects.filter((k) => k.kind !== 'barrier'),
	};
}

/** How many of `subjects` (in order, not overlapping) end at or before `at`. */
function endingBy(subjects: readonly Subject[], at: number): number {
	let lo = 0;
	let hi = subjects.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((subjects[mid] as Subject).end <= at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Adds `f` to the open indicator, or to a copy of it when the field is taken (a second plan basis). */
function extend(p: Placing, open: Open): Open | undefined {
	const probe = draft(open.draft.key, open.draft.label, p.text.display, p.text.offset + p.f.lead);
	if (!apply(p, probe, open.growth, open.draft)) return undefined;
	const d = open.draft;
	const free =
		(probe.value === undefined || d.value === undefined) &&
		(probe.planPercent === undefined || d.planPercent === undefined) &&
		(probe.yoyPercent === undefined || d.yoyPercent === undefined) &&
		(probe.change === undefined || d.change === undefined);
	if (free) {
		Object.assign(d.hedges, probe.hedges);
		if (probe.value !== undefined) {
			d.value = probe.value;
			d.unit = probe.unit;
			d.of = probe.of;
		}
		if (probe.planPercent !== undefined) {
			d.planPercent = probe.planPercent;
			d.planBasis = probe.planBasis;
		}
		if (probe.change !== undefined) {
			d.change = probe.change;
			d.changeUnit = probe.changeUnit;
		}
		d.yoyPercent ??= probe.yoyPercent;
		d.qualifier ??= probe.qualifier;
		return undefined;
	}
	// A second value with no subject of its own is a part of the first, not another total,
	// unless it is the rate beside a count ("35/42 trường đạt chuẩn quốc gia, đạt tỷ lệ 83,3%").
	if (probe.value !== undefined && (probe.unit !== '%' || d.unit === '%')) return undefined;
	p.out.push(probe);
	return { ...open, draft: probe, at: open.at, end: p.f.end };
}

/**
 * Sets the field figure `p.f` gives on `d`; false when the figure cannot belong to `d`'s key.
 * `base` is the indicator the figure adds to (`d` itself, or the open one `d` may join); `share`:
 * a per cent is the value itself ("100% số xã đạt chuẩn").
 */
function apply(p: Placing, d: Draft, growth: boolean, base: Draft = d, share = false): boolean {
	const { text, f, r } = p;
	const info = KEY_INFO[d.key];
	const percent = f.unit === '%' || (f.unit?.endsWith('phần trăm') ?? false);
	const unit = f.unit === null ? undefined : percent ? f.unit : unitText(text, f);
	const hedge = hedgeOf(p);
	d.qualifier ??= hedge;
	// The hedge travels with the measure the figure sets.
	const hedged = (m: Measure): true => {
		if (hedge !== undefined) d.hedges[m] = hedge;
		return true;
	};
	switch (r.role) {
		case 'plan':
			if (!percent) return false;
			d.planPercent = f.value;
			if (r.basis !== null) d.planBasis = basisText(text, r.basis);
			return hedged('planPercent');
		case 'yoy':
			if (!percent) return false;
			d.yoyPercent = f.value;
			return hedged('yoyPercent');
		case 'change':
			if (unit === undefined || (!percent && !fits(d.key, f.unit))) return false;
			d.change = r.sign * f.value;
			d.changeUnit = unit;
			return hedged('change');
		default:
			break;
	}
	if (percent) {
		const rate = share || (d.key === 'other' ? RATE_LABEL.test(d.label) : info.percent === 'value');
		let reading: 'value' | 'plan' | 'change' | 'none';
		if (r.bare) {
			reading = growth ? 'change' : rate ? 'value' : 'plan';
			// "bằng 110%" with no basis: of the plan or of last year, the article does not say.
			if (r.verb === 'bằng' && reading === 'plan') reading = 'none';
		} else {
			// A level ("còn 5,2%", "lên 45%") or a share ("chiếm 60%"): only rates and other figures have one.
			reading = growth ? 'change' : rate || (r.verb === 'chiếm' && d.key === 'other') ? 'value' : 'none';
		}
		// "8/10 xã đạt chuẩn nông thôn mới (đạt 80%)": the share of a count again, not of a plan. (An
		// amount's ratio is against its plan: "giải ngân 320/450 tỷ đồng, đạt 71,1%" is % of plan.)
		const counted = unitClass(base.unit?.toLowerCase() ?? null) === 'count';
		if (reading === 'plan' && r.bare && counted && base.value !== undefined && base.of !== undefined && base.of !== 0) {
			if (Math.abs((100 * base.value) / base.of - f.value) < 0.6) reading = 'none';
		}
		if (reading === 'none') return false;
		if (reading === 'value') {
			d.value = f.value;
			d.unit = unit;
		} else if (reading === 'plan') d.planPercent = f.value;
		else {
			d.change = f.value;
			d.changeUnit = unit;
		}
		return hedged(reading === 'plan' ? 'planPercent' : reading);
	}
	if (!fits(d.key, f.unit)) return false;
	d.value = f.value;
	if (unit !== undefined) d.unit = unit;
	if (f.of !== null) d.of = f.of;
	return hedged('value');
}

/**
 * The hedge of a figure: before the number, in the verb ("ước đạt") or opening its clause
 * ("Dự kiến cả năm …").
 */
function hedgeOf({ text, f, r, clause }: Placing): string | undefined {
	if (f.qualifier !== null) return f.qualifier;
	// "ước đạt 28.300 tấn", "dự kiến đạt …": an estimate even with no hedge before the number.
	if (r.verb?.startsWith('ước')) return 'ước';
	if (r.verb?.startsWith('dự kiến')) return 'dự kiến';
	const head = text.t.slice(clause, f.lead);
	if (!head.includes('ước') && !head.includes('dự') && !head.includes('sơ') && !head.includes('tạm')) return undefined;
	const hedge = CLAUSE_HEDGE.exec(head)?.[1];
	return hedge === undefined ? undefined : collapseSpaces(hedge);
}

/** The unit suits the key ("tấn" for food output, "xã" for new-rural communes). */
function fits(key: IndicatorKey, unit: string | null): boolean {
	const info = KEY_INFO[key];
	const cls = unitClass(unit);
	if (!info.classes.includes(cls)) return false;
	if (cls !== 'count' || info.counts === undefined || unit === null) return true;
	// "1,2 triệu con" counts "con".
	const noun = unit.replace(SCALE, '');
	return info.counts.some((c) => noun === c || noun.startsWith(`${c}/`));
}

// "với tổng kinh phí thực hiện hơn 240 tỷ đồng": the funding of the projects just counted.
const FUNDING =
	/(?:với\s+)?((?:tổng\s+)?(?:kinh\s+phí|mức\s+đầu\s+tư|vốn\s+đầu\s+tư|số\s+vốn|nguồn\s+vốn|mức\s+vốn|vốn)(?:\s+(?:thực\s+hiện|đầu\s+tư|được\s+phân\s+bổ|được\s+giao|ban\s+đầu))*)\s*(?:(?:là|đạt|khoảng)\s+)?$/u;

/** The funding phrase when `f` is the total cost of the projects the open indicator counts, else null. */
function funding(text: SentenceText, open: Open, f: Figure): string | null {
	if (open.funded || open.draft.key !== 'investment-projects' || open.draft.value === undefined) return null;
	if (unitClass(open.draft.unit?.toLowerCase() ?? null) !== 'count' || unitClass(f.unit) !== 'money') return null;
	const from = Math.max(open.end, f.lead - 80);
	const m = FUNDING.exec(text.t.slice(from, f.lead));
	if (m?.[1] === undefined) return null;
	const at = from + m.index + m[0].indexOf(m[1]);
	return sentenceCase(collapseSpaces(text.display.slice(at, at + m[1].length)));
}

const ADMIN = '(?:[Hh]uyện|[Tt]hị\\s+xã|TX\\.?|TP\\.?|[Tt]hành\\s+phố|[Qq]uận|[Xx]ã|[Pp]hường|[Tt]hị\\s+trấn)';
const NAME = '\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*){0,3}';
// One entry of a ranking: ", huyện Phù Cát đạt 26,32%", ", Phù Mỹ 23,54%", "trong đó huyện Hoài Ân dẫn đầu với 41,38%".
const LIST_ITEM = new RegExp(
	`^\\s*(?:(?:trong\\s+đó|tiếp\\s+đến\\s+là|tiếp\\s+theo\\s+là|sau\\s+đó\\s+là|và)\\s+)?((?:${ADMIN}\\s+)?${NAME})\\s+(?:(?:dẫn\\s+đầu|đứng\\s+đầu|xếp\\s+cuối|đứng\\s+cuối|thấp\\s+nhất|cao\\s+nhất)\\s+)?(?:(?:với|đạt|là|được|chỉ\\s+đạt|mới\\s+đạt)\\s+)?$`,
	'u',
);
// "Riêng huyện Tuy Phước mới chỉ giải ngân được 7,51% …": one place singled out.
const SINGLED_OUT_HINT = /^\s*riêng\s/u;
const SINGLED_OUT = new RegExp(`^\\s*[Rr]iêng\\s+((?:${ADMIN}\\s+)?${NAME})`, 'u');

/** The place a figure belongs to when it is one entry of a ranking or a place singled out, else null. */
function listItem(text: SentenceText, clause: number, lead: number): string | null {
	const head = text.display.slice(clause, lead);
	const m = LIST_ITEM.exec(head) ?? SINGLED_OUT.exec(head);
	return m?.[1] === undefined ? null : collapseSpaces(m[1]);
}
