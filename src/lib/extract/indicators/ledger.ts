/**
 * The indicators of one article as they are found, with repeats dropped: a figure restated in a
 * caption, the headline or a later paragraph is counted once, where it was first reported.
 */
import { type Indicator, type IndicatorKey, type Measure, THRESHOLD_HEDGES } from '../../../schemas/briefing.ts';
import { unitClass } from './vocabulary.ts';

/** An indicator being built; fields stay undefined until a figure sets them. */
export interface Draft {
	key: IndicatorKey;
	label: string;
	value: number | undefined;
	unit: string | undefined;
	of: number | undefined;
	qualifier: string | undefined;
	/** The hedge of each measure set, as written. */
	hedges: Partial<Record<Measure, string>>;
	planPercent: number | undefined;
	planBasis: string | undefined;
	yoyPercent: number | undefined;
	change: number | undefined;
	changeUnit: string | undefined;
	/** The place a ranking entry is about, as written ("huyện Hoài Ân"). */
	place: string | undefined;
	/** Display text of the source sentence. */
	sentence: string;
	/** Offset of the first figure in the article: the output order. */
	pos: number;
}

/** A new draft with no figure yet. */
export function draft(key: IndicatorKey, label: string, sentence: string, pos: number): Draft {
	return {
		key,
		label,
		value: undefined,
		unit: undefined,
		of: undefined,
		qualifier: undefined,
		hedges: {},
		planPercent: undefined,
		planBasis: undefined,
		yoyPercent: undefined,
		change: undefined,
		changeUnit: undefined,
		place: undefined,
		sentence,
		pos,
	};
}

type Field = Measure;
const FIELDS: readonly Field[] = ['value', 'planPercent', 'yoyPercent', 'change'];

/** True when the draft states at least one figure. */
function hasFigure(d: Draft): boolean {
	return FIELDS.some((f) => d[f] !== undefined) || d.of !== undefined;
}

// Fields that travel with a figure when it is moved or dropped.
function move(from: Draft, to: Draft, f: Field): void {
	if (f === 'value') {
		to.value = from.value;
		to.unit = from.unit;
		to.of = from.of;
	} else if (f === 'planPercent') {
		to.planPercent = from.planPercent;
		to.planBasis = from.planBasis;
	} else if (f === 'change') {
		to.change = from.change;
		to.changeUnit = from.changeUnit;
	} else {
		to.yoyPercent = from.yoyPercent;
	}
	const hedge = from.hedges[f];
	if (hedge !== undefined) to.hedges[f] = hedge;
	if (to.qualifier === undefined && from.qualifier !== undefined) to.qualifier = from.qualifier;
}

function identity(d: Draft): string {
	const what = d.key === 'other' ? `other:${d.label.toLowerCase()}` : d.key;
	// Two places' figures are never repeats of each other, equal as they may be.
	return d.place === undefined ? what : `${what}@${d.place}`;
}

// A headline or caption rounds what the body states exactly ("trên 21%" for 21,14%).
function near(a: number, b: number): boolean {
	return Math.abs(a - b) <= Math.max(1, 0.02 * Math.abs(b));
}

/**
 * The drafts of one indicator, in article order. A few are searched; past `INDEX_FROM`, each
 * field's values are indexed (with the draft's place in the group, to keep the first), so that
 * an article of many figures of one indicator stays linear.
 */
interface Group {
	readonly drafts: Draft[];
	index: Map<Field, Map<number, { draft: Draft; at: number }>> | null;
	/** Each draft's place in the group, once it is indexed. */
	at: Map<Draft, number> | null;
}

const INDEX_FROM = 16;

/**
 * `o`'s value may be the one `d` states: the same number is no repeat when it counts out of
 * another whole ("16/33 hộ", "16/20 hộ") or measures another kind of thing (tonnes, money).
 */
function sameMeasure(o: Draft, d: Draft, f: Field): boolean {
	if (f !== 'value') return true;
	if (o.of !== undefined && d.of !== undefined && o.of !== d.of) return false;
	if (o.unit === undefined || d.unit === undefined) return true;
	return unitClass(o.unit.toLowerCase()) === unitClass(d.unit.toLowerCase());
}

/** The first draft of `group` whose field `f` is `d`'s, measured alike. */
function exactIn(group: Group, f: Field, d: Draft): Draft | undefined {
	const v = d[f];
	const found =
		group.index !== null ? group.index.get(f)?.get(v as number)?.draft : group.drafts.find((o) => o[f] === v);
	return found !== undefined && sameMeasure(found, d, f) ? found : undefined;
}

/**
 * The first draft of `group` whose field `f` is near `d`'s, measured alike: a search, but only restatements
 * (headline, headings, captions) ask, and only among one indicator's drafts.
 */
function nearIn(group: Group, f: Field, d: Draft): Draft | undefined {
	const v = d[f] as number;
	return group.drafts.find((o) => {
		const w = o[f];
		return w !== undefined && near(w, v) && sameMeasure(o, d, f);
	});
}

/** Indexes the value of field `f` of `d`, a draft of `group`, when the group is indexed. */
function note(group: Group, d: Draft, f: Field): void {
	const v = d[f];
	if (group.index === null || group.at === null || v === undefined) return;
	let values = group.index.get(f);
	if (values === undefined) {
		values = new Map();
		group.index.set(f, values);
	}
	const at = group.at.get(d) as number;
	const first = values.get(v);
	if (first === undefined || first.at > at) values.set(v, { draft: d, at });
}

/** The indicators of one article, repeats merged away. */
export class Ledger {
	readonly drafts: Draft[] = [];

	/**
	 * Adds a draft. Each of its figures already recorded for the same key (exactly, or nearly
	 * when `restated` is set for headline, heading and caption text) is dropped; the draft's
	 * other figures join the draft that holds the repeat when it has room for them, or else stay
	 * in a draft of their own. A draft whose value is new beside the holder's value is kept whole.
	 */
	add(d: Draft, restated: boolean): void {
		const id = identity(d);
		const group = this.#groups.get(id);
		let holder: Draft | undefined;
		const fresh: Field[] = [];
		for (const f of FIELDS) {
			if (d[f] === undefined) continue;
			const found = group === undefined ? undefined : restated ? nearIn(group, f, d) : exactIn(group, f, d);
			if (found) holder ??= found;
			else fresh.push(f);
		}
		// Another value than the holder's is another figure, the same plan share as it may reach
		// ("200 suất quà, đạt 100% kế hoạch", later "150 suất quà, đạt 100% kế hoạch").
		const another = holder?.value !== undefined && fresh.includes('value');
		if (holder === undefined || group === undefined || another) {
			if (hasFigure(d)) this.#push(d, id);
			return;
		}
		const rest = draft(d.key, d.label, d.sentence, d.pos);
		rest.place = d.place;
		for (const f of fresh) {
			const to: Draft = holder[f] === undefined ? holder : rest;
			move(d, to, f);
			if (to === holder) note(group, holder, f);
		}
		if (hasFigure(rest)) this.#push(rest, id);
	}

	/** The drafts of each indicator (by `identity`): a repeat is looked for among them only. */
	readonly #groups = new Map<string, Group>();

	#push(d: Draft, id: string): void {
		this.drafts.push(d);
		let group = this.#groups.get(id);
		if (group === undefined) {
			group = { drafts: [], index: null, at: null };
			this.#groups.set(id, group);
		}
		group.drafts.push(d);
		if (group.at !== null) {
			group.at.set(d, group.drafts.length - 1);
			for (const f of FIELDS) note(group, d, f);
		} else if (group.drafts.length > INDEX_FROM) {
			const at = new Map<Draft, number>();
			group.at = at;
			group.index = new Map();
			group.drafts.forEach((x, i) => {
				at.set(x, i);
				for (const f of FIELDS) note(group, x, f);
			});
		}
	}

	/** The indicators in article order, optional fields left out when unset. */
	indicators(): Indicator[] {
		return [...this.drafts].sort((a, b) => a.pos - b.pos).map(toIndicator);
	}
}

/** The schema's object for a draft: only set fields are present. */
function toIndicator(d: Draft): Indicator {
	const out: Indicator = { key: d.key, label: d.label };
	if (d.value !== undefined) out.value = d.value;
	if (d.unit !== undefined) out.unit = d.unit;
	if (d.planPercent !== undefined) out.planPercent = d.planPercent;
	if (d.planBasis !== undefined) out.planBasis = d.planBasis;
	if (d.yoyPercent !== undefined) out.yoyPercent = d.yoyPercent;
	if (d.change !== undefined) out.change = d.change;
	if (d.changeUnit !== undefined) out.changeUnit = d.changeUnit;
	if (d.of !== undefined) out.of = d.of;
	if (d.qualifier !== undefined) out.qualifier = d.qualifier;
	const hedges = FIELDS.filter((f) => d[f] !== undefined && d.hedges[f] !== undefined);
	if (hedges.length > 0) out.hedges = Object.fromEntries(hedges.map((f) => [f, d.hedges[f]]));
	if (hedges.some((f) => THRESHOLD_HEDGES.includes(d.hedges[f] as string))) out.target = true;
	// The place as written; the pipeline replaces it with the gazetteer's district name.
	if (d.place !== undefined) out.district = d.place;
	out.sentence = d.sentence;
	return out;
}
